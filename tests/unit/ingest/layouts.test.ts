/**
 * Layouts real plans use, each in a small fixture of our own words (tests/fixtures/ingest/layouts/):
 * the 文号 after the title and a signature before the plan; a document issued directly with a title over
 * two lines and its signature after the body; an attachment printed alone; units given only in a
 * 任务分工表. And the same document in another form — without Markdown, with headings of any depth, the
 * 文号 on the other side of the title — gives the same model.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { ingest } from '../../../scripts/ingest/pipeline.ts';
import type { Plan } from '../../../scripts/model/plan.ts';
import { MINI, SEED, ingestFile, provisionsById, root } from './helpers.ts';

const DIR = 'tests/fixtures/ingest/layouts/';
const text = (rel: string) => readFileSync(root + rel, 'utf8');
const fromText = (s: string) => ingest(new TextEncoder().encode(s), 'variant.txt');
/** The model without what only names the file (its name and hash). */
const model = (p: Plan) => ({ ...p, document: { ...p.document, source: { lines: p.document.source.lines } } });

describe('layout: 文号 after the title, signature before the plan, 责任单位', () => {
  const plan = ingestFile(DIR + 'number-after-title.txt');
  const p = provisionsById(plan);
  it('reads the front matter, nothing invented', () => {
    expect(plan.document).toMatchObject({
      issuer: '云海市人民政府办公厅',
      docNumber: '云海办发〔2024〕9号',
      planTitle: '云海市智能传感器产业发展行动方案',
      addressees: ['各区人民政府', '市政府各委、办、局'],
      signatories: ['云海市人民政府办公厅'],
      dateSigned: '2024-06-03',
    });
    expect(plan.document.noticeText).toBe('《云海市智能传感器产业发展行动方案》已经市政府同意，现印发给你们，请认真组织实施。');
    for (const k of ['disclosure', 'datePrinted', 'copyNumber', 'printingOffice', 'attachmentOnly'] as const) expect(plan.document[k], k).toBeUndefined();
  });
  it('keeps items numbered on across sections, and run-in sections without units', () => {
    expect(p.get('part_3__sec_2__item_3')).toMatchObject({ citation: '三（二）3', title: '加强人才引育' });
    expect(p.get('part_2__sec_1')).toMatchObject({ title: '环境传感器', text: '发展温湿度、气体等传感器。' });
    expect(p.get('part_2__sec_1')!.ownership).toBeUndefined();
  });
  it('keeps 责任单位 as responsible, never a lead, with 、，； mixed', () => {
    expect(p.get('part_3__sec_2__item_3')).toMatchObject({ lead: [], cooperating: [], responsible: ['市人才局', '市科委', '市教委'] });
    expect(p.get('part_3__sec_1__item_2')!.responsible).toEqual(['市经济信息化委', '市财政局', '东湾新区管委会']); // no 市 added: the document writes it in full
    expect(plan.units.find((u) => u.name === '市科委')).toMatchObject({ leads: [], cooperates: [], responsible: ['part_3__sec_1__item_1', 'part_3__sec_2__item_3'] });
  });
  it('does not glue the closing paragraph to the last task', () => {
    expect(p.get('part_3__sec_2__item_3')!.text).toMatch(/）$/u);
    expect(p.get('part_3__sec_2__para_1')).toMatchObject({ kind: 'paragraph', citation: '三（二）第1段' });
    expect(p.get('part_3__sec_2__para_1')!.ownership).toBeUndefined();
  });
});

