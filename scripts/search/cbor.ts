/**
 * The part of CBOR (RFC 8949) that Pagefind's index files use: integers, text, byte strings and arrays, with
 * definite lengths, written in the shortest form (as Pagefind's encoder, minicbor, writes them). Anything else
 * is refused with the byte offset, so a Pagefind version that writes more is left alone rather than misread.
 */
export type Cbor = number | string | Uint8Array | Cbor[];

export class CborError extends Error {}

export function decodeCbor(bytes: Uint8Array): Cbor {
  let at = 0;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const need = (n: number) => {
    if (at + n > bytes.length) throw new CborError(`CBOR ends early at byte ${at}`);
  };
  const argument = (info: number): number => {
    if (info < 24) return info;
    const size = { 24: 1, 25: 2, 26: 4, 27: 8 }[info];
    if (size === undefined) throw new CborError(`CBOR: indefinite or reserved length (${info}) at byte ${at - 1}`);
    need(size);
    const v = size === 1 ? view.getUint8(at) : size === 2 ? view.getUint16(at) : size === 4 ? view.getUint32(at) : Number(view.getBigUint64(at));
    if (!Number.isSafeInteger(v)) throw new CborError(`CBOR: integer too large at byte ${at}`);
    at += size;
    return v;
  };
  const item = (): Cbor => {
    need(1);
    const start = at;
    const head = bytes[at++]!;
    const major = head >> 5;
    if (major > 4) throw new CborError(`CBOR: major type ${major} (not used by the Pagefind index this was written for) at byte ${start}`);
    const n = argument(head & 31);
    switch (major) {
      case 0:
        return n;
      case 1:
        return -1 - n;
      case 2:
      case 3: {
        need(n);
        const raw = bytes.subarray(at, at + n);
        at += n;
        return major === 2 ? raw.slice() : new TextDecoder('utf-8', { fatal: true }).decode(raw);
      }
      case 4:
        return Array.from({ length: n }, item);
      default:
        throw new CborError(`CBOR: unreachable major type ${major} at byte ${start}`);
    }
  };
  const value = item();
  if (at !== bytes.length) throw new CborError(`CBOR: ${bytes.length - at} bytes left after the value`);
  return value;
}

export function encodeCbor(value: Cbor): Uint8Array {
  const out: number[] = [];
  const head = (major: number, n: number) => {
    if (n < 24) out.push((major << 5) | n);
    else if (n < 0x100) out.push((major << 5) | 24, n);
    else if (n < 0x10000) out.push((major << 5) | 25, n >> 8, n & 0xff);
    else if (n < 0x100000000) out.push((major << 5) | 26, (n >>> 24) & 0xff, (n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff);
    else {
      const big = BigInt(n);
      out.push((major << 5) | 27);
      for (let shift = 56n; shift >= 0n; shift -= 8n) out.push(Number((big >> shift) & 0xffn));
    }
  };
  const item = (v: Cbor) => {
    if (typeof v === 'number') {
      if (!Number.isSafeInteger(v)) throw new CborError(`CBOR: ${v} is not an integer this encoder writes`);
      if (v >= 0) head(0, v);
      else head(1, -1 - v);
    } else if (typeof v === 'string') {
      const bytes = new TextEncoder().encode(v);
      head(3, bytes.length);
      for (const b of bytes) out.push(b);
    } else if (v instanceof Uint8Array) {
      head(2, v.length);
      for (const b of v) out.push(b);
    } else {
      head(4, v.length);
      for (const x of v) item(x);
    }
  };
  item(value);
  return Uint8Array.from(out);
}
