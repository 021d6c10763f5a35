/**
 * Stage 1, read: bytes → text. Accepts UTF-8 only (a BOM is tolerated) and LF or CRLF line ends.
 * Everything else is refused with the line where it goes wrong.
 */
import { LineError } from './errors.ts';

/** Offset of the first byte that breaks UTF-8, or -1 when the whole buffer is valid. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let need = 0;
    let min = 0;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else return i;
    if (i + need >= bytes.length) return i; // truncated sequence at the end
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** Decode a source file. Throws LineError for empty, binary or non-UTF-8 input. */
export function decodeSource(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new LineError(1, 'the file is empty');
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw new LineError(lineAt(bytes, nul), 'binary data (a NUL byte): this is not a text file');
  const bad = firstInvalidUtf8(bytes);
  if (bad >= 0) {
    const hex = Array.from(bytes.subarray(bad, bad + 2), (b) => b.toString(16).toUpperCase().padStart(2, '0')).join(' ');
    throw new LineError(
      lineAt(bytes, bad),
      `not valid UTF-8 (bytes ${hex}); the file may be in GBK/GB18030 — convert it to UTF-8 first`,
    );
  }
  let text = new TextDecoder('utf-8').decode(bytes);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  text = text.replace(/\r\n?/g, '\n');
  // Control characters other than tab and newline mean the file is not plain text.
  const ctrl = /[\u0001-\u0008\u000b\u000c\u000e-\u001f\u007f]/.exec(text);
  if (ctrl) {
    const line = text.slice(0, ctrl.index).split('\n').length;
    throw new LineError(line, `control character U+${ctrl[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}: this is not a plain text file`);
  }
  if (text.trim() === '') throw new LineError(1, 'the file holds only white space');
  return text;
}
