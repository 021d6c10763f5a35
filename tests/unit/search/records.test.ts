import { describe, expect, it } from 'vitest';
import { buildRecords, englishFilterLabels, filterValueOrder, heading, type SearchRecord } from '../../../src/search/records';
import { loadEnglish } from '../../../src/search/english-edition';
import { plan, permalink, entryPath } from '../../../src/lib/plan';
import { localize, unlocalize } from '../../../src/i18n';
import type { Provision } from '../../../scripts/model/plan';

const en = loadEnglish();
const input = { plan, urlOf: (id: string) => permalink('zh-CN', id), noticeUrl: localize('zh-CN', entryPath('notice')), toEnglish: (u: string) => localize('en', unlocalize(u).path) };
const records = buildRecords({ ...input, en });
const zh = records.filter((r) => r.language === 'zh-cn');
const byId = new Map(zh.map((r) => [r.meta.id, r]));
const provisions = (function walk(nodes: Provision[]): Provision[] {
  return nodes.flatMap((n) => [n, ...walk(n.children)]);
})(plan.provisions);
const rows = plan.tables.flatMap((t) => t.rows);
const totals = plan.tables.flatMap((t) => t.totals);

describe('search records', () => {
  it('one Chinese record per provision, table row and stated total, plus the notice', () => {
    expect(zh.length).toBe(provisions.length + rows.length + totals.length + 1);
    for (const id of [...provisions, ...rows, ...totals].map((x) => x.id)) expect(byId.has(id), id).toBe(true);
  });

  it('each url is the permalink of its id; titles start with the citation', () => {
    for (const r of zh) {
      if (!r.meta.id) continue;
      expect(r.url).toBe(permalink('zh-CN', r.meta.id));
      expect(r.url.endsWith(`#${r.meta.id}`)).toBe(true);
      expect(r.meta.title.startsWith(r.meta.citation), r.meta.title).toBe(true);
    }
    expect(byId.get('part_3__sec_1__item_7')!.meta.title).toBe('三（一）7 电子信息领域');
    expect(byId.get('part_3__sec_1__item_7')!.meta.context).toBe('三、主要任务 › （一）组织重大产业科技攻关');
  });

  it('tasks carry their lead and cooperating units; shortened names are given in full', () => {
    for (const p of provisions.filter((x) => x.lead?.length)) {
      const r = byId.get(p.id)!;
      expect(r.filters.type).toEqual(['task']);
      expect(r.filters.lead).toEqual(p.lead);
      expect(r.filters.cooperating ?? []).toEqual(p.cooperating ?? []);
      for (const name of [...p.lead!, ...(p.cooperating ?? [])]) expect(r.content, `${p.id} ${name}`).toContain(name);
    }
    // Printed "绩效办" → the record names 自治区绩效办.
    expect(byId.get('part_4__sec_7')!.content).toContain('单位全称：');
    expect(byId.get('part_4__sec_7')!.content).toContain('自治区绩效办');
  });

  it('the 13 field tasks and the rows that name a field carry it', () => {
    const fieldTasks = zh.filter((r) => r.filters.field && r.filters.type?.[0] === 'task');
    expect(fieldTasks.length).toBe(plan.targets.filter((t) => t.kind === 'field-count').length);
    expect(fieldTasks.length).toBe(13);
    expect(byId.get('part_3__sec_1__item_1')!.filters.field).toEqual(['汽车领域']);
    expect(byId.get('att_3__tbl_1__row_1')!.filters.field).toEqual(['汽车领域']);
  });

  it('city rows carry their city and the years they set; rows carry the units the table names', () => {
    const r = byId.get('att_5__tbl_1__row_2')!;
    expect(r.filters.city).toEqual(['柳州']);
    expect(r.filters.year).toEqual(['2018', '2019', '2020']);
    expect(r.filters.attachment).toEqual([heading(plan.provisions.find((p) => p.id === 'att_5')!)]);
    expect(r.content).toContain('2019年 70 项');
    expect(byId.get('att_2__tbl_1__row_1')!.filters.lead).toEqual(['自治区科技厅']);
    // Milestones broken down by city make the provision a city result too.
    expect(byId.get('att_4__part_3__sec_1')!.filters.city).toEqual(['南宁', '柳州', '桂林']);
  });

  it('totals are searchable by what they say', () => {
    expect(byId.get('att_1__tbl_1__total')!.content).toContain('核心技术 44 项');
    expect(byId.get('att_5__tbl_1__total')!.content).toContain('合计 1122 项');
  });

  it('filters name only known keys and no empty lists', () => {
    for (const r of records) {
      for (const [k, v] of Object.entries(r.filters)) {
        expect(['type', 'part', 'attachment', 'field', 'lead', 'cooperating', 'city', 'year']).toContain(k);
        expect(v!.length).toBeGreaterThan(0);
      }
    }
  });
});

describe('English records', () => {
  it.runIf(en)('an English record for each translated provision and row, on the English page, same id', () => {
    const enRecords = records.filter((r) => r.language === 'en');
    expect(enRecords.length).toBeGreaterThan(0);
    for (const r of enRecords) {
      const z = r.meta.id ? byId.get(r.meta.id)! : zh.find((x) => !x.meta.id)!;
      expect(r.url).toBe(localize('en', unlocalize(z.url).path));
      expect(r.filters).toEqual(z.filters);
    }
  });

  it('without an English edition there are only Chinese records', () => {
    const only: SearchRecord[] = buildRecords(input);
    expect(only.every((r) => r.language === 'zh-cn')).toBe(true);
    expect(only.length).toBe(zh.length);
  });

  it.runIf(en)('English filter labels name units and fields', () => {
    const labels = englishFilterLabels(plan, en);
    expect(labels['自治区科技厅']).toMatch(/Science and Technology/);
    expect(labels['汽车领域']).toBeTruthy();
    expect(labels['柳州']).toBe('Liuzhou');
  });
});

describe('filterValueOrder', () => {
  it('lists every filter value once (not the types or years), in zh-CN collation', () => {
    const order = filterValueOrder(records);
    expect(new Set(order).size).toBe(order.length);
    const values = new Set(records.flatMap((r) => Object.entries(r.filters).filter(([k]) => k !== 'type' && k !== 'year').flatMap(([, vs]) => vs ?? [])));
    expect(new Set(order)).toEqual(values);
    expect(order).toEqual([...values].sort((a, b) => a.localeCompare(b, 'zh-CN')));
    // Pinyin, not code points: 柳州 (liǔ) before 南宁 (nán), though 柳 U+67F3 > 南 U+5357.
    expect(order.indexOf('柳州')).toBeGreaterThanOrEqual(0);
    expect(order.indexOf('柳州')).toBeLessThan(order.indexOf('南宁'));
  });
});
