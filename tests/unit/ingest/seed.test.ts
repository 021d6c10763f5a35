/**
 * The seed document, ingested: every expectation below was read off the source text by a person
 * (line numbers in comments), not copied from the ingest's output.
 */
import { describe, expect, it } from 'vitest';
import { SEED, allIds, ingestFile, provisionsById } from './helpers.ts';
import { extractTargets } from '../../../scripts/ingest/targets.ts';

const plan = ingestFile(SEED);
const byId = provisionsById(plan);
const p = (id: string) => {
  const x = byId.get(id);
  if (!x) throw new Error(`no provision ${id}`);
  return x;
};

describe('seed: document metadata', () => {
  it('reads the notice', () => {
    expect(plan.document).toMatchObject({
      copyNumber: '000208',
      issuer: '广西壮族自治区人民政府',
      docNumber: '桂政发〔2018〕51号',
      noticeTitle: '广西壮族自治区人民政府关于印发广西科技创新支撑产业高质量发展三年行动方案（2018—2020年）的通知',
      planTitle: '广西科技创新支撑产业高质量发展三年行动方案（2018—2020年）',
      addressees: ['各市、县人民政府', '自治区人民政府各组成部门、各直属机构'],
      dateSigned: '2018-11-19',
      datePrinted: '2018-11-20',
      disclosure: '公开',
      printingOffice: '广西壮族自治区人民政府办公厅',
    });
    expect(plan.document.noticeText).toBe('现将《广西科技创新支撑产业高质量发展三年行动方案（2018—2020年）》印发给你们，请认真组织实施。');
    expect(plan.document.cc).toHaveLength(10); // lines 495–498
    expect(plan.document.cc).toContain('武警广西总队');
    expect(plan.document.cc.at(-1)).toBe('自治区工商联');
  });

  it('matches the five attachments to the list by title', () => {
    expect(plan.document.attachments.map((a) => a.title)).toEqual([
      '突破 100 项重大技术计划',
      '创建 100 个国家级创新平台计划',
      '引育 100 个高层次创新人才和团队计划',
      '新增 1000 家高新技术企业三年行动工作方案',
      '转化 1000 项重大科技成果三年行动工作方案',
    ]);
    expect(plan.provisions.filter((x) => x.kind === 'attachment').map((x) => [x.id, x.source.line])).toEqual([
      ['att_1', 208],
      ['att_2', 355],
      ['att_3', 372],
      ['att_4', 392],
      ['att_5', 436],
    ]);
  });
});

describe('seed: provisions', () => {
  it('builds the hierarchy from the numbering, not from heading depth', () => {
    expect(plan.provisions.map((x) => x.id)).toEqual(['preamble', 'part_1', 'part_2', 'part_3', 'part_4', 'att_1', 'att_2', 'att_3', 'att_4', 'att_5']);
    expect(['part_1', 'part_2', 'part_3', 'part_4'].map((id) => p(id).title)).toEqual(['现实基础', '总体要求', '主要任务', '工作措施']);
    expect(p('part_2').children.map((c) => c.title)).toEqual(['指导思想', '基本原则', '行动目标']);
    expect(p('part_2__sec_2').children).toHaveLength(5); // lines 42–52, list and bold alike
    expect(p('part_3').children.map((c) => c.children.length)).toEqual([13, 4, 2, 3, 3]);
    expect(p('part_4').children).toHaveLength(8); // 四（一） is "##### **(一) …**", 四（二） "###"
    expect(p('part_4__sec_1').num).toBe('(一)');
    expect(p('att_4').children.map((c) => c.children.length)).toEqual([0, 6, 3]);
    expect(p('att_5').children.map((c) => c.children.length)).toEqual([0, 6]);
    expect(byId.size).toBe(81);
  });

  it('separates lead-in titles from the body', () => {
    expect(p('part_3__sec_1__item_1')).toMatchObject({ num: '1.', citation: '三（一）1', title: '汽车领域' });
    expect(p('part_3__sec_1__item_1').text.startsWith('着力夯实汽车零部件')).toBe(true);
    expect(p('part_2__sec_2__item_1').title).toBe('市场主导、政府引导');
    expect(p('att_4__part_3__sec_1').title).toBeNull();
    expect(p('att_5__part_2__sec_2').citation).toBe('附件5 二（二）');
  });

  it('mends paragraphs split by page breaks, even mid-word', () => {
    expect(p('part_1').text).toContain('大多数仍处于跟跑、模仿阶段'); // lines 28/30
    expect(p('part_3__sec_1__item_1').text).toContain('（牵头单位：自治区科技厅、工业和信息化厅；'); // lines 76/78
    expect(p('part_3__sec_1__item_4').text).toContain('（牵头单位：自治区科技厅'); // 牵头单|位, lines 84/86
    expect(p('part_2__sec_3').text).toContain('突破 100 项重大技术、创建 100 个国家级创新平台'); // lines 56/58
    expect(p('part_1').text.split('\n')).toHaveLength(3);
  });

  it('finds 33 tasks and normalises their units', () => {
    const tasks = [...byId.values()].filter((x) => x.ownership);
    expect(tasks).toHaveLength(33); // 25 in 三, 8 in 四
    expect(p('part_3__sec_1__item_6')).toMatchObject({
      lead: ['自治区科技厅', '自治区糖业发展办'],
      cooperating: ['自治区工业和信息化厅', '自治区农业农村厅', '自治区国资委', '自治区农科院', '各设区市人民政府'],
    });
    expect(p('part_3__sec_2__item_1').ownership).toMatchObject({
      lead: ['自治区科技厅', '自治区发展改革委', '自治区工业和信息化厅', '自治区卫生健康委员会', '自治区国资委'],
      cooperating: ['各设区市人民政府'],
      leadsSeparately: true,
    });
    expect(p('part_3__sec_5__item_2').cooperating).toEqual(['自治区发展改革委', '自治区财政厅', '自治区教育厅', '各设区市人民政府']); // 各|设区市, half-width ")"
    expect(p('part_4__sec_3').lead).toEqual(['自治区财政厅']);
    expect(p('part_4__sec_7').cooperating).toEqual(['自治区统计局', '自治区政府督查室', '各设区市人民政府']);
    expect(p('part_4__sec_8').cooperating).toEqual(['自治区广播电视局', '自治区科协', '广西广播电视台', '广西日报社', '各设区市人民政府']);
    const sti = plan.units.find((u) => u.name === '自治区科技厅')!;
    expect(sti.leads).toHaveLength(32); // every task but 四（三）
    expect(plan.units.find((u) => u.name === '各设区市人民政府')!.cooperates).toHaveLength(33);
    // 三（四）1 writes 国家税务总局广西壮族自治区税务局, 附件2 row 2 国家税务总局广西税务局: one body.
    const tax = plan.units.filter((u) => u.name.startsWith('国家税务总局'));
    expect(tax.map((u) => [u.name, u.cooperates, u.cooperatesRows])).toEqual([['国家税务总局广西壮族自治区税务局', ['part_3__sec_4__item_1'], ['att_2__tbl_1__row_2']]]);
    expect(plan.tables[1]!.rows[1]!.cells.col_7).toContain('国家税务总局广西税务局'); // the table text stays as printed
  });
});