describe('layout: issued directly, title over two lines, State Council ownership, signed after the body', () => {
  const plan = ingestFile(DIR + 'direct-opinion.txt');
  const p = provisionsById(plan);
  it('reads the title, the 文号 under it, and the signature, date and note at the end', () => {
    expect(plan.document).toMatchObject({
      issuer: '江川省人民政府',
      planTitle: '江川省人民政府关于加快推进海洋渔业装备转型升级的指导意见',
      docNumber: '江政发〔2023〕15号',
      signatories: ['江川省人民政府'],
      dateSigned: '2023-09-08',
      disclosure: '此件公开发布',
    });
    expect(plan.document.noticeTitle).toBeUndefined();
    expect(plan.document.noticeText).toBeUndefined();
    expect(p.get('preamble')!.text).toMatch(/现提出以下意见。$/u);
    expect(p.get('part_3__sec_6')!.text).toMatch(/负责）$/u); // the signature is not part of the last section
  });
  it('numbers run-in sections on across parts and keeps a bare heading with its paragraphs', () => {
    expect([...p.values()].filter((x) => x.kind === 'section').map((x) => x.id)).toEqual([
      'part_1__sec_1', 'part_1__sec_2', 'part_2__sec_3', 'part_2__sec_4', 'part_3__sec_5', 'part_3__sec_6',
    ]);
    expect(p.get('part_1__sec_2')!.text.split('\n')).toHaveLength(2);
  });
  it('makes the first listed unit the lead once the document says 列第一位者为牵头单位', () => {
    expect(p.get('part_2__sec_3')).toMatchObject({ lead: ['省工业和信息化厅'], cooperating: ['省科技厅', '省海洋渔业局'], responsible: [] });
    expect(p.get('part_2__sec_3')!.ownership).toMatchObject({ form: 'listed', leadRule: 'part_2__sec_3' });
    expect(p.get('part_2__sec_4')!.ownership).toMatchObject({ lead: ['省海洋渔业局'], cooperating: ['省财政厅'], leadRule: 'part_2__sec_3' });
    expect(p.get('part_3__sec_5')!.ownership).toMatchObject({ form: 'listed-lead', lead: ['省海洋渔业局'], cooperating: ['省工业和信息化厅'] });
    expect(p.get('part_3__sec_6')!.lead).toEqual(['各市、县人民政府']);
  });
  it('without that sentence, the same lists are responsible: no lead is guessed', () => {
    const plain = fromText(text(DIR + 'direct-opinion.txt').replace('。列第一位者为牵头单位，下同', ''));
    const q = provisionsById(plain);
    expect(q.get('part_2__sec_3')).toMatchObject({ lead: [], cooperating: [], responsible: ['省工业和信息化厅', '省科技厅', '省海洋渔业局'] });
    expect(q.get('part_2__sec_3')!.ownership!.leadRule).toBeUndefined();
    expect(q.get('part_3__sec_5')).toMatchObject({ lead: ['省海洋渔业局', '省工业和信息化厅'], responsible: [] }); // 牵头负责 says so itself
  });
});

describe('layout: an attachment printed alone', () => {
  const plan = ingestFile(DIR + 'attachment-alone.txt');
  const p = provisionsById(plan);
  it('holds only the title it prints: no 文号, issuer, date or notice', () => {
    expect(plan.document).toMatchObject({ planTitle: '江川省低空经济高质量发展三年行动计划（2024-2026年）', attachmentOnly: true, addressees: [] });
    for (const k of ['docNumber', 'issuer', 'dateSigned', 'noticeTitle', 'noticeText', 'signatories'] as const) expect(plan.document[k], k).toBeUndefined();
  });
  it('keeps —— lines as lines, and mends page breaks, even inside （牵头部 / 门：…）', () => {
    const lines = p.get('part_1')!.text.split('\n');
    expect(lines.filter((l) => l.startsWith('——'))).toHaveLength(2);
    expect(lines.at(-1)).toMatch(/城市巡查等场景应用。$/u);
    expect(p.get('part_2__sec_1__item_2')!.ownership).toMatchObject({ form: 'labelled', lead: ['省交通运输厅', '省市场监管局'] });
  });
  it('reads 牵头部门 as lead and （各有关单位） as responsible', () => {
    expect(p.get('part_2__sec_2__item_3')!.lead).toEqual(['省商务厅', '省邮政管理局', '省交通运输厅']);
    expect(p.get('part_3__sec_1')!.ownership).toMatchObject({ form: 'unlabelled', responsible: ['各有关单位'], lead: [] });
    expect(p.get('part_3__sec_2')!.lead).toEqual(['省财政厅', '省发展改革委']);
  });
});

