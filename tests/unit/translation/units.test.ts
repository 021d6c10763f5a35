/** Unit names: the English task parentheticals and table cells name each unit as units.json does. */
import { describe, expect, it } from 'vitest';
import { flat, plan, unitByName } from '../../../src/lib/plan';
import { edition, enUnitName, linkUnitsEn } from '../../../src/lib/english';

describe('English edition: unit names', () => {
  it('every task ends with its parenthetical built from the units.json names, in the order of the Chinese', () => {
    const bad: string[] = [];
    const tasks = flat.filter((f) => f.node.ownership);
    for (const { node } of tasks) {
      const t = edition.provisions[node.id]!;
      if (t.status === 'untranslated') continue;
      const o = node.ownership!;
      const names = (xs: string[]) => xs.map((n) => enUnitName(n) ?? `<no English for ${n}>`).join(', ');
      const lead = `Lead unit${o.lead.length > 1 ? 's' : ''}: ${names(o.lead)}${o.leadsSeparately ? ', each responsible within its remit' : ''}`;
      const coop = o.cooperating.length > 0 ? `; cooperating units: ${names(o.cooperating)}` : '';
      const expected = `(${lead}${coop})`;
      if (!t.text.endsWith(expected)) bad.push(`${node.id}\n  expected …${expected}\n  found    …${t.text.slice(t.text.lastIndexOf('(Lead'))}`);
    }
    expect(bad.join('\n')).toBe('');
    expect(tasks.length).toBeGreaterThan(0);
  });

  it('every unit a table cell names is named in the English cell by its units.json name, and links', () => {
    const bad: string[] = [];
    for (const tb of plan.tables) {
      const t = edition.tables[tb.id]!;
      for (const r of tb.rows) {
        for (const [key, names] of Object.entries(r.units ?? {})) {
          const cell = t.rows[r.id]?.[key] ?? '';
          const units = names.filter((n) => unitByName.has(n));
          for (const n of units) if (!cell.toLowerCase().includes((enUnitName(n) ?? '\u0000').toLowerCase())) bad.push(`${r.id}.${key}: ${n} → ${enUnitName(n)} not in ${JSON.stringify(cell)}`);
          const linked = linkUnitsEn(cell, units);
          expect(linked.map((p) => p.text).join('')).toBe(cell);
        }
      }
    }
    expect(bad).toEqual([]);
  });

  it('the glossary gives each department the units.json name', () => {
    const bad = [...edition.glossary.plan, ...edition.glossary.attachments]
      .filter((g) => g.zh in edition.units && g.en !== edition.units[g.zh])
      .map((g) => `${g.zh}: glossary ${g.en} ≠ units.json ${edition.units[g.zh]}`);
    expect(bad).toEqual([]);
  });
});

describe('English edition: unit names checked against sources (unit-sources.json)', () => {
  const names = edition.unitSources.names;

  it('records only names the edition uses, and cites a source for every name it calls confirmed', () => {
    const cc = new Set(plan.document.cc);
    const stray = Object.keys(names).filter((zh) => !(zh in edition.units) && !cc.has(zh));
    expect(stray).toEqual([]);
    for (const [zh, c] of Object.entries(names)) {
      if (c.status !== 'own') expect(c.sources.length, zh).toBeGreaterThan(0);
      for (const s of c.sources) expect(s.url, zh).toMatch(/^https?:\/\/[^/\s]+\.[a-z]{2,}\//);
    }
  });

  it('covers every unit name the review rated medium or low, and the cc entry it questioned', () => {
    // translation-review.md §5: names rated M, M/L, L–M or L, and 广西军区 in the copy list.
    const questioned = ['自治区糖业发展办', '自治区林业局', '自治区广播电视局', '自治区地方金融监督管理局', '自治区政府督查室',
      '广西广播电视台', '广西日报社', '自治区绩效办', '自治区海洋局', '国家税务总局广西壮族自治区税务局', '广西军区'];
    expect(questioned.filter((zh) => !names[zh])).toEqual([]);
  });

  it('a confirmed name is one the source uses: its distinctive words appear in the wording seen', () => {
    // "of the Autonomous Region" stands for the region's name, which sources write as "Guangxi" or in full.
    const generic = new Set(['of', 'the', 'and', 'autonomous', 'region', 'guangxi', 'zhuang']);
    const words = (s: string) => s.toLowerCase().replace(/[^a-z ]/g, ' ').split(/\s+/).filter((w) => w && !generic.has(w));
    const bad: string[] = [];
    for (const [zh, c] of Object.entries(names)) {
      if (c.status !== 'confirmed') continue;
      const en = enUnitName(zh) ?? edition.document.cc[plan.document.cc.indexOf(zh)] ?? '';
      const seen = c.sources.map((s) => s.seen.toLowerCase()).join(' | ');
      const missing = words(en).filter((w) => !seen.includes(w));
      if (missing.length) bad.push(`${zh} (${en}): ${missing.join(', ')} not in ${seen}`);
    }
    expect(bad).toEqual([]);
  });
});
