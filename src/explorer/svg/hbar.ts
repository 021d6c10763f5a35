/** Horizontal bars, one mark per row, with an optional second value drawn as a tick (stated vs mapped). */
import { scaleLinear } from 'd3-scale';
import { max } from 'd3-array';
import { broad, broadBold, clampText, esc, labelText, layouts, linesText, markOpen, r1, svgOpen, textWidth, wrap, type Layout, type Mark, type NarrowOptions } from './core';

export interface BarRow extends Mark {
  label: string;
  value: number;
  valueLabel: string;
  /** Colour class: ex-c1 … ex-c4, ex-neutral. */
  cls: string;
  marker?: number;
}

export interface HBarOptions extends NarrowOptions {
  id: string;
  labelledBy: string;
  rows: BarRow[];
  /** Lines written above the bars (stated totals, findings), in the chart itself. */
  notes?: string[];
  /** A reference line (e.g. the goal at 100 %). */
  ref?: { value: number; label: string };
  /** Upper end of the scale, if the data should not set it. */
  domainMax?: number;
  tickFormat?: (n: number) => string;
  /** Counts (家, 个): no tick between whole numbers ("0.5 家" is not a figure anyone can have). */
  wholeTicks?: boolean;
  width?: number;
}

const ticksOf = (o: HBarOptions, x: { ticks(n: number): number[] }, n: number) => (o.wholeTicks ? x.ticks(n).filter(Number.isInteger) : x.ticks(n));

const BAR = 16;

export function hbar(o: HBarOptions): string {
  return layouts(o, (layout) => hbarWide(o, layout), (w) => hbarNarrow(o, w));
}

function hbarWide(o: HBarOptions, layout?: Layout): string {
  const width = o.width ?? 760;
  const labelW = Math.min(Math.max(...o.rows.map((r) => textWidth(r.label)), 40) + 14, Math.round(width * 0.4));
  const lines = o.rows.map((r) => wrap(r.label, labelW - 10));
  const ROW = lines.some((l) => l.length > 1) ? 36 : 28;
  const valueW = Math.min(Math.max(...o.rows.map((r) => textWidth(r.valueLabel, 12)), 20) + 10, 220);
  const notes = o.notes ?? [];
  const top = 8 + notes.length * 20 + 22;
  const height = top + o.rows.length * ROW + (o.ref ? 22 : 8);
  const hi = Math.max(max(o.rows, (r) => Math.max(r.value, r.marker ?? 0)) ?? 0, o.ref?.value ?? 0, o.domainMax ?? 0, 1);
  const x = scaleLinear().domain([0, hi]).nice().range([labelW, width - valueW]);
  const fmt = o.tickFormat ?? ((n: number) => String(n));
  const parts: string[] = [svgOpen(o.id, width, height, o.labelledBy, layout)];
  parts.push('<g class="ex-deco" aria-hidden="true">');
  notes.forEach((n, i) => parts.push(`<text class="ex-note-text" x="0" y="${18 + i * 20}">${esc(n)}</text>`));
  for (const t of ticksOf(o, x, 5)) {
    const tx = r1(x(t));
    parts.push(`<line class="ex-grid" x1="${tx}" x2="${tx}" y1="${top - 6}" y2="${height - 8}"/>`);
    parts.push(`<text class="ex-tick" x="${tx}" y="${top - 10}" text-anchor="middle">${esc(fmt(t))}</text>`);
  }
  if (o.ref) {
    const rx = r1(x(o.ref.value));
    parts.push(`<line class="ex-ref" x1="${rx}" x2="${rx}" y1="${top - 6}" y2="${height - 18}"/>`);
  }
  parts.push('</g>');
  const texts: string[] = [];
  o.rows.forEach((r, i) => {
    const y = top + i * ROW;
    const w = Math.max(r1(x(r.value) - x(0)), r.value > 0 ? 1 : 0);
    parts.push(markOpen(r));
    parts.push(`<rect class="ex-hit" x="0" y="${y}" width="${width}" height="${ROW}" rx="3"/>`);
    texts.push(labelText('ex-label', labelW - 8, y + ROW / 2, lines[i]!));
    parts.push(`<rect class="ex-bar ${esc(r.cls)}" x="${r1(x(0))}" y="${y + (ROW - BAR) / 2}" width="${w}" height="${BAR}"/>`);
    if (r.marker !== undefined) {
      const mx = r1(x(r.marker));
      parts.push(`<path class="ex-marker" d="M${mx - 5},${y + 1}L${mx + 5},${y + 1}L${mx},${y + 7}Z M${mx - 1.5},${y + 6}h3v${ROW - 8}h-3Z"/>`);
    }
    const vx = r1(Math.max(x(r.value), r.marker !== undefined ? x(r.marker) : 0) + 6);
    texts.push(`<text class="ex-value" x="${vx}" y="${y + ROW / 2 + 4.5}">${esc(r.valueLabel)}</text>`);
    parts.push('</a>');
  });
  // Visible text stays outside the links (their names are the tooltips) and lets the pointer through.
  parts.push(`<g class="ex-deco" aria-hidden="true">${texts.join('')}</g>`);
  if (o.ref) {
    const rx = r1(x(o.ref.value));
    parts.push(`<text class="ex-ref-label" aria-hidden="true" x="${rx}" y="${height - 4}" text-anchor="middle">${esc(o.ref.label)}</text>`);
  }
  parts.push('</svg>');
  return parts.join('');
}

