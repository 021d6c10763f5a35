/**
 * Glossary terms are used consistently: for each glossary entry whose Chinese term governs a provision's
 * (or table cell's) Chinese text, one of its accepted English renderings occurs in the English text.
 * Accepted renderings and matching rules: ./glossary-check.ts. The two files (glossary.json, drawn up with
 * the plan, and glossary-attachments.json, with the attachments) are one glossary: a term both list has one
 * rendering, and every text — plan, attachments and tables — is checked against all of it.
 */
import { describe, expect, it } from 'vitest';
import { flat, plan } from '../../../src/lib/plan';
import { edition } from '../../../src/lib/english';
import { glossaryConflicts, hasForm, missingTerms, normalise, oneGlossary, renderings, termsIn, toTerms, type Exception } from './glossary-check';

/** Known exceptions, as "id 术语". Keep this empty; a new entry needs a reason in the commit. */
const ALLOWED: string[] = [];

describe('English edition: glossary', () => {
  it('the matcher: renderings, nesting, plurals, case, wildcards', () => {
    expect(renderings({ en: 'lead unit(s)' })).toEqual(['lead unit']);
    expect(renderings({ en: 'at least / or above', note: '"100 项以上" → "at least 100"' })).toEqual(['at least', 'or above', 'at least 100']);
    expect(renderings({ en: 'transfer (short: "transfer of S&T results")' })).toContain('transfer of S&T results');
    const terms = toTerms([{ zh: '专项', en: 'special programme' }, { zh: '科技重大专项', en: 'major science and technology projects' }]);
    expect(termsIn('实施科技重大专项', terms).map((t) => t.zh)).toEqual(['科技重大专项']);
    expect(termsIn('科技重大专项和专项资金', terms).map((t) => t.zh)).toEqual(['科技重大专项', '专项']);
    const hay = normalise('Implement Major Science-and-Technology Project; key lightning-protection technologies; establishing');
    expect(hasForm(hay, 'major science and technology projects')).toBe(true);
    expect(hasForm(hay, 'key … technologies')).toBe(true);
    expect(hasForm(hay, 'establish')).toBe(true);
    expect(hasForm(hay, 'special programme')).toBe(false);
  });

  it('every governing glossary term is rendered as the glossary says (exceptions reported)', () => {
    const terms = oneGlossary(edition.glossary.plan, edition.glossary.attachments);
    const exceptions: Exception[] = [];
    let checked = 0;
    for (const { node } of flat) {
      const t = edition.provisions[node.id]!;
      if (t.status === 'untranslated') continue;
      const r = missingTerms(node.id, `${node.title ?? ''}\n${node.text}`, `${t.title ?? ''}\n${t.text}`, terms);
      checked += r.checked;
      exceptions.push(...r.exceptions);
    }
    for (const tb of plan.tables) {
      const t = edition.tables[tb.id]!;
      for (const r of [...tb.rows, ...tb.totals]) {
        for (const c of tb.columns) {
          const zh = r.cells[c.key] ?? '';
          if (!zh.trim()) continue;
          const res = missingTerms(`${r.id}.${c.key}`, zh, (t.rows[r.id] ?? t.totals[r.id])?.[c.key] ?? '', terms);
          checked += res.checked;
          exceptions.push(...res.exceptions);
        }
      }
    }
    const found = exceptions.map((e) => `${e.id} ${e.zh}`);
    console.log(`[glossary] ${checked} term uses checked, ${exceptions.length} exceptions${found.length ? `: ${found.join('; ')}` : ''}`);
    expect(checked).toBeGreaterThan(500);
    expect(found.filter((x) => !ALLOWED.includes(x))).toEqual([]);
  });

  it('the two glossary files agree: a term both list has one rendering (the checker catches a disagreement)', () => {
    const a = [{ zh: '载体', en: 'carriers', note: 'singular: "carrier"' }, { zh: '高校', en: 'universities' }];
    expect(glossaryConflicts(a, [{ zh: '载体', en: 'carrier' }, { zh: '高等学校 / 高校', en: 'universities' }])).toEqual([]);
    expect(glossaryConflicts(a, [{ zh: '载体', en: 'vehicles' }]).map((c) => c.zh)).toEqual(['载体']);
    expect(glossaryConflicts(a, [{ zh: '高等学校 / 高校', en: 'higher education institutions' }]).map((c) => c.zh)).toEqual(['高校']);
    const found = glossaryConflicts(edition.glossary.plan, edition.glossary.attachments);
    expect(found.map((c) => `${c.zh}: ${c.a.join(' | ')} ≠ ${c.b.join(' | ')}`)).toEqual([]);
  });

  it('the glossary has no empty or duplicate entries, and one rendering per term in each file', () => {
    for (const list of [edition.glossary.plan, edition.glossary.attachments]) {
      const seen = new Map<string, string>();
      for (const g of list) {
        expect(g.zh.trim(), JSON.stringify(g)).not.toBe('');
        expect(g.en.trim(), JSON.stringify(g)).not.toBe('');
        expect(seen.get(g.zh), `${g.zh} listed twice`).toBeUndefined();
        seen.set(g.zh, g.en);
      }
    }
  });
});
