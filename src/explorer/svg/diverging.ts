/** Two-sided bars: leading to the left of the axis, cooperating to the right; one mark per non-zero value. */
import { scaleLinear } from 'd3-scale';
import { max } from 'd3-array';
import { broad, esc, labelText, layouts, linesText, markOpen, r1, svgOpen, textWidth, wrap, type Layout, type Mark, type NarrowOptions } from './core';

export interface DivRow {
  label: string;
  left: number;
  right: number;
  leftMark: Mark;
  rightMark: Mark;
}

export interface DivOptions extends NarrowOptions {
  id: string;
  labelledBy: string;
  rows: DivRow[];
  leftTitle: string;
  rightTitle: string;
  width?: number;
}

export function diverging(o: DivOptions): string {
  return layouts(o, (layout) => divWide(o, layout), (w) => divNarrow(o, w));
}

function divWide(o: DivOptions, layout?: Layout): string {
  const width = o.width ?? 760;
  const labelW = Math.min(Math.max(...o.rows.map((r) => textWidth(r.label, 13)), 40) + 14, Math.round(width * 0.42));
  const lines = o.rows.map((r) => wrap(r.label, labelW - 6));
  const ROW = lines.some((l) => l.length > 1) ? 34 : 26;
  const top = 44;
  const height = top + o.rows.length * ROW + 8;
  const hi = Math.max(max(o.rows, (r) => Math.max(r.left, r.right)) ?? 1, 1);
  const half = (width - labelW - 60) / 2;
  const mid = labelW + 30 + half;
  const s = scaleLinear().domain([0, hi]).nice().range([0, half - 26]);
  const p: string[] = [svgOpen(o.id, width, height, o.labelledBy, layout)];
  p.push('<g class="ex-deco" aria-hidden="true">');
  p.push(`<text class="ex-panel" x="${r1(mid - 8)}" y="16" text-anchor="end">← ${esc(o.leftTitle)}</text>`);
  p.push(`<text class="ex-panel" x="${r1(mid + 8)}" y="16">${esc(o.rightTitle)} →</text>`);
  for (const t of s.ticks(4)) {
    for (const sign of t === 0 ? [1] : [-1, 1]) {
      const x = r1(mid + sign * s(t));
      p.push(`<line class="ex-grid" x1="${x}" x2="${x}" y1="${top - 8}" y2="${height - 6}"/><text class="ex-tick" x="${x}" y="${top - 12}" text-anchor="middle">${t}</text>`);
    }
  }
  p.push('</g>');
  const texts: string[] = [];
  o.rows.forEach((r, i) => {
    const y = top + i * ROW;
    texts.push(labelText('ex-label', labelW, y + ROW / 2, lines[i]!));
    if (r.left > 0) {
      const w = r1(s(r.left));
      p.push(markOpen(r.leftMark));
      p.push(`<rect class="ex-hit" x="${r1(mid - half)}" y="${y}" width="${r1(half)}" height="${ROW}" rx="3"/>`);
      p.push(`<rect class="ex-bar ex-c1" x="${r1(mid - w)}" y="${y + 5}" width="${w}" height="${ROW - 10}"/>`);
      texts.push(`<text class="ex-value" x="${r1(mid - w - 5)}" y="${y + ROW / 2 + 4}" text-anchor="end">${r.left}</text>`);
      p.push('</a>');
    }
    if (r.right > 0) {
      const w = r1(s(r.right));
      p.push(markOpen(r.rightMark));
      p.push(`<rect class="ex-hit" x="${r1(mid)}" y="${y}" width="${r1(half)}" height="${ROW}" rx="3"/>`);
      p.push(`<rect class="ex-bar ex-c2" x="${r1(mid)}" y="${y + 5}" width="${w}" height="${ROW - 10}"/>`);
      texts.push(`<text class="ex-value" x="${r1(mid + w + 5)}" y="${y + ROW / 2 + 4}">${r.right}</text>`);
      p.push('</a>');
    }
  });
  p.push(`<g class="ex-deco" aria-hidden="true">${texts.join('')}</g>`);
  p.push(`<line class="ex-axis" aria-hidden="true" x1="${r1(mid)}" x2="${r1(mid)}" y1="${top - 6}" y2="${height - 4}"/>`);
  p.push('</svg>');
  return p.join('');
}

