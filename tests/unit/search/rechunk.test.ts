import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CborError, decodeCbor, encodeCbor, type Cbor } from '../../../scripts/search/cbor';
import { rechunkIndex, splitChunk, type Word } from '../../../scripts/search/rechunk';

describe('CBOR, as far as Pagefind uses it', () => {
  it('round-trips integers of every width, text, bytes and nested arrays in the shortest form', () => {
    const value: Cbor = [0, 23, 24, 255, 256, 65535, 65536, 2 ** 32, -1, -25, -300, '', '高新技术企业', 'a'.repeat(300), new Uint8Array([1, 2]), [[[]]]];
    const bytes = encodeCbor(value);
    expect(decodeCbor(bytes)).toEqual(value);
    expect([...encodeCbor(23)]).toEqual([0x17]);
    expect([...encodeCbor(24)]).toEqual([0x18, 24]);
    expect([...encodeCbor(-25)]).toEqual([0x38, 24]);
    expect([...encodeCbor('区')]).toEqual([0x63, 0xe5, 0x8c, 0xba]);
  });
  it('refuses what it was not written for, saying where', () => {
    expect(() => decodeCbor(Uint8Array.from([0xfb, 0, 0, 0, 0, 0, 0, 0, 0]))).toThrow(CborError); // a float
    expect(() => decodeCbor(Uint8Array.from([0xa1, 0x01, 0x02]))).toThrow(/major type 5 .* at byte 0/); // a map
    expect(() => decodeCbor(Uint8Array.from([0x9f, 0xff]))).toThrow(/indefinite/);
    expect(() => decodeCbor(Uint8Array.from([0x82, 0x01]))).toThrow(/ends early/);
    expect(() => decodeCbor(Uint8Array.from([0x01, 0x02]))).toThrow(/left after/);
    expect(() => encodeCbor(1.5)).toThrow(CborError);
  });
});

const word = (w: string): Word => [w, [[0, [1], []]], []];

describe('splitChunk', () => {
  const words = ['企业', '企业化', '区', '区域', '区块', '技术', '高', '高新', '高新区'].map(word);
  const chunk = { from: '企业', to: '高新区', words };

  it('splits only between words with different first characters, keeping every word in order', () => {
    const parts = splitChunk(chunk, 2, () => 1);
    expect(parts.map((p) => p.words.map((w) => w[0]))).toEqual([['企业', '企业化'], ['区', '区域', '区块'], ['技术'], ['高', '高新', '高新区']]);
  });
  it("keeps the chunk's own bounds at its ends and covers each first character between them", () => {
    const parts = splitChunk(chunk, 2, () => 1);
    expect(parts.map((p) => [p.from, p.to])).toEqual([
      ['企业', '企\u{10FFFF}'],
      ['区', '区\u{10FFFF}'],
      ['技', '技\u{10FFFF}'],
      ['高', '高新区'],
    ]);
  });
  it('packs groups up to the size, and leaves a chunk that fits as it is', () => {
    expect(splitChunk(chunk, 5, () => 1).map((p) => p.words.length)).toEqual([5, 4]);
    expect(splitChunk(chunk, 100, () => 1)).toEqual([chunk]);
  });
});

/** Pagefind's rule for the chunk a query word needs (pagefind_web, request_indexes): the first with from ≤ word ≤ to, bytewise. */
function chunkFor(refs: [string, string, string][], w: string): string | undefined {
  const b = (s: string) => Buffer.from(s, 'utf8');
  return refs.find(([from, to]) => Buffer.compare(b(w), b(from)) >= 0 && Buffer.compare(b(w), b(to)) <= 0)?.[2];
}

function readIndex(dir: string, lang: string) {
  const entry = JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8'));
  const read = (f: string) => decodeCbor(gunzipSync(readFileSync(f)).subarray(12)) as Cbor[];
  const refs = read(join(dir, `pagefind.${entry.languages[lang].hash}.pf_meta`))[2] as [string, string, string][];
  const holder = new Map<string, string>();
  const words: string[] = [];
  for (const [, , hash] of refs) {
    for (const w of read(join(dir, 'index', `${hash}.pf_index`))[0] as Word[]) {
      holder.set(w[0], hash);
      words.push(w[0]);
    }
  }
  return { refs, holder, words };
}