describe('seed: targets', () => {
  it('reads the five goals with their deadline', () => {
    const goals = plan.targets.filter((t) => t.kind === 'goal');
    expect(goals.map((g) => [g.provision, g.value, g.unit, g.subject, g.bound, g.deadline])).toEqual([
      ['part_2__sec_3__item_1', 100, '项', '重大技术', 'at-least', 2020],
      ['part_2__sec_3__item_2', 100, '个', '国家级创新平台', 'exact', 2020],
      ['part_2__sec_3__item_3', 100, '个', '高层次创新人才和团队', 'exact', 2020],
      ['part_2__sec_3__item_4', 1000, '家', '高新技术企业', 'at-least', 2020],
      ['part_2__sec_3__item_5', 1000, '项', '重大科技成果', 'at-least', 2020],
    ]);
  });

  it('reads the headline indicators', () => {
    const ind = plan.targets.filter((t) => t.kind === 'indicator');
    expect(ind.map((t) => [t.subject, t.value, t.valueMax, t.unit, t.bound, t.deadline])).toEqual([
      ['综合科技创新水平在全国排名', 2, 3, '位', 'range', 2020],
      ['科技进步贡献率', 55, undefined, '%', 'at-least', 2020],
    ]);
  });

  it('a change of rank records which way it moves, read from its verb; a rank or a level does not', () => {
    expect(plan.targets.filter((t) => t.move).map((t) => [t.subject, t.move])).toEqual([['综合科技创新水平在全国排名', 'up']]);
    // The seed's goals clause, with its indicator sentence rewritten (the words are ours, not a document's).
    const ind = plan.targets.find((t) => t.kind === 'indicator')!;
    const goals = provisionsById(plan).get(ind.provision)!;
    const read = (sentence: string) =>
      extractTargets([{ ...goals, text: sentence }]).filter((t) => t.kind === 'indicator').map((t) => [t.value, t.valueMax, t.move]);
    expect(read('到 2020 年，全区综合排名前移 2—3 位。')).toEqual([[2, 3, 'up']]);
    expect(read('到 2020 年，全区综合排名后移1位。')).toEqual([[1, undefined, 'down']]);
    expect(read('到 2020 年，科技进步贡献率提高到 55%以上。')).toEqual([[55, undefined, undefined]]);
  });

  it('reads the technologies each field names', () => {
    const f = plan.targets.filter((t) => t.kind === 'field-count');
    expect(f.map((t) => t.value)).toEqual([24, 10, 3, 4, 6, 2, 10, 4, 8, 16, 16, 2, 18]);
    expect(f[0]).toMatchObject({ field: '汽车领域', provision: 'part_3__sec_1__item_1' });
  });

  it('reads the yearly milestones of the work plans', () => {
    const m = plan.targets.filter((t) => t.kind === 'milestone');
    const pick = (measure: string, place?: string) => m.filter((t) => t.measure === measure && t.place === place).map((t) => [t.deadline, t.value]);
    expect(pick('new')).toEqual([[2018, 500], [2019, 300], [2020, 200]]);
    expect(pick('cumulative')).toEqual([[2018, 1700], [2019, 2000], [2020, 2200]]);
    expect(pick('cumulative', '柳州')).toEqual([[2018, 300], [2019, 400], [2020, 450]]);
    expect(pick('planned')).toEqual([[2018, 329], [2019, 371], [2020, 422]]);
  });
});