/**
 * Narrow layout: the label above the row, the two bars below it on either side of the axis, each value at the
 * end of its bar. A mark's target is its half of the whole row (label included).
 */
function divNarrow(o: DivOptions, width: number): string {
  const S = 13;
  const LH = 16;
  const NB = 18;
  const hi = Math.max(max(o.rows, (r) => Math.max(r.left, r.right)) ?? 1, 1);
  const mid = Math.round(width / 2);
  const s = scaleLinear().domain([0, hi]).nice(2).range([0, mid - broad(String(hi), S) - 10]);
  const lines = o.rows.map((r) => wrap(r.label, width - 2, S, 3, broad));
  const rowH = lines.map((l) => 6 + l.length * LH + 4 + NB + 8);
  const top = 44;
  const rowY: number[] = [];
  let acc = top;
  for (const h of rowH) {
    rowY.push(acc);
    acc += h;
  }
  const height = acc + 4;
  const ticks = s.ticks(2);
  const p: string[] = [svgOpen(o.id, width, height, o.labelledBy, 'narrow')];
  p.push('<g class="ex-deco" aria-hidden="true">');
  p.push(`<text class="ex-panel" x="${mid - 6}" y="16" text-anchor="end">← ${esc(o.leftTitle)}</text>`);
  p.push(`<text class="ex-panel" x="${mid + 6}" y="16">${esc(o.rightTitle)} →</text>`);
  for (const t of ticks) {
    for (const sign of t === 0 ? [1] : [-1, 1]) p.push(`<text class="ex-tick" x="${r1(mid + sign * s(t))}" y="36" text-anchor="middle">${t}</text>`);
  }
  o.rows.forEach((_, i) => {
    const by = rowY[i]! + 6 + lines[i]!.length * LH + 4;
    for (const t of ticks) {
      if (t === 0) continue;
      for (const sign of [-1, 1]) p.push(`<line class="ex-grid" x1="${r1(mid + sign * s(t))}" x2="${r1(mid + sign * s(t))}" y1="${by - 3}" y2="${by + NB + 3}"/>`);
    }
  });
  p.push('</g>');
  const texts: string[] = [];
  const axis: string[] = [];
  o.rows.forEach((r, i) => {
    const y = rowY[i]!;
    const by = y + 6 + lines[i]!.length * LH + 4;
    const cy = by + NB / 2 + 4.5;
    texts.push(linesText('ex-label', 0, y + 18, lines[i]!, LH));
    if (r.left > 0) {
      const w = r1(s(r.left));
      p.push(markOpen(r.leftMark));
      p.push(`<rect class="ex-hit" x="0" y="${y}" width="${mid}" height="${rowH[i]}" rx="3"/>`);
      p.push(`<rect class="ex-bar ex-c1" x="${r1(mid - w)}" y="${by}" width="${w}" height="${NB}"/>`);
      texts.push(`<text class="ex-value" x="${r1(mid - w - 5)}" y="${cy}" text-anchor="end">${r.left}</text>`);
      p.push('</a>');
    }
    if (r.right > 0) {
      const w = r1(s(r.right));
      p.push(markOpen(r.rightMark));
      p.push(`<rect class="ex-hit" x="${mid}" y="${y}" width="${width - mid}" height="${rowH[i]}" rx="3"/>`);
      p.push(`<rect class="ex-bar ex-c2" x="${mid}" y="${by}" width="${w}" height="${NB}"/>`);
      texts.push(`<text class="ex-value" x="${r1(mid + w + 5)}" y="${cy}">${r.right}</text>`);
      p.push('</a>');
    }
    axis.push(`<line class="ex-axis" x1="${mid}" x2="${mid}" y1="${by - 4}" y2="${by + NB + 4}"/>`);
  });
  p.push(`<g class="ex-deco" aria-hidden="true">${texts.join('')}${axis.join('')}</g>`);
  p.push('</svg>');
  return p.join('');
}
