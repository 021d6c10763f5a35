/**
 * What the clause page should highlight for a result, and the link that carries it (`?hl=`).
 * The whole query is highlighted when the text has it; otherwise the words Pagefind matched, joined where
 * they touch ("研发费用" + "加计扣除"), never single Chinese characters.
 */

/** Highlight terms for a result: the query first, then the matched words of the excerpt. */
export function highlightTerms(query: string, excerptHtml: string): string[] {
  const q = query.trim().replace(/\s+/g, ' ');
  if (!q) return [];
  const out = [q];
  const joined = excerptHtml.replace(/<\/mark>(\s*)<mark>/g, '$1');
  for (const m of joined.matchAll(/<mark>([^<]*)<\/mark>/g)) {
    const term = m[1]!.trim();
    if (isUsefulTerm(term) && !out.includes(term)) out.push(term);
  }
  return out.slice(0, 6);
}

/** A single Han character (or any single character) would light up the whole clause: skip it. */
export function isUsefulTerm(term: string): boolean {
  return [...term].length > 1;
}

/** The result's url with `?hl=` terms before its fragment: `/plan/part_3/?hl=石墨烯#part_3__sec_1__item_10`. */
export function resultHref(url: string, terms: string[]): string {
  if (terms.length === 0) return url;
  const hash = url.indexOf('#');
  const path = hash >= 0 ? url.slice(0, hash) : url;
  const frag = hash >= 0 ? url.slice(hash) : '';
  const p = new URLSearchParams();
  for (const t of terms) p.append('hl', t);
  return `${path}${path.includes('?') ? '&' : '?'}${p.toString()}${frag}`;
}