describe('layout: units only in a 任务分工表 attachment', () => {
  const plan = ingestFile(DIR + 'task-table.txt');
  const p = provisionsById(plan);
  const [indicators, division] = plan.tables;
  it('reads a joint signature over two lines and keeps the contact line in the notice', () => {
    expect(plan.document.signatories).toEqual(['云海市卫生健康局', '云海市民政局', '云海市残疾人联合会']);
    expect(plan.document.noticeText!.split('\n').at(-1)).toBe('联系人：王某，联系电话：12345678');
    expect(plan.document.attachments.map((a) => a.title)).toEqual(['社区康复服务监测指标', '提升社区康复服务能力任务分工表']);
  });
  it('does not take the attachment list for an item', () => {
    expect([...p.values()].filter((x) => x.kind === 'item').map((x) => x.id)).toEqual(['part_2__sec_1__item_1', 'part_2__sec_1__item_2', 'part_2__sec_2__item_1']);
  });
  it('links each row to the task it names, in order, with the row\'s units', () => {
    expect(division!.rows.map((r) => r.task)).toEqual(['part_2__sec_1__item_1', 'part_2__sec_1__item_2', 'part_2__sec_2__item_1', 'part_3__sec_1', 'part_3__sec_2']);
    expect(p.get('part_2__sec_1__item_2')!.ownership).toMatchObject({ form: 'table', row: 'att_2__tbl_1__row_2', lead: ['市卫生健康局', '市残联'], cooperating: [] }); // "，" and "/"
    expect(p.get('part_2__sec_2__item_1')).toMatchObject({ lead: ['市财政局'], cooperating: ['市卫生健康局', '市民政局'] });
    expect(p.get('part_2__sec_1__item_1')!.ownership!.statement).toBeUndefined();
    expect(plan.units.find((u) => u.name === '市财政局')).toMatchObject({ leads: ['part_2__sec_2__item_1'], leadsRows: ['att_2__tbl_1__row_3'] });
  });
  it('keeps a line whose merged cells were not repeated as part of the row above, inventing nothing', () => {
    const row5 = division!.rows[4]!;
    expect(division!.rows).toHaveLength(5);
    expect(row5.continued).toHaveLength(1);
    expect(row5.continued![0]!.cells).toEqual({ col_3: '对评估结果进行通报。', col_4: '各区政府', col_5: '市卫生健康局' });
    expect(p.get('part_3__sec_2')!.lead).toEqual(['市卫生健康局', '各区政府']);
  });
  it('starts an attachment at its label and title too, with the table captioned by its first row', () => {
    const labelled = fromText(text(DIR + 'task-table.txt').replace('附件1 社区康复服务监测指标（2022年版）', '附件1\n\n社区康复服务监测指标\n\n社区康复服务监测指标（2022年版）'));
    expect(labelled.tables.map((t) => [t.id, t.title, t.rows.length])).toEqual([
      ['att_1__tbl_1', '社区康复服务监测指标（2022年版）', 3],
      ['att_2__tbl_1', '提升社区康复服务能力任务分工表', 5],
    ]);
  });
  it('reads a caption row, numbers inside a text cell and a first column merged over rows', () => {
    expect(indicators!.title).toBe('社区康复服务监测指标（2022年版）');
    expect(indicators!.rows.map((r) => [r.id, r.cells.col_1, r.spannedFrom])).toEqual([
      ['att_1__tbl_1__row_1', '服务覆盖', undefined],
      ['att_1__tbl_1__row_2', '', { col_1: 'att_1__tbl_1__row_1' }],
      ['att_1__tbl_1__row_3', '服务质量', undefined],
    ]);
  });
});

describe('the same document in another form gives the same model', { timeout: 60_000 }, () => {
  const stripMarks = (s: string) => s.replace(/^#{1,6}[ \t]+/gmu, '').replace(/\*\*/gu, '');
  it('the seed as plain text (no # and no ** marks), as copied from a web page', () => {
    const seed = text(SEED);
    expect(model(fromText(stripMarks(seed)))).toEqual(model(fromText(seed)));
  });
  it('the mini plan as plain text', () => {
    const mini = text(MINI);
    expect(model(fromText(stripMarks(mini)))).toEqual(model(fromText(mini)));
  });
  it('a plain-text plan with Markdown headings of any depth added', () => {
    const plain = text(DIR + 'number-after-title.txt');
    let depth = 0;
    const marked = plain.replace(/^(?=[一二三]、|（[一二]）[^。]*$|云海市智能传感器产业发展行动方案$)/gmu, () => '#'.repeat((depth++ % 6) + 1) + ' ');
    expect(marked).not.toBe(plain);
    expect(model(fromText(marked))).toEqual(model(fromText(plain)));
  });
  it('the 文号 before or after the title', () => {
    const after = text(DIR + 'number-after-title.txt').split('\n');
    const before = [after[2]!, after[1]!, after[0]!, ...after.slice(3)].join('\n'); // swap lines 1 and 3
    expect(model(fromText(before))).toEqual(model(fromText(after.join('\n'))));
  });
});
