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

/** Where one row's marks go: its target area on each side (x, width), the bars' top and height, the values' baseline. */
interface RowGeometry {
  mid: number;
  y: number;
  height: number;
  leftHit: [x: number, width: number];
  rightHit: [x: number, width: number];
  barY: number;
  barHeight: number;
  valueY: number;
}

/** A row's bars, each a linked mark over its half of the row: leading left of the axis, cooperating right; values go to `texts`. */
function rowBars(r: DivRow, s: (v: number) => number, g: RowGeometry, texts: string[]): string[] {
  const p: string[] = [];
  for (const side of ['left', 'right'] as const) {
    const v = r[side];
    if (v <= 0) continue;
    const w = r1(s(v));
    const [hx, hw] = side === 'left' ? g.leftHit : g.rightHit;
    p.push(markOpen(side === 'left' ? r.leftMark : r.rightMark));
    p.push(`<rect class="ex-hit" x="${r1(hx)}" y="${g.y}" width="${r1(hw)}" height="${g.height}" rx="3"/>`);
    if (side === 'left') {
      p.push(`<rect class="ex-bar ex-c1" x="${r1(g.mid - w)}" y="${g.barY}" width="${w}" height="${g.barHeight}"/>`);
      texts.push(`<text class="ex-value" x="${r1(g.mid - w - 5)}" y="${g.valueY}" text-anchor="end">${v}</text>`);
    } else {
      p.push(`<rect class="ex-bar ex-c2" x="${r1(g.mid)}" y="${g.barY}" width="${w}" height="${g.barHeight}"/>`);
      texts.push(`<text class="ex-value" x="${r1(g.mid + w + 5)}" y="${g.valueY}">${v}</text>`);
    }
    p.push('</a>');
  }
  return p;
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
    const g = { mid, y, height: ROW, leftHit: [mid - half, half], rightHit: [mid, half], barY: y + 5, barHeight: ROW - 10, valueY: y + ROW / 2 + 4 } satisfies RowGeometry;
    p.push(...rowBars(r, s, g, texts));
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
    const g = { mid, y, height: rowH[i]!, leftHit: [0, mid], rightHit: [mid, width - mid], barY: by, barHeight: NB, valueY: cy } satisfies RowGeometry;
    p.push(...rowBars(r, s, g, texts));
    axis.push(`<line class="ex-axis" x1="${mid}" x2="${mid}" y1="${by - 4}" y2="${by + NB + 4}"/>`);
  });
  p.push(`<g class="ex-deco" aria-hidden="true">${texts.join('')}${axis.join('')}</g>`);
  p.push('</svg>');
  return p.join('');
}
