/**
 * A whole smaller plan of our own writing (tests/fixtures/ingest/mini-plan.txt): another region,
 * another issuer, 省 instead of 自治区, a （1） level, a page number inside a task's ownership
 * statement, an attachment list that is one paragraph, and figures that deliberately disagree.
 * Nothing of the seed is built into the parser, so it must read this too.
 */
import { describe, expect, it } from 'vitest';
import { MINI, allIds, ingestFile, provisionsById } from './helpers.ts';

const plan = ingestFile(MINI);
const byId = provisionsById(plan);

describe('mini plan: same conventions, different document', () => {
  it('reads the metadata of another issuer', () => {
    expect(plan.document).toMatchObject({
      copyNumber: '001234',
      issuer: '江川省人民政府',
      docNumber: '江政发〔2021〕7号',
      planTitle: '江川省数字经济创新三年行动计划（2021—2023年）',
      addressees: ['各市、县人民政府', '省政府各部门'],
      dateSigned: '2021-03-02',
      datePrinted: '2021-03-05',
      disclosure: '主动公开',
      cc: ['省委各部门', '省人大常委会办公厅', '省政协办公厅'],
      printingOffice: '江川省人民政府办公厅',
    });
    expect(plan.document.attachments.map((a) => a.title)).toEqual(['培育 50 家数字企业计划', '建设 20 个数字平台计划']);
  });

  it('builds four levels of numbering, and keeps source characters literal', () => {
    expect(byId.get('part_2__sec_2__item_1__subitem_2')).toMatchObject({ num: '（2）', citation: '二（二）1（2）', title: '数据平台' });
    expect(byId.get('preamble')!.text).toContain('{x} 与 <b>');
    expect(byId.get('part_1__sec_1__item_2')!.text).toBe('建设 20 个省级以上数字平台，力争一流。');
  });

  it('reads ownership across a page number, with the 省 prefix written once', () => {
    expect(byId.get('part_2__sec_1__item_2')!.ownership).toMatchObject({ lead: ['省工业和信息化厅'], cooperating: [] });
    expect(byId.get('part_2__sec_1__item_1')).toMatchObject({
      lead: ['省科技厅', '省工业和信息化厅'],
      cooperating: ['省发展改革委', '省财政厅', '各市人民政府'],
    });
    expect(byId.get('part_2__sec_2__item_1__subitem_2')!.ownership!.leadsSeparately).toBe(true);
  });

  it('reads targets and milestones', () => {
    const t = Object.fromEntries(plan.targets.map((x) => [x.id, x]));
    expect(t['part_1__sec_1__ind_1']).toMatchObject({ subject: '数字经济核心产业增加值占比', value: 12, unit: '%', bound: 'at-least', deadline: 2023 });
    expect(t['part_1__sec_1__ind_2']).toMatchObject({ value: 1, valueMax: 2, unit: '位', bound: 'range' });
    expect(t['part_1__sec_1__item_1__tgt']).toMatchObject({ value: 50, unit: '家', bound: 'at-least', deadline: 2023 });
    expect(t['part_2__sec_1__item_2__tgt']).toMatchObject({ kind: 'field-count', value: 2, field: '软件领域' });
    expect(t['att_2__part_2__sec_1__place_2']).toMatchObject({ place: '乙城', value: 8, deadline: 2021 });
  });

  it('reports each disagreement it was written with, and only those', () => {
    expect(plan.findings.map((f) => [f.id, f.stated, f.computed]).sort()).toEqual(
      [
        ['att_1__tbl_1__total__col_3', 50, 51], // 10 + 15 + 12 + 8 + 6
        ['att_2__tbl_1__total__col_6', 21, 19], // 10 + 9
        ['att_2__tbl_1__row_2__sum', 9, 10], // 乙城 3 + 4 + 3
        ['att_2__tbl_1__total__sum', 21, 20], // 6 + 7 + 7
        ['part_1__sec_1__item_2__tgt__vs_att_2__tbl_1', 20, 21], // goal 20 vs the schedule's stated 合计
        ['att_2__part_2__sec_3__new__increment', 7, 8], // 2023: 新增 7, but 41 − 33 = 8
      ].sort(),
    );
    const years = plan.checks.find((c) => c.id === 'part_1__sec_1__item_2__tgt__vs_att_2_years')!;
    expect([years.stated, years.computed, years.agrees]).toEqual([20, 20, true]);
  });

  it('indexes table units without splitting "各市、县科技局"', () => {
    expect(plan.units.find((u) => u.name === '各市、县科技局')?.leadsRows).toEqual(['att_1__tbl_1__cat_2__row_1']);
    const ids = allIds(plan);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
