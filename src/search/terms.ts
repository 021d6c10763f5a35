/**
 * Excerpts and highlight terms. Pagefind marks the words it matched, one <mark> per word it split the
 * text into ("<mark>石墨</mark><mark>烯</mark>"), and sometimes lone characters ("各设<mark>区</mark>市").
 * Results show, and clause pages highlight, whole words and the whole query, never single characters.
 */

/**
 * Labels of the line a record adds to name shortened units in full ("单位全称：自治区工业和信息化厅"): it makes
 * the record findable by the full name, but the document does not print it.
 */
export const FULL_NAMES_LABEL = { 'zh-cn': '单位全称：', en: 'Units in full: ' } as const;

/**
 * A record's content as the document prints it: without the full-names line, which is always last
 * (Pagefind gives content back with its line breaks turned into spaces, so cut at the label).
 */
export function printedText(content: string): string {
  let end = content.length;
  for (const label of Object.values(FULL_NAMES_LABEL)) {
    const at = content.lastIndexOf(label);
    if (at >= 0) end = Math.min(end, at);
  }
  return content.slice(0, end);
}

/** Whether a record prints every space-separated part of the query (ignoring spaces and Latin case). */
export function printsQuery(content: string, query: string): boolean {
  const parts = query.toLowerCase().split(/\s+/).filter(Boolean);
  const text = printedText(content).replace(/\s+/g, '').toLowerCase();
  return parts.length > 0 && parts.every((p) => text.includes(p));
}

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

/**
 * Highlight terms for a result: the query first, then the whole words the excerpt marks. The excerpt is given
 * as Pagefind's HTML, or as its pieces when the caller has them already.
 */
export function highlightTerms(query: string, excerpt: string | Piece[]): string[] {
  const q = query.trim().replace(/\s+/g, ' ');
  if (!q) return [];
  const out = [q];
  for (const p of typeof excerpt === 'string' ? excerptPieces(excerpt) : excerpt) {
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
