/**
 * Excerpts and highlight terms. Pagefind marks the words it matched, one <mark> per word it split the
 * text into ("<mark>石墨</mark><mark>烯</mark>"), and sometimes lone characters ("各设<mark>区</mark>市").
 * Results show, and clause pages highlight, whole words and the whole query, never single characters.
 */

export interface Piece {
  text: string;
  mark: boolean;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", apos: "'" };
function decode(s: string): string {
  return s.replace(/&(amp|lt|gt|quot|#39|apos);/g, (_, e: string) => ENTITIES[e]!);
}

/** A Pagefind excerpt as text pieces: touching marks joined, one-character marks unmarked. */
export function excerptPieces(html: string): Piece[] {
  const joined = html.replace(/<\/mark><mark>/g, '');
  const out: Piece[] = [];
  let inMark = false;
  for (const part of joined.split(/(<mark>|<\/mark>)/)) {
    if (part === '<mark>') inMark = true;
    else if (part === '</mark>') inMark = false;
    else if (part) {
      const text = decode(part.replace(/<[^>]*>/g, ''));
      const mark = inMark && isUsefulTerm(text.trim());
      const last = out[out.length - 1];
      if (last && last.mark === mark) last.text += text;
      else out.push({ text, mark });
    }
  }
  return out;
}

/** A single character (a lone Han character especially) would light up the whole clause: skip it. */
export function isUsefulTerm(term: string): boolean {
  return [...term].length > 1;
}

/** Highlight terms for a result: the query first, then the whole words the excerpt marks. */
export function highlightTerms(query: string, excerptHtml: string): string[] {
  const q = query.trim().replace(/\s+/g, ' ');
  if (!q) return [];
  const out = [q];
  for (const p of excerptPieces(excerptHtml)) {
    const term = p.text.replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, '');
    if (p.mark && isUsefulTerm(term) && !out.includes(term)) out.push(term);
  }
  return out.slice(0, 6);
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
