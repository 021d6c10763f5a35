/** Small helpers shared by the SVG renderers: escaping, text width estimates, marks. */
import { chineseOnly } from '../../lib/mixed';

export function esc(s: string | number): string {
  return String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Estimated width in px of a label: CJK and full-width characters take a full em, others about half. */
export function textWidth(s: string, size = 13): number {
  let w = 0;
  for (const ch of s) w += /[\u2E80-\uFFEF]/.test(ch) ? size : /[A-Z0-9]/.test(ch) ? size * 0.64 : size * 0.54;
  return Math.ceil(w);
}

export type Measure = (s: string, size: number) => number;

export function fit(s: string, px: number, size = 13, measure: Measure = textWidth): string {
  if (measure(s, size) <= px) return s;
  let out = '';
  for (const ch of s) {
    if (measure(`${out}${ch}…`, size) > px) break;
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

/**
 * Every chart is drawn twice: the wide (desktop) layout and a narrow one designed for a phone, where labels sit
 * above their bars and text is drawn at 1:1 on a 360 px screen. CSS shows one of them (a container query on the
 * chart box, explorer.css), so the choice needs no script and the hidden one (display: none) is neither seen
 * nor read. The narrow SVG's id is the wide one's with `-narrow`, so ids stay unique.
 */
export type Layout = 'wide' | 'narrow';

/** Width in user units of the narrow layouts: the chart box on a 360 px screen (page padding taken off). */
export const NARROW_WIDTH = 328;

/**
 * Widths for the narrow layouts, where there is no room to spare: textWidth() is an estimate that a broad font
 * (DejaVu Sans, or bold text) can exceed by a tenth or more for Latin letters and digits; CJK stays a full em.
 */
export const SAFE = 0.88;
export const SAFE_BOLD = 0.78;
const broadWith = (k: number): Measure => (s, size) => {
  let w = 0;
  for (const ch of s) w += /[\u2E80-\uFFEF]/.test(ch) ? size : textWidth(ch, size) / k;
  return Math.ceil(w);
};
export const broad = broadWith(SAFE);
export const broadBold = broadWith(SAFE_BOLD);

/** Options every drawing function takes for its narrow layout (all optional; on by default). */
export interface NarrowOptions {
  /** false: draw the wide layout only (it then shows at every width, as before). */
  narrow?: boolean;
  /** Width of the narrow layout in user units (default NARROW_WIDTH). */
  narrowWidth?: number;
}

export const svgId = (id: string, layout?: Layout) => (layout === 'narrow' ? `${id}-narrow` : id);

export function svgOpen(id: string, width: number, height: number, labelledBy: string, layout?: Layout): string {
  const sid = svgId(id, layout);
  return `<svg class="ex-svg${layout ? ` ex-${layout}` : ''}" id="${esc(sid)}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="group" aria-labelledby="${esc(labelledBy)}" data-chart="${esc(id)}"${layout ? ` data-layout="${layout}"` : ''}>`;
}

/** `#id{--w:…px}` for every chart svg opened by svgOpen() in `svgs`: the natural width the stylesheet scales from (no style attribute: CSP). */
export function sizeCss(svgs: string[]): string {
  const rules: string[] = [];
  for (const svg of svgs) {
    for (const m of svg.matchAll(/<svg class="ex-svg[^"]*" id="([^"]+)" viewBox="0 0 ([\d.]+) /g)) rules.push(`#${m[1]}{--w:${m[2]}px}`);
  }
  return rules.join('');
}

/** The wide and the narrow drawing of a chart, or the wide one alone when `narrow: false`. */
export function layouts(o: NarrowOptions, wide: (layout?: Layout) => string, narrow: (width: number) => string): string {
  if (o.narrow === false) return wide();
  return wide('wide') + narrow(o.narrowWidth ?? NARROW_WIDTH);
}

/** x and anchor of a label centred on `x` but kept inside [0, width]. */
export function clampText(s: string, x: number, width: number, size = 13): { x: number; anchor: string } {
  const w = textWidth(s, size);
  if (x - w / 2 < 0) return { x: 0, anchor: 'start' };
  if (x + w / 2 > width) return { x: width, anchor: 'end' };
  return { x, anchor: 'middle' };
}

/** Lines of a label written left-aligned from baseline `y` (narrow layouts: labels above their bars). */
export function linesText(cls: string, x: number, y: number, lines: string[], lineH = 16, anchor = 'start'): string {
  if (lines.length === 1) return `<text class="${cls}" x="${x}" y="${y}"${anchor !== 'start' ? ` text-anchor="${anchor}"` : ''}>${esc(lines[0]!)}</text>`;
  return `<text class="${cls}" x="${x}" y="${y}"${anchor !== 'start' ? ` text-anchor="${anchor}"` : ''}>${lines.map((l, i) => `<tspan x="${x}" dy="${i === 0 ? 0 : lineH}">${esc(l)}</tspan>`).join('')}</text>`;
}

export const r1 = (n: number) => Math.round(n * 10) / 10;

/** Break a label into at most `max` lines of `px` width (at spaces for Latin text), the last one fitted. */
export function wrap(s: string, px: number, size = 13, max = 2, measure: Measure = textWidth): string[] {
  if (measure(s, size) <= px) return [s];
  const words = /\s/.test(s) ? s.split(/(?<=\s)/) : [...s];
  const lines: string[] = [];
  let cur = '';
  for (const w of words) {
    if (cur && measure(`${cur}${w}`.trimEnd(), size) > px && lines.length < max - 1) {
      lines.push(cur.trimEnd());
      cur = w.trimStart();
    } else cur += w;
  }
  lines.push(fit(cur.trim(), px, size, measure));
  return lines;
}

/** A label of one or two lines, vertically centred on `cy`. */
export function labelText(cls: string, x: number, cy: number, lines: string[], anchor = 'end', lineH = 14): string {
  if (lines.length === 1) return `<text class="${cls}" x="${x}" y="${cy + 4.5}" text-anchor="${anchor}">${esc(lines[0]!)}</text>`;
  const y0 = cy + 4.5 - ((lines.length - 1) * lineH) / 2;
  return `<text class="${cls}" x="${x}" y="${y0}" text-anchor="${anchor}">${lines.map((l, i) => `<tspan x="${x}" dy="${i === 0 ? 0 : lineH}">${esc(l)}</tspan>`).join('')}</text>`;
}

/**
 * A drawing for a page in another language: each <text> or <tspan> whose text is Chinese only (a unit of another
 * plan, which has no translation) gets lang="zh-CN" (WCAG 3.1.2). A label mixing both scripts stays as it is: the
 * drawing functions write each label as one text node, which cannot carry two languages.
 */
export function markChineseLabels(svg: string): string {
  return svg.replace(/<(text|tspan)\b([^>]*)>([^<]*)(?=<)/g, (m, tag: string, attrs: string, text: string) =>
    chineseOnly(text) && !/\blang=/.test(attrs) ? `<${tag}${attrs} lang="zh-CN">${text}` : m,
  );
}
