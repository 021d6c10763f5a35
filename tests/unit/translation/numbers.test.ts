/** Numbers in the English text equal those in the Chinese: the multiset of Arabic numbers, unit by unit. */
import { describe, expect, it } from 'vitest';
import { doc, flat, plan } from '../../../src/lib/plan';
import { edition } from '../../../src/lib/english';

/** Arabic numbers (integers and decimals, full-width digits read as ASCII), sorted: a multiset. */
export function numbers(s: string): string[] {
  const ascii = s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(/．/g, '.');
  return (ascii.match(/\d+(?:\.\d+)?/g) ?? []).sort();
}

describe('English edition: numbers', () => {
  it('the multiset of Arabic numbers in each English provision (title and text) equals the Chinese one', () => {
    const bad: string[] = [];
    let n = 0;
    for (const { node } of flat) {
      const t = edition.provisions[node.id]!;
      if (t.status === 'untranslated') continue;
      const zh = numbers(`${node.title ?? ''} ${node.text}`);
      const en = numbers(`${t.title ?? ''} ${t.text}`);
      n += zh.length;
      if (zh.join(' ') !== en.join(' ')) bad.push(`${node.id}: ${zh.join(' ')} ≠ ${en.join(' ')}`);
    }
    expect(bad).toEqual([]);
    expect(n).toBeGreaterThan(100);
  });

  it('…and in each table cell, header, category and total', () => {
    const bad: string[] = [];
    for (const tb of plan.tables) {
      const t = edition.tables[tb.id]!;
      if (t.status === 'untranslated') continue;
      const check = (where: string, zh: string, en: string) => {
        if (numbers(zh).join(' ') !== numbers(en).join(' ')) bad.push(`${where}: ${JSON.stringify(zh)} ≠ ${JSON.stringify(en)}`);
      };
      check(`${tb.id} title`, tb.title, t.title);
      for (const c of tb.categories) check(c.id, c.title, t.categories[c.id] ?? '');
      for (const r of [...tb.rows, ...tb.totals]) {
        const en = t.rows[r.id] ?? t.totals[r.id] ?? {};
        for (const c of tb.columns) check(`${r.id}.${c.key}`, r.cells[c.key] ?? '', en[c.key] ?? '');
      }
    }
    expect(bad).toEqual([]);
  });

  it('…and in the notice, titles and attachment titles', () => {
    const d = edition.document;
    expect(numbers(d.noticeText)).toEqual(numbers(doc.noticeText ?? ''));
    expect(numbers(d.noticeTitle)).toEqual(numbers(doc.noticeTitle ?? ''));
    expect(numbers(d.planTitle)).toEqual(numbers(doc.planTitle));
    for (const a of doc.attachments) expect(numbers(d.attachments[a.id] ?? ''), a.id).toEqual(numbers(a.title));
    // The document number's own figures: 2018 and 51.
    expect(numbers(d.docNumber)).toEqual(numbers(doc.docNumber ?? ''));
  });

  it('…and in each target quote', () => {
    const bad = plan.targets
      .filter((x) => numbers(x.quote).join(' ') !== numbers(edition.targets[x.id]?.quote ?? '').join(' '))
      .map((x) => x.id);
    expect(bad).toEqual([]);
  });
});
