/** Small helpers shared by the SVG renderers: escaping, text width estimates, marks. */

export function esc(s: string | number): string {
  return String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Estimated width in px of a label: CJK and full-width characters take a full em, others about half. */
export function textWidth(s: string, size = 13): number {
  let w = 0;
  for (const ch of s) w += /[\u2E80-\uFFEF]/.test(ch) ? size : /[A-Z0-9]/.test(ch) ? size * 0.64 : size * 0.54;
  return Math.ceil(w);
}

export function fit(s: string, px: number, size = 13): string {
  if (textWidth(s, size) <= px) return s;
  let out = '';
  for (const ch of s) {
    if (textWidth(`${out}${ch}…`, size) > px) break;
    out += ch;
  }
  return `${out}…`;
}

/** A chart mark: a link to the figure's source, named by its tooltip text, with facet tokens for the filters. */
export interface Mark {
  href: string;
  tip: string;
  tokens: string[];
  /** Stable key for tests and the island ("part_3__sec_1__item_1", "att_5__tbl_1__row_1:2019"). */
  key: string;
}

export function markOpen(m: Mark, cls = ''): string {
  return `<a class="ex-mark${cls ? ` ${cls}` : ''}" href="${esc(m.href)}" aria-label="${esc(m.tip)}" data-tip="${esc(m.tip)}" data-key="${esc(m.key)}" data-f="${esc(m.tokens.join(' '))}"><title>${esc(m.tip)}</title>`;
}

/** A chart's <svg> open tag. Its natural width reaches the stylesheet through sizeCss(), not a style attribute (CSP). */
export function svgOpen(id: string, width: number, height: number, labelledBy: string): string {
  return `<svg class="ex-svg" id="${esc(id)}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="group" aria-labelledby="${esc(labelledBy)}" data-chart="${esc(id)}">`;
}

/** `#id{--w:…px}` for every chart svg opened by svgOpen() in `svgs`: the natural width the stylesheet scales from. */
export function sizeCss(svgs: string[]): string {
  const rules: string[] = [];
  for (const svg of svgs) {
    for (const m of svg.matchAll(/<svg class="ex-svg" id="([^"]+)" viewBox="0 0 ([\d.]+) /g)) rules.push(`#${m[1]}{--w:${m[2]}px}`);
  }
  return rules.join('');
}

export const r1 = (n: number) => Math.round(n * 10) / 10;

/** Break a label into at most `max` lines of `px` width (at spaces for Latin text), the last one fitted. */
export function wrap(s: string, px: number, size = 13, max = 2): string[] {
  if (textWidth(s, size) <= px) return [s];
  const words = /\s/.test(s) ? s.split(/(?<=\s)/) : [...s];
  const lines: string[] = [];
  let cur = '';
  for (const w of words) {
    if (cur && textWidth(`${cur}${w}`.trimEnd(), size) > px && lines.length < max - 1) {
      lines.push(cur.trimEnd());
      cur = w.trimStart();
    } else cur += w;
  }
  lines.push(fit(cur.trim(), px, size));
  return lines;
}

/** A label of one or two lines, vertically centred on `cy`. */
export function labelText(cls: string, x: number, cy: number, lines: string[], anchor = 'end', lineH = 14): string {
  if (lines.length === 1) return `<text class="${cls}" x="${x}" y="${cy + 4.5}" text-anchor="${anchor}">${esc(lines[0]!)}</text>`;
  const y0 = cy + 4.5 - ((lines.length - 1) * lineH) / 2;
  return `<text class="${cls}" x="${x}" y="${y0}" text-anchor="${anchor}">${lines.map((l, i) => `<tspan x="${x}" dy="${i === 0 ? 0 : lineH}">${esc(l)}</tspan>`).join('')}</text>`;
}