// A real index from the installed Pagefind, with chunks small enough to split.
describe('rechunkIndex on an index the installed Pagefind wrote', () => {
  let dir: string;
  const texts = [
    '广西科技创新支撑产业高质量发展三年行动方案，高新技术企业数量达到2800家。',
    '自治区科技厅牵头，自治区财政厅、工业和信息化厅配合，组织重大产业科技攻关。',
    '柳州、桂林、南宁高新区建设创新型产业集群，石墨烯新材料研发及产业化。',
    'The plan raises the number of high-tech enterprises in Guangxi to 2,800 by 2020.',
  ];
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'pf-rechunk-'));
    const { index } = await pagefind.createIndex({});
    for (const [i, t] of texts.entries()) {
      await index!.addCustomRecord({ url: `/r${i}/`, content: t, language: i === 3 ? 'en' : 'zh-cn', meta: { title: t.slice(0, 8) } });
    }
    await index!.writeFiles({ outputPath: join(dir, 'a') });
    await pagefind.close();
  }, 30_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('splits the chunks, keeps every word, and each query word still finds the chunk that holds it and its extensions', () => {
    const a = join(dir, 'a');
    const b = join(dir, 'b');
    cpSync(a, b, { recursive: true });
    const before = readIndex(a, 'zh-cn');
    const report = rechunkIndex(b, 64);
    const after = readIndex(b, 'zh-cn');
    expect(report['zh-cn']).toMatchObject({ chunks: [before.refs.length, after.refs.length] });
    expect(after.refs.length).toBeGreaterThan(before.refs.length);
    expect(after.words).toEqual(before.words);
    let checked = 0;
    for (const w of before.words) {
      if (chunkFor(before.refs, w) !== before.holder.get(w)) continue; // where Pagefind's own lookup misses, it may miss after too
      checked++;
      const found = chunkFor(after.refs, w);
      expect(found, w).toBe(after.holder.get(w));
      for (const x of before.words.filter((x) => x.startsWith(w))) expect(after.holder.get(x), `${w} → ${x}`).toBe(found);
    }
    expect(checked).toBeGreaterThan(before.words.length * 0.9);
    // The entry names the new metadata, and no file of the old index is left.
    const files = readdirSync(join(b, 'index'));
    expect(files.sort()).toEqual(after.refs.map(([, , h]) => `${h}.pf_index`).concat(readdirSync(join(b, 'index')).filter((f) => f.startsWith('en_'))).sort());
    for (const [, , h] of before.refs) expect(files).not.toContain(`${h}.pf_index`);
  });

  it('writes the same files every time', () => {
    const copy = (n: string) => {
      const d = join(dir, n);
      cpSync(join(dir, 'a'), d, { recursive: true });
      rechunkIndex(d, 64);
      return d;
    };
    const x = copy('x');
    const y = copy('y');
    const list = (d: string) => readdirSync(d, { recursive: true }).map(String).sort();
    expect(list(x)).toEqual(list(y));
    for (const f of list(x).filter((f) => /\.(pf_index|pf_meta|json)$/.test(f))) expect(readFileSync(join(x, f)), f).toEqual(readFileSync(join(y, f)));
  });

  it('never overwrites a file of other content that has the name a new chunk would take', () => {
    const x = join(dir, 'n1');
    cpSync(join(dir, 'a'), x, { recursive: true });
    rechunkIndex(x, 64);
    const taken = readIndex(x, 'zh-cn').refs[1]![2];
    const z = join(dir, 'n2');
    cpSync(join(dir, 'a'), z, { recursive: true });
    writeFileSync(join(z, 'index', `${taken}.pf_index`), 'other content');
    rechunkIndex(z, 64);
    const refs = readIndex(z, 'zh-cn').refs.map(([, , h]) => h);
    expect(refs).not.toContain(taken);
    expect(refs.some((h) => h.startsWith(taken) && h.length === taken.length + 1)).toBe(true);
    expect(readFileSync(join(z, 'index', `${taken}.pf_index`), 'utf8')).toBe('other content');
  });

  it('leaves a language whose files it cannot read exactly as Pagefind wrote it, and says why', () => {
    const c = join(dir, 'c');
    cpSync(join(dir, 'a'), c, { recursive: true });
    const entryBefore = readFileSync(join(c, 'pagefind-entry.json'), 'utf8');
    const hash = JSON.parse(entryBefore).languages['zh-cn'].hash;
    // The metadata with a value this reader does not know (a float) in it.
    writeFileSync(join(c, `pagefind.${hash}.pf_meta`), gzipSync(Buffer.concat([Buffer.from('pagefind_dcd'), Buffer.from([0xfb, 0, 0, 0, 0, 0, 0, 0, 0])])));
    const filesBefore = readdirSync(c, { recursive: true }).map(String).sort();
    const report = rechunkIndex(c, 64);
    expect(report['zh-cn']).toEqual({ skipped: expect.stringMatching(new RegExp(`pagefind\\.${hash}\\.pf_meta: CBOR: major type 7 .*at byte 0`)) });
    expect(JSON.parse(readFileSync(join(c, 'pagefind-entry.json'), 'utf8')).languages['zh-cn'].hash).toBe(hash);
    const filesAfter = readdirSync(c, { recursive: true }).map(String).sort();
    // Only the other language's chunks were replaced.
    expect(filesAfter.filter((f) => f.includes('zh-cn'))).toEqual(filesBefore.filter((f) => f.includes('zh-cn')));
  });
});
