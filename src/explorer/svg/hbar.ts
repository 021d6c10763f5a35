/** Horizontal bars, one mark per row, with an optional second value drawn as a tick (stated vs mapped). */
import { scaleLinear } from 'd3-scale';
import { max } from 'd3-array';
import { esc, labelText, markOpen, r1, svgOpen, textWidth, wrap, type Mark } from './core';

export interface BarRow extends Mark {
  label: string;
  value: number;
  valueLabel: string;
  /** Colour class: ex-c1 … ex-c4, ex-neutral. */
  cls: string;
  marker?: number;
}

export interface HBarOptions {
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
  width?: number;
}

const BAR = 16;

export function hbar(o: HBarOptions): string {
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
  const parts: string[] = [svgOpen(o.id, width, height, o.labelledBy)];
  parts.push('<g class="ex-deco" aria-hidden="true">');
  notes.forEach((n, i) => parts.push(`<text class="ex-note-text" x="0" y="${18 + i * 20}">${esc(n)}</text>`));
  for (const t of x.ticks(5)) {
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
