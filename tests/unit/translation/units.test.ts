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
