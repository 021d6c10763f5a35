/**
 * The outcomes layer rendered: a target met, one not met and one without a report, in both languages; and a
 * changed record in a cloned data file changes the chart, the clause and the CSV.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import TargetOutcome from '../../src/outcomes/TargetOutcome.astro';
import { outcomesCsv, resultsChart, type OutcomesView } from '../../src/outcomes/model';
import type { Lang } from '../../src/i18n';
import { loadFile, loadPlan, view } from '../unit/outcomes/helpers';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});
const render = (v: OutcomesView, id: string, lang: Lang = v.lang) =>
  container.renderToString(TargetOutcome, { props: { row: v.byTarget.get(id)!, lang } });
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

const HTE = 'part_2__sec_3__item_4__tgt'; // 新增高新技术企业 1000 家以上
const RANK = 'part_2__sec_3__ind_1'; // 全国排名前移 2—3 位

describe('a clause’s reported results', () => {
  it('met: status, figure, date, publisher, source link and the exact quote, marked as not part of the document', async () => {
    const v = view(loadPlan(), loadFile());
    const html = await render(v, HTE);
    const r = loadFile().outcomes.find((o) => o.target === HTE && o.match === 'same')!;
    expect(html).toContain('data-oc-status="met"');
    expect(text(html)).toContain('状态：已达到');
    expect(text(html)).toContain('第三方报道的实施结果');
    expect(text(html)).toContain('非文件内容');
    expect(text(html)).toContain('1184 家');
    expect(text(html)).toContain('截至 2020年10月31日');
    expect(html).toContain(`href="${r.url}"`);
    expect(text(html)).toContain(r.quote);
    expect(html).toContain(`id="result_${r.id}"`);
  });

  it('English: the publisher in English, with the original beside it marked as Chinese; Chinese in notes marked', async () => {
    const file = loadFile();
    const r = file.outcomes.find((o) => o.target === HTE && o.match === 'same')!;
    expect(r.publisherEn).toBeTruthy();
    const html = await render(view(loadPlan(), file, 'en'), HTE, 'en');
    expect(html).toContain(`>${r.publisherEn}</a> (<span lang="zh-CN">${r.publisher}</span>)`);
    // Without an English rendering the original stands alone, and is marked.
    for (const o of file.outcomes) delete o.publisherEn;
    const bare = await render(view(loadPlan(), file, 'en'), HTE, 'en');
    expect(bare).toMatch(new RegExp(`<a [^>]*href="${r.url.replace(/[.?]/g, '\\$&')}"[^>]*>(<span lang="zh-CN">[^<]*</span>)+</a>`));
    expect(bare).not.toContain(`</a> (<span lang="zh-CN">`);
    const zhNotes = [...html.matchAll(/<p class="oc-note"[^>]*>([\s\S]*?)<\/p>/g)].map((m) => m[1]!);
    for (const note of zhNotes) expect(note.replace(/<span lang="zh-CN">[^<]*<\/span>/g, '')).not.toMatch(/\p{Script=Han}/u);
  });

  it('no report: “no published result found” and the look-ups made', async () => {
    const v = view(loadPlan(), loadFile());
    const html = await render(v, RANK);
    expect(html).toContain('data-oc-status="no-report"');
    expect(text(html)).toContain('未找到公开结果');
    const nf = loadFile().notFound.find((n) => n.target === RANK)!;
    const queries = loadFile().lookups.filter((l) => nf.lookups.includes(l.n)).map((l) => l.query);
    for (const q of queries) expect(text(html)).toContain(q);
    expect(html).toContain('<details');
  });

  it('not met (a cloned file whose report falls short) and English labels', async () => {
    const file = loadFile();
    file.outcomes.find((o) => o.target === HTE && o.match === 'same')!.value = 900;
    file.outcomes.find((o) => o.target === HTE && o.match === 'same')!.quote = '截至今年10月31日,新增900家高新技术企业。';
    const v = view(loadPlan(), file, 'en');
    const html = await render(v, HTE, 'en');
    expect(html).toContain('data-oc-status="not-met"');
    expect(text(html)).toContain('Status: Not met');
    expect(text(html)).toContain('Results reported by third parties');
    expect(text(html)).toContain('as of 31 October 2020');
  });

  it('quotes are text: markup in a quote is escaped, never rendered', async () => {
    const file = loadFile();
    const r = file.outcomes.find((o) => o.target === HTE && o.match === 'same')!;
    r.quote = '新增1184家<script>alert(1)</script>';
    const html = await render(view(loadPlan(), file), HTE);
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('&lt;script&gt;');
  });
});

describe('a changed record in a cloned data file', () => {
  it('changes the chart, the clause and the CSV', async () => {
    const plan = loadPlan();
    const before = view(plan, loadFile());
    const file = loadFile();
    const r = file.outcomes.find((o) => o.target === HTE && o.match === 'same')!;
    r.value = 1500;
    r.quote = r.quote.replace('1184', '1500');
    const after = view(loadPlan(), file);

    const c0 = resultsChart(before);
    const c1 = resultsChart(after);
    expect(c0.svg).toContain('1184 家 · 118%');
    expect(c1.svg).toContain('1500 家 · 150%');
    expect(c1.svg).not.toContain('1184 家 · 118%');
    expect(c1.marks).toBe(c0.marks);

    expect(text(await render(before, HTE))).toContain('1184 家');
    const clause = text(await render(after, HTE));
    expect(clause).toContain('1500 家');
    expect(clause).not.toContain('1184 家 ·');

    const csv0 = outcomesCsv(before);
    const csv1 = outcomesCsv(after);
    expect(csv0).toMatch(new RegExp(`${r.id},deciding,2020,1184,`));
    expect(csv1).toMatch(new RegExp(`${r.id},deciding,2020,1500,`));
  });

  it('a report that falls short turns the status, the chart bar and the CSV to “not met”', async () => {
    const file = loadFile();
    for (const o of file.outcomes.filter((x) => x.target === 'att_4__part_3__sec_3__total' && x.match === 'same')) o.value = 2000;
    const v = view(loadPlan(), file);
    expect(v.byTarget.get('att_4__part_3__sec_3__total')!.status).toBe('not-met');
    expect(resultsChart(v).svg).toContain('2000 家 · 91% · ✗ 未达到');
    expect(outcomesCsv(v)).toContain('未达到');
  });
});
