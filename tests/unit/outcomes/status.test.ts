/** Status is computed from the target's figure, bound and deadline and the same-measure reports; never typed. */
import { describe, expect, it } from 'vitest';
import { judge, printedForms, quoteHasValue, targetStatus, type Outcome, type TargetLike } from '../../../scripts/model/outcomes';

const T = (over: Partial<TargetLike> = {}): TargetLike => ({ id: 't', kind: 'goal', value: 100, bound: 'at-least', deadline: 2020, unit: '项', ...over });
let n = 0;
const R = (over: Partial<Outcome> = {}): Outcome => ({
  id: `r${++n}`,
  target: 't',
  year: 2020,
  value: 100,
  unit: '项',
  quote: 'x',
  url: 'https://example.org/',
  publisher: 'p',
  published: '2021-01-01',
  sourceKind: 'official',
  match: 'same',
  qualifier: 'exact',
  ...over,
});

describe('judge: one report against one target', () => {
  it('at-least: equal reaches, below does not, above exceeds', () => {
    expect(judge(T(), { value: 100 })).toEqual({ compared: 100, met: true, exceeded: false });
    expect(judge(T(), { value: 99.9 }).met).toBe(false);
    expect(judge(T(), { value: 127 })).toEqual({ compared: 127, met: true, exceeded: true });
  });
  it('exact: reaching the stated count is met; beyond it is flagged as exceeded', () => {
    expect(judge(T({ bound: 'exact' }), { value: 100 })).toMatchObject({ met: true, exceeded: false });
    expect(judge(T({ bound: 'exact' }), { value: 111 })).toMatchObject({ met: true, exceeded: true });
    expect(judge(T({ bound: 'exact' }), { value: 42 })).toMatchObject({ met: false, exceeded: false });
  });
  it('a rank moving up 2–3 places from 25th', () => {
    const rank = T({ bound: 'range', value: 2, valueMax: 3, move: 'up', baseline: 25, unit: '位' });
    expect(judge(rank, { value: 23 })).toEqual({ compared: 2, met: true, exceeded: false });
    expect(judge(rank, { value: 22 })).toEqual({ compared: 3, met: true, exceeded: false });
    expect(judge(rank, { value: 21 })).toEqual({ compared: 4, met: true, exceeded: true });
    expect(judge(rank, { value: 24 }).met).toBe(false);
    expect(judge(rank, { value: 26 })).toMatchObject({ compared: -1, met: false });
  });
  it('more than (超过): reached only above the figure, never "exceeded"', () => {
    expect(judge(T({ bound: 'more-than', value: 500 }), { value: 500 })).toMatchObject({ met: false, exceeded: false });
    expect(judge(T({ bound: 'more-than', value: 500 }), { value: 612 })).toMatchObject({ met: true, exceeded: false });
  });
  it('a rank moving down 1 place from 3rd (后移): the places it fell', () => {
    const fall = T({ bound: 'exact', value: 1, move: 'down', baseline: 3, unit: '位' });
    expect(judge(fall, { value: 4 })).toEqual({ compared: 1, met: true, exceeded: false });
    expect(judge(fall, { value: 3 })).toMatchObject({ compared: 0, met: false });
  });
  it('range without a baseline: the value itself against the lower end', () => {
    expect(judge(T({ bound: 'range', value: 2, valueMax: 3 }), { value: 2 }).met).toBe(true);
    expect(judge(T({ bound: 'range', value: 2, valueMax: 3 }), { value: 1 }).met).toBe(false);
  });
});

describe('targetStatus', () => {
  it('no report, or only related ones → no report found', () => {
    expect(targetStatus(T(), []).status).toBe('no-report');
    const s = targetStatus(T(), [R({ match: 'related', value: 500 }), R({ match: 'weak' })]);
    expect(s.status).toBe('no-report');
    expect(s.context).toHaveLength(2);
    expect(s.deciding).toHaveLength(0);
  });
  it('only reports for the deadline year decide; earlier years are interim progress', () => {
    const s = targetStatus(T({ value: 55, unit: '%' }), [R({ year: 2019, value: 53.7 })]);
    expect(s.status).toBe('no-report');
    expect(s.interim.map((r) => r.value)).toEqual([53.7]);
    const t = targetStatus(T({ value: 55 }), [R({ year: 2019, value: 53.7 }), R({ year: 2020, value: 55 })]);
    expect(t.status).toBe('met');
    expect(t.deciding.map((v) => v.report.value)).toEqual([55]);
  });
  it('a target without a deadline is decided by any same-measure report', () => {
    expect(targetStatus(T({ deadline: undefined }), [R({ year: 2019, value: 120 })]).status).toBe('met');
  });
  it('not met', () => {
    expect(targetStatus(T({ value: 2200, bound: 'exact' }), [R({ value: 2100 })]).status).toBe('not-met');
  });
  it('disagreeing reports: both kept with their dates, in date order, never averaged → mixed', () => {
    const oct = R({ value: 95, asOf: '2020-10-31', published: '2020-12-05' });
    const dec = R({ value: 130, published: '2021-02-02' });
    const s = targetStatus(T(), [dec, oct]);
    expect(s.status).toBe('mixed');
    expect(s.deciding.map((v) => [v.report.value, v.met])).toEqual([[95, false], [130, true]]);
    // No averaged value anywhere: each verdict compares its own report.
    expect(s.deciding.map((v) => v.compared)).toEqual([95, 130]);
  });
  it('reports of other targets are ignored', () => {
    expect(targetStatus(T(), [R({ target: 'other', value: 1 })]).status).toBe('no-report');
  });
});

describe('a quote prints its value', () => {
  it('as printed: 1000, 1,000, 1 000; not inside a longer number', () => {
    expect(printedForms(1000)).toEqual(expect.arrayContaining(['1000', '1,000', '1 000']));
    expect(quoteHasValue({ quote: '新增1184家高新技术企业', value: 1184 })).toBe(true);
    expect(quoteHasValue({ quote: '新增1,184家', value: 1184 })).toBe(true);
    expect(quoteHasValue({ quote: '新增11840家', value: 1184 })).toBe(false);
    expect(quoteHasValue({ quote: '达53.7%', value: 53.7 })).toBe(true);
    expect(quoteHasValue({ quote: '达53.7%', value: 53 })).toBe(false);
    expect(quoteHasValue({ quote: '由48%提高到55%', value: 55 })).toBe(true);
  });
  it('a figure written in words needs its printed form named, and found', () => {
    expect(quoteHasValue({ quote: '新增高新技术企业千家', value: 1000 })).toBe(false);
    expect(quoteHasValue({ quote: '新增高新技术企业千家', value: 1000, printed: '千' })).toBe(true);
    expect(quoteHasValue({ quote: '新增高新技术企业百家', value: 1000, printed: '千' })).toBe(false);
  });
});
