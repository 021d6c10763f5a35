/**
 * Glossary consistency, as a function the tests (and a person checking a translation) can run:
 * for each glossary entry whose Chinese term occurs in a provision's Chinese text, one of its accepted
 * English renderings must occur in the provision's English text.
 *
 * Accepted renderings of an entry: the alternatives of its `en` (split at " / " and "; ", parenthetical
 * glosses dropped, "(short: …)" forms added), plus every English form its `note` quotes (“…” or "…"):
 * a note such as `产学研融合 → "industry–university–research integration"` lists a context form.
 * Comparison ignores case, quotation marks, hyphens and dashes, and plural endings; the last word of a
 * form may be the start of a longer word ("establish" → "establishing"), and "…" in a form stands for
 * up to eight words ("key … technologies" accepts "key lightning-protection technologies").
 * A term found only inside a longer glossary term (专项 in 科技重大专项) is governed by the longer term.
 */
import type { GlossaryEntry } from '../../../scripts/model/translation';

const CJK = /[\u3400-\u9fff]/u;

export interface Term {
  zh: string;
  forms: string[];
  entry: GlossaryEntry;
}

/** Lower case, no quotes, hyphens and dashes as spaces, crude singular of each word, single spaces, padded. */
export function normalise(s: string): string {
  const words = s
    .toLowerCase()
    .replace(/[“”"‘’'«»]/g, '')
    .replace(/[‐-―−–—-]/g, ' ')
    .replace(/…/g, ' … ')
    .replace(/[^a-z0-9&… ]+/g, ' ')
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => (w.length > 3 && w.endsWith('ies') ? `${w.slice(0, -3)}y` : w.length > 3 && /[^s]s$/.test(w) ? w.slice(0, -1) : w));
  return ` ${words.join(' ')} `;
}

/** The English forms an entry accepts. */
export function renderings(e: { en: string; note?: string }): string[] {
  const out: string[] = [];
  for (let alt of e.en.split(/\s+\/\s+|;\s+/)) {
    const short = alt.match(/\(short:\s*["“]?([^"”)]+)["”]?\)/);
    if (short) out.push(short[1]!);
    alt = alt.replace(/\(short:[^)]*\)/, '').replace(/^short:\s*/, '');
    out.push(alt.replace(/\(s\)/g, '').replace(/\([^)]*\)/g, '').replace(/^the\s+/i, '').trim());
  }
  for (const m of (e.note ?? '').matchAll(/[“"]([^”"]+)[”"]/g)) if (!CJK.test(m[1]!)) out.push(m[1]!.replace(/\bN\b/g, '').trim());
  return [...new Set(out.filter((f) => normalise(f).trim() !== ''))];
}

/** Entries → terms; "A / B" Chinese with "a / b" English becomes two terms. */
export function toTerms(entries: GlossaryEntry[]): Term[] {
  const out: Term[] = [];
  for (const e of entries) {
    const zs = e.zh.split(/\s*\/\s*/);
    const es = e.en.split(/\s+\/\s+/);
    if (zs.length > 1 && zs.length === es.length) zs.forEach((zh, i) => out.push({ zh, forms: renderings({ en: es[i]!, note: e.note }), entry: e }));
    else for (const zh of zs) out.push({ zh, forms: renderings(e), entry: e });
  }
  return out;
}

/** Terms that govern a Chinese text: those occurring at least once outside a longer term's occurrence. */
export function termsIn(zh: string, terms: Term[]): Term[] {
  const sorted = [...terms].sort((a, b) => b.zh.length - a.zh.length);
  const covered = new Array<boolean>(zh.length).fill(false);
  const found: Term[] = [];
  for (const t of sorted) {
    let free = false;
    const spans: number[] = [];
    for (let at = zh.indexOf(t.zh); at >= 0; at = zh.indexOf(t.zh, at + 1)) {
      spans.push(at);
      if (!covered.slice(at, at + t.zh.length).every(Boolean)) free = true;
    }
    for (const at of spans) for (let i = at; i < at + t.zh.length; i++) covered[i] = true;
    if (free) found.push(t);
  }
  return found;
}

export interface Exception {
  id: string;
  zh: string;
  forms: string[];
}

/** The governing terms of `zh` whose renderings are all missing from `en`. */
/** Whether the (normalised) English text contains a form. */
export function hasForm(hay: string, form: string): boolean {
  const words = normalise(form).trim().split(' ');
  const esc = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = words
    .map((w, i) => (w === '…' ? '(?:\\S+ ){0,8}' : `${esc(w)}${i === words.length - 1 ? '\\S*' : ''} `))
    .join('');
  return new RegExp(` ${re}`).test(`${hay} `);
}

export function missingTerms(id: string, zh: string, en: string, terms: Term[]): { checked: number; exceptions: Exception[] } {
  const hay = normalise(en);
  const governing = termsIn(zh, terms);
  const exceptions = governing
    .filter((t) => !t.forms.some((f) => hasForm(hay, f)))
    .map((t) => ({ id, zh: t.zh, forms: t.forms }));
  return { checked: governing.length, exceptions };
}

export interface Conflict {
  zh: string;
  a: string[];
  b: string[];
}

/**
 * Terms two glossaries both list but render differently: one term, one rendering. Each side is the
 * term's accepted forms (its `en` and the forms its note quotes), compared as the matcher compares them
 * (normalised), so "innovation platforms" and "innovation platform" agree, "carriers" and "vehicles" do not.
 */
export function glossaryConflicts(a: GlossaryEntry[], b: GlossaryEntry[]): Conflict[] {
  const key = (t: Term) => [...new Set(t.forms.map((f) => normalise(f).trim()))].sort();
  const inB = new Map<string, Term>();
  for (const t of toTerms(b)) inB.set(t.zh, t);
  const out: Conflict[] = [];
  for (const t of toTerms(a)) {
    const u = inB.get(t.zh);
    if (u && key(t).join('|') !== key(u).join('|')) out.push({ zh: t.zh, a: t.forms, b: u.forms });
  }
  return out;
}

/** Both glossaries as one list of terms (a term both list, once). */
export function oneGlossary(...lists: GlossaryEntry[][]): Term[] {
  const seen = new Map<string, Term>();
  for (const list of lists) for (const t of toTerms(list)) if (!seen.has(t.zh)) seen.set(t.zh, t);
  return [...seen.values()];
}
