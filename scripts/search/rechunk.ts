/**
 * Smaller word chunks for Pagefind's index, applied after it is written. Pagefind splits a language's word
 * index into chunks of a fixed size (20,000 word positions, not configurable in 1.6) and a search loads the
 * chunk each query word falls in. This plan's Chinese index is four chunks of 40–76 KB, and a query of a few
 * Chinese words (高新技术企业: 高新, 技术, 企业) falls in all four: 99 KB fetched and 264 KB decoded by Pagefind's
 * WebAssembly, one chunk after another, before the first result (~60 ms of the first search on the 2-core
 * reference machine). Split into chunks of about 16 KB, the same query fetches a quarter of that.
 *
 * The search must not change. Pagefind finds a query word's chunk by its range (from ≤ word ≤ to) and then
 * matches every word in it that begins with the query word. So each of Pagefind's chunks is only split further,
 * and only between words with different first characters: every word that extends a query word still sits in
 * the query word's chunk. Pagefind's own boundaries, and so its behaviour at them, are kept as they are.
 *
 * Files are read as Pagefind 1.6 writes them (gzip of "pagefind_dcd" and CBOR); a language whose files do not
 * decode and re-encode to the same bytes is left as Pagefind wrote it, with the reason reported.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { decodeCbor, encodeCbor, type Cbor } from './cbor';

/** About this many bytes of encoded words per chunk (before gzip); one first character's words are never split. */
export const CHUNK_BYTES = 16 * 1024;

/** Sorts after every character, so a chunk's `to` covers every word beginning with its last character. */
const LAST = '\u{10FFFF}';
const SIGNATURE = new TextEncoder().encode('pagefind_dcd');

/** One word of Pagefind's index: the word, then its pages and positions (kept exactly as they are). */
export type Word = [string, ...Cbor[]];

export interface Chunk {
  from: string;
  to: string;
  words: Word[];
}

const firstChar = (w: string) => String.fromCodePoint(w.codePointAt(0) ?? 0);

/**
 * One of Pagefind's chunks as smaller ones: the words grouped by first character, groups packed in order up to
 * `bytes` (a group larger than that is a chunk of its own). The first keeps the chunk's `from`, the last its
 * `to`; between them, a chunk runs from its first word's first character to just after its last word's.
 */
export function splitChunk(chunk: Chunk, bytes = CHUNK_BYTES, size = (w: Word) => encodeCbor(w).length): Chunk[] {
  const groups: { c: string; words: Word[]; bytes: number }[] = [];
  for (const w of chunk.words) {
    const c = firstChar(w[0]);
    const last = groups.at(-1);
    if (last && last.c === c) {
      last.words.push(w);
      last.bytes += size(w);
    } else groups.push({ c, words: [w], bytes: size(w) });
  }
  const packed: (typeof groups)[] = [];
  let total = 0;
  for (const g of groups) {
    if (packed.length === 0 || total + g.bytes > bytes) {
      packed.push([]);
      total = 0;
    }
    packed.at(-1)!.push(g);
    total += g.bytes;
  }
  if (packed.length <= 1) return [chunk];
  return packed.map((gs, i) => ({
    from: i === 0 ? chunk.from : gs[0]!.c,
    to: i === packed.length - 1 ? chunk.to : gs.at(-1)!.c + LAST,
    words: gs.flatMap((g) => g.words),
  }));
}

function readPagefindFile(file: string): Cbor {
  const raw = gunzipSync(readFileSync(file));
  if (!SIGNATURE.every((b, i) => raw[i] === b)) throw new Error(`${file}: not a Pagefind file (no "pagefind_dcd" signature)`);
  const body = raw.subarray(SIGNATURE.length);
  let value: Cbor;
  try {
    value = decodeCbor(body);
  } catch (err) {
    throw new Error(`${file}: ${err instanceof Error ? err.message : String(err)}`);
  }
  if (Buffer.compare(Buffer.from(encodeCbor(value)), body) !== 0) throw new Error(`${file}: does not re-encode to the same bytes`);
  return value;
}

/** Deterministic gzip of the signature and the value. */
function pagefindFile(value: Cbor): { bytes: Buffer; hash: string } {
  const body = encodeCbor(value);
  return { bytes: gzipSync(Buffer.concat([SIGNATURE, body]), { level: 9 }), hash: createHash('sha256').update(body).digest('hex') };
}

