/**
 * The six real plans of ../shared/corpus/ (third-party texts, never copied into the project), read
 * against ../shared/corpus/SOURCES.md. Every expected figure below is what SOURCES.md states — a
 * person's reading of each document — not what the parser printed. When the corpus folder is not
 * beside the clone (it is on the project's machines and CI), the whole suite reports itself skipped.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ingest, walkProvisions } from '../../../scripts/ingest/pipeline.ts';
import type { Plan, Provision } from '../../../scripts/model/plan.ts';
import { root } from './helpers.ts';

const corpus = join(root, '..', 'shared', 'corpus');
const present = existsSync(join(corpus, 'SOURCES.md'));

const files = {
  medical: '002_shanghai-medical-devices.txt',
  bci: '003_shanghai-brain-computer-interface.txt',
  services: '004_shanghai-tech-services.txt',
  beidou: '005_shanghai-beidou.txt',
  family: '006_guangzhou-family-doctor.txt',
  farm: '007_state-council-farm-machinery.txt',
};

const cache = new Map<string, Plan>();
function load(name: string): Plan {
  if (!cache.has(name)) cache.set(name, ingest(readFileSync(join(corpus, name)), name));
  return cache.get(name)!;
}
function all(plan: Plan): Provision[] {
  const out: Provision[] = [];
  walkProvisions(plan.provisions, (p) => out.push(p));
  return out;
}
const kind = (plan: Plan, k: Provision['kind']) => all(plan).filter((p) => p.kind === k && !p.id.startsWith('att_'));
const tasks = (plan: Plan) => all(plan).filter((p) => p.ownership);
const byId = (plan: Plan, id: string) => all(plan).find((p) => p.id === id)!;
const distinct = (ps: Provision[]) => new Set(ps.flatMap((p) => [...p.lead!, ...p.cooperating!, ...p.responsible!])).size;
const unitsOf = (p: Provision) => [...p.lead!, ...p.cooperating!, ...p.responsible!];

describe.skipIf(!present)('corpus: six real plans of the genre (../shared/corpus)', { timeout: 60_000 }, () => {
  it('all six ingest', () => {
    for (const f of Object.values(files)) expect(() => load(f), f).not.toThrow();
  });

  it('002: 通知 + 方案; 3 parts, 15 sections, items 1–20 run on across 三, each with 责任单位 (responsible, no lead)', () => {
    const plan = load(files.medical);
    expect(plan.document).toMatchObject({
      docNumber: '沪府办发〔2025〕17号',
      planTitle: '上海市促进高端医疗器械产业全链条发展行动方案',
      signatories: ['上海市人民政府办公厅'],
      dateSigned: '2025-09-04',
    });
    expect(kind(plan, 'part')).toHaveLength(3);
    expect(kind(plan, 'section')).toHaveLength(15);
    expect(kind(plan, 'item').map((p) => p.num.replace(/\D/g, ''))).toEqual(Array.from({ length: 20 }, (_, k) => String(k + 1)));
    const t = tasks(plan);
    expect(t).toHaveLength(20);
    expect(t.every((p) => p.ownership!.form === 'responsible' && p.lead!.length === 0 && p.cooperating!.length === 0)).toBe(true);
    expect(t.every((p) => p.responsible!.length >= 1 && p.responsible!.length <= 7)).toBe(true);
    expect(distinct(t)).toBe(23);
    const names = new Set(t.flatMap(unitsOf));
    for (const n of ['申康医院发展中心', '国家药监局医疗器械技术审评检查长三角分中心', '上海海关', '上海金融监管局', '浦东新区政府', '虹桥国际中央商务区管委会', '东方枢纽国际商务合作区管理局'])
      expect(names.has(n), n).toBe(true);
    // The closing paragraph after item 20 has no number and no units: it is not part of item 20.
    expect(kind(plan, 'item').at(-1)!.ownership).toBeDefined();
  });

  it('003: 6 parts, no sections, items 1–17 run on across parts 二–六, each with 责任部门', () => {
    const plan = load(files.bci);
    expect(plan.document).toMatchObject({ docNumber: '沪科〔2025〕5号', signatories: ['上海市科学技术委员会'], dateSigned: '2025-01-10' });
    expect(kind(plan, 'part')).toHaveLength(6);
    expect(kind(plan, 'section')).toHaveLength(0);
    const perPart = kind(plan, 'part').map((part) => part.children.filter((c) => c.kind === 'item').map((c) => Number(c.num.replace(/\D/g, ''))));
    expect(perPart).toEqual([[], [1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11], [12, 13, 14], [15, 16, 17]]);
    const t = tasks(plan);
    expect(t).toHaveLength(17);
    expect(t.every((p) => p.kind === 'item' && p.ownership!.form === 'responsible' && p.lead!.length === 0)).toBe(true);
    expect(t.every((p) => p.responsible!.length >= 1 && p.responsible!.length <= 5)).toBe(true);
    const names = new Set(t.flatMap(unitsOf));
    expect(names.has('相关区')).toBe(true);
    expect(names.has('国家药品监督管理局医疗器械技术审评检查长三角分中心')).toBe(true);
  });

  it('004: an 意见 issued directly; 3 parts, 16 sections run on, 39 unnumbered task paragraphs (18 / 9 / 12)', () => {
    const plan = load(files.services);
    expect(plan.document.noticeText).toBeUndefined();
    expect(plan.document).toMatchObject({ docNumber: '沪府办发〔2025〕11号', signatories: ['上海市人民政府办公厅'], dateSigned: '2025-05-17' });
    expect(kind(plan, 'part')).toHaveLength(3);
    expect(kind(plan, 'item')).toHaveLength(0);
    const parts = kind(plan, 'part');
    expect(parts.map((p) => p.children.filter((c) => c.kind === 'section').length)).toEqual([7, 4, 5]);
    expect(kind(plan, 'section').map((s) => s.num)).toEqual(
      ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五', '十六'].map((n) => `（${n}）`),
    );
    const t = tasks(plan);
    expect(t).toHaveLength(39);
    const inPart = (part: Provision) => t.filter((p) => p.id.startsWith(`${part.id}__`)).length;
    expect(parts.map(inPart)).toEqual([18, 9, 12]);
    expect(t.every((p) => p.ownership!.form === 'responsible' && p.lead!.length === 0)).toBe(true);
    expect(distinct(t)).toBe(28);
    const names = new Set(t.flatMap(unitsOf));
    expect(names.has('各区政府') && names.has('各相关单位')).toBe(true);
    // Each task paragraph has its own id from its position under its section.
    for (const p of t.filter((x) => x.kind === 'paragraph')) expect(p.id).toMatch(/^part_\d+__sec_\d+__para_\d+$/);
    expect(new Set(t.map((p) => p.id)).size).toBe(39);
  });

  it('005: the attachment alone (附件, a title over two lines, no 文号 or date); 17 tasks with 牵头部门, 2 + 1 in 四', () => {
    const plan = load(files.beidou);
    const d = plan.document;
    expect(d.attachmentOnly).toBe(true);
    expect(d.planTitle).toBe('上海市北斗产业高质量发展三年行动计划（2021-2023年）');
    for (const k of ['docNumber', 'issuer', 'dateSigned', 'noticeTitle', 'noticeText'] as const) expect(d[k], k).toBeUndefined();
    expect(kind(plan, 'part').map((p) => p.title)).toEqual(['总体思路', '发展目标', '主要任务', '保障措施']);
    expect(kind(plan, 'part').map((p) => p.children.filter((c) => c.kind === 'section').length)).toEqual([2, 0, 5, 3]);
    expect(byId(plan, 'part_2').text.split('\n').filter((l) => l.startsWith('——'))).toHaveLength(5);
    const part3Items = all(plan).filter((p) => p.kind === 'item' && p.id.startsWith('part_3__'));
    expect(part3Items.map((p) => Number(p.num.replace(/\D/g, '')))).toEqual(Array.from({ length: 17 }, (_, k) => k + 1));
    expect(kind(plan, 'item')).toHaveLength(20);
    expect(part3Items.every((p) => p.ownership?.form === 'labelled' && p.lead!.length >= 1 && p.lead!.length <= 11)).toBe(true);
    // SOURCES' "30 distinct units" counts every （牵头部门：…） statement: the 17 tasks and 四（二）（三）.
    expect(distinct(tasks(plan).filter((p) => p.ownership!.form === 'labelled'))).toBe(30);
    expect(Math.max(...part3Items.map((p) => p.lead!.length))).toBe(11);
    // Task 8's parenthetical is split by a page break: （牵头部 / 门：…）.
    expect(part3Items[7]!.lead).toEqual(['市交通委', '市水务局', '市经济信息化委']);
    // Tasks 3, 12 and 15 start on one paragraph and end on the next.
    for (const k of [3, 12, 15]) expect(part3Items[k - 1]!.ownership, `task ${k}`).toBeDefined();
    const part4 = byId(plan, 'part_4').children;
    expect(part4.map((s) => s.ownership?.form)).toEqual(['unlabelled', 'labelled', 'labelled']);
    expect(part4[0]!.responsible).toEqual(['各有关单位']);
    expect(tasks(plan)).toHaveLength(20);
    const names = new Set(part3Items.flatMap(unitsOf));
    for (const n of ['长三角区域合作办公室', '临港新片区管委会', '市城运中心']) expect(names.has(n), n).toBe(true);
  });

  it('006: units only in 附件2: its 24 rows are the 21 items of 二 and the 3 run-in sections of 三, in order', () => {
    const plan = load(files.family);
    expect(plan.document).toMatchObject({ docNumber: '穗卫函〔2023〕1930号', dateSigned: '2023-10-19' });
    expect(plan.document.signatories).toHaveLength(4);
    expect(plan.document.attachments.map((a) => a.num)).toEqual([1, 2]);
    expect(kind(plan, 'part').map((p) => p.title)).toEqual(['主要目标', '主要任务', '组织实施']);
    expect(byId(plan, 'part_2').children.map((s) => s.children.filter((c) => c.kind === 'item').length)).toEqual([4, 8, 5, 4]);
    expect(byId(plan, 'part_3').children.map((s) => s.kind)).toEqual(['section', 'section', 'section']);
    expect(kind(plan, 'item')).toHaveLength(21); // the attachment list's "2.…" is not an item
    const expectedTasks = [...kind(plan, 'item'), ...byId(plan, 'part_3').children];
    const t = tasks(plan);
    expect(t.map((p) => p.id)).toEqual(expectedTasks.map((p) => p.id));
    expect(t.every((p) => p.ownership!.form === 'table' && p.ownership!.statement === undefined)).toBe(true);
    expect(t.map((p) => p.ownership!.row)).toEqual(Array.from({ length: 24 }, (_, k) => `att_2__tbl_1__row_${k + 1}`));

    const [indicators, division] = plan.tables;
    expect(indicators!.rows).toHaveLength(19);
    expect(indicators!.rows.map((r) => r.num)).toEqual(Array.from({ length: 19 }, (_, k) => String(k + 1)));
    // 一级指标 spans rows: 6 group rows print it, the other 13 are covered by the group above.
    expect(indicators!.rows.filter((r) => r.cells.col_1 !== '' && !r.spannedFrom)).toHaveLength(6);
    expect(indicators!.rows.filter((r) => r.spannedFrom?.col_1)).toHaveLength(13);
    expect(division!.rows).toHaveLength(24);
    expect(division!.rows.reduce((n, r) => n + (r.continued?.length ?? 0), 0)).toBe(15);

    // Each task carries exactly the units its row prints (with its continuation lines), read here
    // straight from the text: TAB-separated lines, 7 cells for a numbered row, 5 for a continuation.
    const lines = readFileSync(join(corpus, files.family), 'utf8').split('\n');
    const start = lines.findIndex((l) => l.startsWith('序号\t工作事项'));
    const printed: { lead: Set<string>; coop: Set<string> }[] = [];
    for (const l of lines.slice(start + 1)) {
      const cells = l.split('\t');
      if (cells.length < 5) break;
      if (cells.length === 7) printed.push({ lead: new Set(), coop: new Set() });
      const [lead, coop] = cells.length === 7 ? [cells[3]!, cells[4]!] : [cells[1]!, cells[2]!];
      const names = (s: string) => s.split(/[、，,]/u).map((x) => x.trim()).filter((x) => x && x !== '/');
      names(lead).forEach((n) => printed.at(-1)!.lead.add(n));
      names(coop).forEach((n) => printed.at(-1)!.coop.add(n));
    }
    expect(printed).toHaveLength(24);
    t.forEach((p, k) => {
      expect(new Set(p.lead), p.id).toEqual(printed[k]!.lead);
      expect(new Set([...p.lead!, ...p.cooperating!]), p.id).toEqual(new Set([...printed[k]!.lead, ...printed[k]!.coop]));
    });
    // Several leads, and a row that separates units with "，" instead of "、".
    expect(t.some((p) => p.lead!.join('、') === '市卫生健康委、市财政局、市医保局、各区政府')).toBe(true);
    expect(unitsOf(t[5]!)).toEqual(expect.arrayContaining(['市卫生健康委', '市医保局']));
  });

  it('007: State Council form; 8 parts, 20 run-in sections, 18 tasks whose first-listed unit is the lead', () => {
    const plan = load(files.farm);
    expect(plan.document).toMatchObject({
      docNumber: '国发〔2018〕42号',
      planTitle: '国务院关于加快推进农业机械化和农机装备产业转型升级的指导意见',
      signatories: ['国务院'],
      dateSigned: '2018-12-21',
    });
    expect(kind(plan, 'part')).toHaveLength(8);
    expect(kind(plan, 'section')).toHaveLength(20);
    expect(kind(plan, 'item')).toHaveLength(0);
    const t = tasks(plan);
    expect(t).toHaveLength(18);
    expect(t.map((p) => p.id)).toEqual(kind(plan, 'section').slice(2).map((p) => p.id)); // all but （一） and （二）
    for (const p of t) {
      // The first unit printed in the statement leads; the rule is stated in the first statement.
      const first = /[（(]\s*(?:由)?([^、，（）()]+?)(?:、|等|牵头|负责)/u.exec(p.ownership!.statement!)![1];
      expect(p.lead, p.id).toEqual([first]);
      expect(p.responsible, p.id).toEqual([]);
    }
    expect(t[0]).toMatchObject({ lead: ['工业和信息化部'], cooperating: ['发展改革委', '科技部', '农业农村部'] });
    expect(t.find((p) => p.num === '（十九）')!.lead).toEqual(['各省级人民政府']);
    expect(t.find((p) => p.num === '（十八）')!.ownership!.statement).toContain('牵头负责');
    expect(Math.max(...t.map((p) => unitsOf(p).length))).toBe(9);
    expect(distinct(t)).toBe(17);
  });

  // The targets SOURCES.md names for each goals part ("一 states targets: …"), and 006's, read by a person from
  // its 主要目标 paragraph. Figures the document gives as "about" (左右) or "respectively" (分别) are not read:
  // 007's "稳定在11亿千瓦左右" among them. Each is [subject, value, bound, unit, deadline].
  const targetsOf = (f: string) => load(f).targets.map((t) => [t.subject, t.value, t.bound, t.unit, t.deadline]);
  it('the targets each goals part states, in its own words, with their deadlines', () => {
    expect(targetsOf(files.medical)).toEqual([
      ['首次获批境内第三类医疗器械注册证', 500, 'more-than', '件', 2027],
      ['在海外市场获批医疗器械产品', 100, 'more-than', '件', 2027],
      ['龙头企业', 2, 'exact', '家', 2027],
      ['高端医疗器械产业集聚区', 3, 'exact', '个', 2027],
    ]);
    expect(targetsOf(files.bci)).toEqual([
      ['侵入式、半侵入式脑机接口产品完成医疗器械型式检验', 5, 'at-least', '款', 2027],
      ['自主创新企业', 5, 'at-least', '家', 2027],
      ['产业链骨干企业', 10, 'at-least', '家', 2027],
    ]);
    expect(targetsOf(files.services)).toEqual([]);
    expect(targetsOf(files.beidou)).toEqual([
      ['北斗时空信息产业规模', 1000, 'exact', '亿元', 2023],
      ['北斗高精度导航定位产业规模', 500, 'more-than', '亿元', 2023],
      ['产业链优质企业', 100, 'exact', '家', 2023],
      ['上市企业', 5, 'at-least', '家', 2023],
      ['北斗高精度国家标准', 10, 'at-least', '项', 2023],
    ]);
    expect(targetsOf(files.family)).toEqual([
      ['重点人群签约服务覆盖率', 80, 'at-least', '%', 2023],
      ['重点人群续约率', 80, 'at-least', '%', 2023],
      ['签约服务覆盖率', 75, 'at-least', '%', 2035],
      ['重点人群签约服务覆盖率', 95, 'exact', '%', 2035],
    ]);
    const farm = targetsOf(files.farm);
    expect(farm.filter((t) => t[3] === '%').map((t) => [t[1], t[4]])).toEqual([[70, 2020], [75, 2025], [55, 2025], [45, 2025], [60, 2025], [30, 2025]]);
    expect(farm.filter((t) => t[0] === '全国农机总动力')).toEqual([['全国农机总动力', 10, 'more-than', '亿千瓦', 2020]]);
    // Every target points at its goals clause and quotes the words it was read from.
    for (const f of Object.values(files)) {
      for (const t of load(f).targets) expect(t.quote, `${f} ${t.id}`).toContain(String(t.value));
    }
  });
});

if (!present)
  describe('corpus', () => {
    it.skip(`skipped: no corpus at ${corpus}`, () => {});
  });