describe('seed: tables', () => {
  const t = (id: string) => plan.tables.find((x) => x.id === id)!;
  it('reads every row of the four tables', () => {
    expect(plan.tables.map((x) => [x.id, x.rows.length])).toEqual([
      ['att_1__tbl_1', 123],
      ['att_2__tbl_1', 10],
      ['att_3__tbl_1', 13],
      ['att_5__tbl_1', 14],
    ]);
    expect(t('att_1__tbl_1').categories.map((c) => c.title)).toEqual(['核心技术', '共性技术', '应用技术']);
    expect(t('att_1__tbl_1').rows.at(-1)).toMatchObject({ id: 'att_1__tbl_1__cat_3__row_62', cells: { col_2: '高值海珍品、营养调味品、功能性健康食品、功能型乳品等四类海洋生物健康营养产品研发与产业化' } });
    expect(t('att_5__tbl_1')).toMatchObject({ label: '附表', title: '各设区市科技成果转化年度目标安排表', unit: '项' });
  });

  it('aligns the platform table across its two header forms', () => {
    const rows = t('att_2__tbl_1').rows;
    expect(rows[0]!.cells).toMatchObject({ col_2: '国家科技基地', col_3: '国家重点实验室 国家临床医学研究中心', col_4: '4' });
    expect(rows[4]!.cells).toMatchObject({ col_2: '国家级高新区', col_3: '', col_4: '3', col_6: '自治区科技厅' });
    expect(rows.map((r) => r.values.col_4)).toEqual([4, 12, 10, 1, 3, 2, 10, 20, 32, 5]);
  });

  it('keeps the stated totals as printed', () => {
    expect(t('att_1__tbl_1').totals[0]!.byCategory).toEqual({ att_1__tbl_1__cat_1: 44, att_1__tbl_1__cat_2: 17, att_1__tbl_1__cat_3: 62, all: 123 });
    expect(t('att_2__tbl_1').totals[0]!.values).toEqual({ col_4: 100 });
    expect(t('att_5__tbl_1').totals[0]!.values).toEqual({ col_3: 329, col_4: 371, col_5: 422, col_6: 1122 });
  });
});

describe('seed: checks and findings', () => {
  it('has exactly one finding: the platform table adds up to 99, not the stated 100', () => {
    expect(plan.findings.map((f) => [f.id, f.stated, f.computed])).toEqual([['att_2__tbl_1__total__col_4', 100, 99]]);
  });

  it('verifies the sums that do agree', () => {
    const c = Object.fromEntries(plan.checks.map((x) => [x.id, x]));
    expect(c['part_2__sec_3__item_1__tgt__fields_vs_att_1']).toMatchObject({ stated: 123, computed: 123, agrees: true });
    expect(c['part_2__sec_3__item_4__tgt__vs_att_4_years']).toMatchObject({ stated: 1000, computed: 1000, agrees: true });
    expect(c['att_4__part_3__sec_3__new__increment']).toMatchObject({ stated: 200, computed: 200 });
    expect(c['att_5__part_1__plan_2019__vs_att_5__tbl_1']).toMatchObject({ stated: 371, computed: 371, kind: 'cross-reference' });
    expect(c['att_5__tbl_1__row_1__sum']).toMatchObject({ stated: 245, computed: 245 });
    expect(c['part_3__sec_2__item_3__enum_1']).toMatchObject({ stated: 4, computed: 4 });
  });

  it('gives every element a unique ASCII id derived from numbering', () => {
    const ids = allIds(plan);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9_]+$/);
  });
});

describe('seed: baselines of the headline indicators', () => {
  it('finds where each indicator stands in 一、现实基础', () => {
    const b = plan.targets.filter((t) => t.kind === 'baseline');
    expect(b.map((t) => [t.baselineOf, t.value, t.unit, t.asOf, t.provision])).toEqual([
      ['part_2__sec_3__ind_1', 25, '位', 2017, 'part_1'], // line 28: 位居全国第 25 位
      ['part_2__sec_3__ind_2', 52.35, '%', undefined, 'part_1'], // line 26: 达到 52.35%
    ]);
  });
});