/**
 * Narrow layout: each row's label above its bar (up to three lines, full width), the value at the end of the bar,
 * three ticks, notes wrapped. Guides (grid, reference line) are drawn in the bar bands only, never across a label.
 */
function hbarNarrow(o: HBarOptions, width: number): string {
  const S = 13;
  const LH = 16;
  const NB = 18;
  const hi = Math.max(max(o.rows, (r) => Math.max(r.value, r.marker ?? 0)) ?? 0, o.ref?.value ?? 0, o.domainMax ?? 0, 1);
  const domain = scaleLinear().domain([0, hi]).nice(3).domain() as [number, number];
  // The scale ends where every value still fits after its bar (within the width), but uses at least 45 % of it.
  const vw = o.rows.map((r) => broad(r.valueLabel, S));
  const end = (r: BarRow) => Math.max(r.value, r.marker ?? 0);
  const room = Math.min(width - 12, ...o.rows.map((r, i) => (end(r) > 0 ? ((width - 8 - vw[i]!) * domain[1]) / end(r) : Infinity)));
  const rangeEnd = Math.max(room, Math.round(width * 0.45));
  // A value that would still not fit goes to the right of the label line instead (the label wraps short of it).
  const outside = o.rows.map((r, i) => (end(r) / domain[1]) * rangeEnd + 8 + vw[i]! > width);
  const lines = o.rows.map((r, i) => wrap(r.label, width - 2 - (outside[i] ? vw[i]! + 12 : 0), S, 3, broad));
  const notes = (o.notes ?? []).flatMap((n) => wrap(n, width, 12, 3, broadBold));
  const tickY = 16 + notes.length * 17;
  const top = tickY + 8;
  const rowH = lines.map((l) => 6 + l.length * LH + 4 + NB + 8);
  const rowY: number[] = [];
  let acc = top;
  for (const h of rowH) {
    rowY.push(acc);
    acc += h;
  }
  const height = acc + (o.ref ? 22 : 4);
  const x = scaleLinear().domain(domain).range([1, rangeEnd]);
  const fmt = o.tickFormat ?? ((n: number) => String(n));
  const ticks = ticksOf(o, x, 3);
  const parts: string[] = [svgOpen(o.id, width, height, o.labelledBy, 'narrow')];
  parts.push('<g class="ex-deco" aria-hidden="true">');
  notes.forEach((n, i) => parts.push(`<text class="ex-note-text" x="0" y="${14 + i * 17}">${esc(n)}</text>`));
  for (const t of ticks) {
    const c = clampText(fmt(t), x(t), width, 12);
    parts.push(`<text class="ex-tick" x="${r1(c.x)}" y="${tickY}" text-anchor="${c.anchor}">${esc(fmt(t))}</text>`);
  }
  o.rows.forEach((_, i) => {
    const by = rowY[i]! + 6 + lines[i]!.length * LH + 4;
    for (const t of ticks) parts.push(`<line class="ex-grid" x1="${r1(x(t))}" x2="${r1(x(t))}" y1="${by - 3}" y2="${by + NB + 3}"/>`);
    if (o.ref) parts.push(`<line class="ex-ref" x1="${r1(x(o.ref.value))}" x2="${r1(x(o.ref.value))}" y1="${by - 5}" y2="${by + NB + 5}"/>`);
  });
  parts.push('</g>');
  const texts: string[] = [];
  o.rows.forEach((r, i) => {
    const y = rowY[i]!;
    const by = y + 6 + lines[i]!.length * LH + 4;
    const w = Math.max(r1(x(r.value) - x(0)), r.value > 0 ? 1 : 0);
    parts.push(markOpen(r));
    parts.push(`<rect class="ex-hit" x="0" y="${y}" width="${width}" height="${rowH[i]}" rx="3"/>`);
    texts.push(linesText('ex-label', 0, y + 6 + 12, lines[i]!, LH));
    parts.push(`<rect class="ex-bar ${esc(r.cls)}" x="${r1(x(0))}" y="${by}" width="${w}" height="${NB}"/>`);
    if (r.marker !== undefined) {
      const mx = r1(x(r.marker));
      parts.push(`<path class="ex-marker" d="M${mx - 5},${by - 7}L${mx + 5},${by - 7}L${mx},${by - 1}Z M${mx - 1.5},${by - 2}h3v${NB + 4}h-3Z"/>`);
    }
    if (outside[i]) texts.push(`<text class="ex-value" x="${width}" y="${y + 6 + 12}" text-anchor="end">${esc(r.valueLabel)}</text>`);
    else {
      const vx = r1(Math.max(x(r.value), r.marker !== undefined ? x(r.marker) + 5 : 0) + 6);
      texts.push(`<text class="ex-value" x="${vx}" y="${by + NB / 2 + 4.5}">${esc(r.valueLabel)}</text>`);
    }
    parts.push('</a>');
  });
  parts.push(`<g class="ex-deco" aria-hidden="true">${texts.join('')}</g>`);
  if (o.ref) {
    const c = clampText(o.ref.label, x(o.ref.value), width, 12);
    parts.push(`<text class="ex-ref-label" aria-hidden="true" x="${r1(c.x)}" y="${height - 6}" text-anchor="${c.anchor}">${esc(o.ref.label)}</text>`);
  }
  parts.push('</svg>');
  return parts.join('');
}
