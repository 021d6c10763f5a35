import { describe, expect, it } from 'vitest';
import { mdxToMdast } from 'satteri';
import { jsString, mdxEntries, renderOutputs } from '../../../scripts/ingest/emit.ts';
import { tableCsv } from '../../../scripts/model/csv.ts';
import { MINI, SEED, ingestFile } from './helpers.ts';

type Node = { type: string; name?: string; value?: string; children?: Node[] };
const collect = (n: Node, name: string, out: Node[] = []): Node[] => {
  if (n.name === name) out.push(n);
  n.children?.forEach((c) => collect(c, name, out));
  return out;
};

describe('emit: MDX that cannot be injected', () => {
  it('turns any text into a JS string literal the MDX parser reads back unchanged', () => {
    const nasty = 'a {b} <c>"d"</Para> \\ `e` *f* # g\u2028h {{ }} <script>x</script>';
    const tree = mdxToMdast(`<Para>{${jsString(nasty)}}</Para>\n`) as Node;
    const expr = collect(tree, 'Para')[0]!.children![0]!;
    expect(expr.type).toBe('mdxFlowExpression');
    expect(JSON.parse(expr.value!)).toBe(nasty);
  });

  it('writes every paragraph of the mini plan as data, { and < included', () => {
    const plan = ingestFile(MINI);
    const preamble = mdxEntries(plan).find((e) => e.entry.id === 'preamble')!;
    const paras = collect(mdxToMdast(preamble.body) as Node, 'Para');
    expect(paras.map((p) => JSON.parse(p.children![0]!.value!))).toEqual([plan.provisions[0]!.text]);
    expect(plan.provisions[0]!.text).toContain('{x} 与 <b>');
  });

  it('nests provisions in MDX as in the model, with tables where they are printed', () => {
    const plan = ingestFile(SEED);
    const att5 = mdxEntries(plan).find((e) => e.entry.id === 'att_5')!;
    const tree = mdxToMdast(att5.body) as Node;
    const ids = collect(tree, 'Provision').map((n) => (n as unknown as { attributes: { name: string; value: { value: string } }[] }).attributes.find((a) => a.name === 'id')!.value.value);
    expect(ids.map((v) => JSON.parse(v))).toEqual(['att_5', 'att_5__part_1', 'att_5__part_2', ...[1, 2, 3, 4, 5, 6].map((k) => `att_5__part_2__sec_${k}`)]);
    // The schedule comes after the last section, as on paper.
    expect(att5.body.lastIndexOf('<DocTable')).toBeGreaterThan(att5.body.lastIndexOf('att_5__part_2__sec_6'));
  });

  it('is deterministic: the same input gives byte-identical files', () => {
    const a = renderOutputs(ingestFile(SEED));
    const b = renderOutputs(ingestFile(SEED));
    expect([...a.keys()]).toEqual([...b.keys()]);
    for (const [k, v] of a) expect(b.get(k)).toBe(v);
  });

  it('writes CSV with a BOM, quoting, and the stated totals last', () => {
    const plan = ingestFile(SEED);
    const csv = tableCsv(plan.tables.find((t) => t.id === 'att_2__tbl_1')!);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('\ufeffid,类别,序号,创新平台类别,创新平台类别（续）,数量 (个),主要创建内容,牵头部门,主要配合部门、单位');
    expect(lines[1]).toMatch(/^att_2__tbl_1__row_1,,1,国家科技基地,国家重点实验室 国家临床医学研究中心,4,/);
    expect(lines.at(-2)).toBe('att_2__tbl_1__total,,合计,,,100,,,');
  });
});