const isWord = (w: Cbor): w is Word => Array.isArray(w) && typeof w[0] === 'string' && w[0].length > 0;
const isChunkRef = (c: Cbor): c is [string, string, string] => Array.isArray(c) && c.length === 3 && c.every((x) => typeof x === 'string');

export type LanguageReport = { chunks: [before: number, after: number] } | { skipped: string };

/**
 * Split the word chunks of every language in the Pagefind bundle `bundleDir`. New chunk and metadata files are
 * written first, then pagefind-entry.json is replaced (one rename), then the old files are removed: a failure
 * on the way leaves the index Pagefind wrote.
 */
export function rechunkIndex(bundleDir: string, bytes = CHUNK_BYTES): Record<string, LanguageReport> {
  const entryFile = join(bundleDir, 'pagefind-entry.json');
  const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as { languages: Record<string, { hash: string }> };
  const report: Record<string, LanguageReport> = {};
  /** Files of the new index: those this run created (removed again if it fails), and all it names. */
  const written: string[] = [];
  const named = new Set<string>();
  const obsolete: string[] = [];
  let mine: string[] = [];
  /** `${prefix}${hash}${suffix}` with the shortest hash (7 characters or more) not taken by other content. */
  const write = (dir: string, prefix: string, hash: string, suffix: string, data: Buffer, min = 7): string => {
    for (let n = min; n <= hash.length; n++) {
      const name = `${prefix}${hash.slice(0, n)}`;
      const file = join(dir, `${name}${suffix}`);
      if (named.has(file)) continue;
      if (existsSync(file)) {
        if (!readFileSync(file).equals(data)) continue;
      } else {
        writeFileSync(file, data);
        mine.push(file);
      }
      named.add(file);
      return name;
    }
    throw new Error(`${join(dir, prefix)}…${suffix}: no free file name`);
  };
  try {
    for (const [lang, info] of Object.entries(entry.languages)) {
      mine = [];
      try {
        const metaFile = join(bundleDir, `pagefind.${info.hash}.pf_meta`);
        const meta = readPagefindFile(metaFile);
        if (!Array.isArray(meta) || !Array.isArray(meta[2]) || !meta[2].every(isChunkRef)) throw new Error(`${metaFile}: no chunk list where Pagefind 1.6 has it`);
        const refs = meta[2] as [string, string, string][];
        const chunks: Chunk[] = [];
        for (const [from, to, hash] of refs) {
          const file = join(bundleDir, 'index', `${hash}.pf_index`);
          const value = readPagefindFile(file);
          if (!Array.isArray(value) || !Array.isArray(value[0]) || !value[0].every(isWord)) throw new Error(`${file}: not a list of words`);
          chunks.push(...splitChunk({ from, to, words: value[0] as Word[] }, bytes));
        }
        if (chunks.length === refs.length) {
          report[lang] = { chunks: [refs.length, refs.length] };
          continue;
        }
        const newRefs = chunks.map((c) => {
          const { bytes: data, hash } = pagefindFile([c.words]);
          return [c.from, c.to, write(join(bundleDir, 'index'), `${lang}_`, hash, '.pf_index', data)] as Cbor;
        });
        const { bytes: metaData, hash: metaHash } = pagefindFile([...meta.slice(0, 2), newRefs, ...meta.slice(3)]);
        info.hash = write(bundleDir, `pagefind.${lang}_`, metaHash, '.pf_meta', metaData, 13).slice('pagefind.'.length);
        written.push(...mine);
        obsolete.push(metaFile, ...refs.map(([, , h]) => join(bundleDir, 'index', `${h}.pf_index`)));
        report[lang] = { chunks: [refs.length, chunks.length] };
      } catch (err) {
        // This language stays as Pagefind wrote it.
        for (const f of mine) {
          rmSync(f, { force: true });
          named.delete(f);
        }
        report[lang] = { skipped: err instanceof Error ? err.message : String(err) };
      }
    }
    if (obsolete.length > 0) {
      writeFileSync(`${entryFile}.tmp`, JSON.stringify(entry));
      renameSync(`${entryFile}.tmp`, entryFile);
    }
  } catch (err) {
    for (const f of written) rmSync(f, { force: true });
    throw err;
  }
  for (const f of obsolete) if (!named.has(f)) rmSync(f, { force: true });
  return report;
}
