/**
 * Columns by year: the running total split into named places and the derived rest (stacked with d3-shape),
 * and beside it the year's new count. One mark per segment and per new-count column.
 */
import { scaleBand, scaleLinear } from 'd3-scale';
import { stack } from 'd3-shape';
import { max } from 'd3-array';
import { broad, esc, layouts, linesText, markOpen, r1, svgId, svgOpen, textWidth, wrap, type Layout, type Mark, type NarrowOptions } from './core';

export interface StackSeries {
  key: string;
  label: string;
  cls: string;
  derived?: boolean;
}
export interface StackYear {
  year: number;
  label: string;
  /** Series key → value, and a mark for each segment. */
  values: Record<string, number>;
  marks: Record<string, Mark>;
  totalLabel: string;
  newValue?: number;
  newMark?: Mark;
}
export interface StackOptions extends NarrowOptions {
  id: string;
  labelledBy: string;
  series: StackSeries[];
  years: StackYear[];
  panelTotal: string;
  panelNew: string;
  width?: number;
}

export function stackedYears(o: StackOptions): string {
  return layouts(o, (layout) => stackedWide(o, layout), (w) => stackedNarrow(o, w));
}

type Band = ReturnType<typeof scaleBand<number>>;
type Linear = ReturnType<typeof scaleLinear<number, number>>;

/** The hatch that fills a derived series (a presentation attribute: the CSP refuses style attributes). */
function hatchDefs(hatch: string): string {
  return `<defs><pattern id="${esc(hatch)}" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)"><rect width="6" height="6" class="ex-hatch-bg"/><line x1="0" y1="0" x2="0" y2="6" class="ex-hatch-line"/></pattern></defs>`;
}

/** The running totals stacked by series (d3-shape), one layer per series. */
function layersOf(o: StackOptions) {
  return stack<StackYear, string>()
    .keys(o.series.map((s) => s.key))
    .value((d, k) => d.values[k] ?? 0)(o.years);
}

/** A year's running total: the sum of its series. */
function totalOf(o: StackOptions, d: StackYear): number {
  return o.series.reduce((a, s) => a + (d.values[s.key] ?? 0), 0);
}

/** One linked mark per segment of the running totals; values inside segments tall enough to hold them go to `texts`. */
function segmentMarks(o: StackOptions, layers: ReturnType<typeof layersOf>, x: Band, y: Linear, hatch: string, texts: string[]): string[] {
  const p: string[] = [];
  layers.forEach((layer, li) => {
    const s = o.series[li]!;
    layer.forEach((seg, i) => {
      const d = o.years[i]!;
      const v = d.values[s.key];
      const m = d.marks[s.key];
      if (v === undefined || !m) return;
      const y0 = y(seg[0]);
      const y1 = y(seg[1]);
      const bx = r1(x(d.year)!);
      p.push(markOpen(m));
      // A derived series is filled with the chart's hatch pattern, so it carries no colour class that would override it.
      const cls = s.derived ? 'ex-derived' : esc(s.cls);
      const fill = s.derived ? ` fill="url(#${esc(hatch)})"` : '';
      p.push(`<rect class="ex-seg ${cls}"${fill} x="${bx}" y="${r1(y1)}" width="${r1(x.bandwidth())}" height="${r1(Math.max(y0 - y1, 0))}"/>`);
      if (y0 - y1 >= 16) {
        texts.push(`<text class="ex-seg-value" x="${r1(bx + x.bandwidth() / 2)}" y="${r1((y0 + y1) / 2 + 4.5)}" text-anchor="middle">${v}</text>`);
      }
      p.push('</a>');
    });
  });
  return p;
}

/** One linked column per year's new count; its value above it goes to `texts`. */
function newMarks(o: StackOptions, x: Band, y: Linear, bottom: number, texts: string[]): string[] {
  const p: string[] = [];
  for (const d of o.years) {
    if (d.newValue === undefined || !d.newMark) continue;
    const bx = r1(x(d.year)!);
    p.push(markOpen(d.newMark));
    p.push(`<rect class="ex-bar ex-c2" x="${bx}" y="${r1(y(d.newValue))}" width="${r1(x.bandwidth())}" height="${r1(bottom - y(d.newValue))}"/>`);
    texts.push(`<text class="ex-value" x="${r1(bx + x.bandwidth() / 2)}" y="${r1(y(d.newValue) - 6)}" text-anchor="middle">${d.newValue}</text>`);
    p.push('</a>');
  }
  return p;
}

function stackedWide(o: StackOptions, layout?: Layout): string {
  const width = o.width ?? 760;
  const height = 340;
  const top = 40;
  const bottom = height - 30;
  const leftW = Math.round(width * 0.62);
  const layers = layersOf(o);
  const hi = max(o.years, (d) => totalOf(o, d)) ?? 1;
  const y = scaleLinear().domain([0, hi]).nice().range([bottom, top]);
  const x = scaleBand<number>().domain(o.years.map((d) => d.year)).range([48, leftW - 110]).padding(0.3);
  const hiNew = Math.max(max(o.years, (d) => d.newValue ?? 0) ?? 0, 1);
  const yn = scaleLinear().domain([0, hiNew]).nice().range([bottom, top]);
  const xn = scaleBand<number>().domain(o.years.map((d) => d.year)).range([leftW + 40, width - 10]).padding(0.35);
  const p: string[] = [svgOpen(o.id, width, height, o.labelledBy, layout)];
  const hatch = `${svgId(o.id, layout)}-hatch`;
  p.push(hatchDefs(hatch));
  p.push('<g class="ex-deco" aria-hidden="true">');
  p.push(`<text class="ex-panel" x="48" y="16">${esc(o.panelTotal)}</text>`);
  p.push(`<text class="ex-panel" x="${leftW + 40}" y="16">${esc(o.panelNew)}</text>`);
  for (const t of y.ticks(5)) {
    p.push(`<line class="ex-grid" x1="48" x2="${leftW - 110}" y1="${r1(y(t))}" y2="${r1(y(t))}"/><text class="ex-tick" x="42" y="${r1(y(t)) + 4}" text-anchor="end">${t}</text>`);
  }
  for (const t of yn.ticks(4)) {
    p.push(`<line class="ex-grid" x1="${leftW + 40}" x2="${width - 10}" y1="${r1(yn(t))}" y2="${r1(yn(t))}"/><text class="ex-tick" x="${leftW + 34}" y="${r1(yn(t)) + 4}" text-anchor="end">${t}</text>`);
  }
  for (const d of o.years) {
    p.push(`<text class="ex-label" x="${r1(x(d.year)! + x.bandwidth() / 2)}" y="${bottom + 20}" text-anchor="middle">${esc(d.label)}</text>`);
    p.push(`<text class="ex-label" x="${r1(xn(d.year)! + xn.bandwidth() / 2)}" y="${bottom + 20}" text-anchor="middle">${esc(d.label)}</text>`);
  }
  p.push('</g>');
  const texts: string[] = [];
  p.push(...segmentMarks(o, layers, x, y, hatch, texts));
  // Totals above the columns, series labels beside the last column.
  p.push('<g class="ex-deco" aria-hidden="true">');
  for (const d of o.years) {
    const sum = totalOf(o, d);
    p.push(`<text class="ex-value" x="${r1(x(d.year)! + x.bandwidth() / 2)}" y="${r1(y(sum) - 6)}" text-anchor="middle">${esc(d.totalLabel)}</text>`);
  }
  const last = layers.map((l) => l[l.length - 1]!);
  const lx = r1(x(o.years[o.years.length - 1]!.year)! + x.bandwidth() + 8);
  let prevY = Infinity;
  last.forEach((seg, i) => {
    let ly = (y(seg[0]) + y(seg[1])) / 2 + 4.5;
    if (ly > prevY - 14) ly = prevY - 14;
    prevY = ly;
    p.push(`<text class="ex-series-label" x="${lx}" y="${r1(ly)}">${esc(o.series[i]!.label)}</text>`);
  });
  p.push('</g>');
  p.push(...newMarks(o, xn, yn, bottom, texts));
  p.push(`<g class="ex-deco" aria-hidden="true">${texts.join('')}</g>`);
  p.push('</svg>');
  return p.join('');
}

/**
 * Narrow layout: the two panels one above the other, each the full width. The running-total panel is tall enough
 * for its smallest segment to be a 24 px target (within limits), its series named beside the last column
 * (wrapped); totals and new counts sit at the end (top) of their columns.
 */
function stackedNarrow(o: StackOptions, width: number): string {
  const layers = layersOf(o);
  const hi = Math.max(max(o.years, (d) => totalOf(o, d)) ?? 1, 1);
  const small = Math.min(...o.years.flatMap((d) => o.series.map((s) => d.values[s.key] ?? 0)).filter((v) => v > 0), hi);
  // Tall enough for the smallest segment to be 26 units (on the nice domain the axis will use), within limits.
  const niceHi = scaleLinear().domain([0, hi]).nice(4).domain()[1]!;
  const plotH = Math.round(Math.min(Math.max((26 * niceHi) / small, 220), 480));
  const seriesW = Math.min(Math.max(...o.series.map((s) => broad(s.label, 13)), 30) + 10, Math.round(width * 0.3));
  const seriesLines = o.series.map((s) => wrap(s.label, seriesW - 8, 13, 2, broad));
  const axisW = Math.max(textWidth(String(hi), 12) + 10, 30);
  const top1 = 44;
  const bottom1 = top1 + plotH;
  const y = scaleLinear().domain([0, hi]).nice(4).range([bottom1, top1]);
  const x = scaleBand<number>().domain(o.years.map((d) => d.year)).range([axisW, width - seriesW]).padding(0.25);
  const hiNew = Math.max(max(o.years, (d) => d.newValue ?? 0) ?? 0, 1);
  const smallNew = Math.min(...o.years.map((d) => d.newValue ?? 0).filter((v) => v > 0), hiNew);
  const niceNew = scaleLinear().domain([0, hiNew]).nice(4).domain()[1]!;
  const plotH2 = Math.round(Math.min(Math.max((26 * niceNew) / smallNew, 140), 320));
  const hasNew = o.years.some((d) => d.newValue !== undefined && d.newMark);
  const top2 = bottom1 + 28 + 44;
  const bottom2 = top2 + plotH2;
  const yn = scaleLinear().domain([0, hiNew]).nice(4).range([bottom2, top2]);
  const xn = scaleBand<number>().domain(o.years.map((d) => d.year)).range([axisW, width - seriesW]).padding(0.25);
  const height = (hasNew ? bottom2 : bottom1) + 28;
  const hatch = `${svgId(o.id, 'narrow')}-hatch`;
  const p: string[] = [svgOpen(o.id, width, height, o.labelledBy, 'narrow')];
  p.push(hatchDefs(hatch));
  p.push('<g class="ex-deco" aria-hidden="true">');
  p.push(`<text class="ex-panel" x="0" y="16">${esc(o.panelTotal)}</text>`);
  for (const t of y.ticks(4)) {
    p.push(`<line class="ex-grid" x1="${axisW}" x2="${width - seriesW}" y1="${r1(y(t))}" y2="${r1(y(t))}"/><text class="ex-tick" x="${axisW - 5}" y="${r1(y(t)) + 4}" text-anchor="end">${t}</text>`);
  }
  for (const d of o.years) p.push(`<text class="ex-label" x="${r1(x(d.year)! + x.bandwidth() / 2)}" y="${bottom1 + 20}" text-anchor="middle">${esc(d.label)}</text>`);
  if (hasNew) {
    p.push(`<text class="ex-panel" x="0" y="${top2 - 28}">${esc(o.panelNew)}</text>`);
    for (const t of yn.ticks(3)) {
      p.push(`<line class="ex-grid" x1="${axisW}" x2="${width - seriesW}" y1="${r1(yn(t))}" y2="${r1(yn(t))}"/><text class="ex-tick" x="${axisW - 5}" y="${r1(yn(t)) + 4}" text-anchor="end">${t}</text>`);
    }
    for (const d of o.years) p.push(`<text class="ex-label" x="${r1(xn(d.year)! + xn.bandwidth() / 2)}" y="${bottom2 + 20}" text-anchor="middle">${esc(d.label)}</text>`);
  }
  p.push('</g>');
  const texts: string[] = [];
  p.push(...segmentMarks(o, layers, x, y, hatch, texts));
  p.push('<g class="ex-deco" aria-hidden="true">');
  for (const d of o.years) p.push(`<text class="ex-value" x="${r1(x(d.year)! + x.bandwidth() / 2)}" y="${r1(y(totalOf(o, d)) - 6)}" text-anchor="middle">${esc(d.totalLabel)}</text>`);
  // Series names beside the last column, pushed apart upwards when they would overlap.
  const last = layers.map((l) => l[l.length - 1]!);
  const lx = r1(x(o.years[o.years.length - 1]!.year)! + x.bandwidth() + 6);
  let prevTop = Infinity;
  last.forEach((seg, i) => {
    const n = seriesLines[i]!.length;
    let ly = (y(seg[0]) + y(seg[1])) / 2 + 4.5 - ((n - 1) * 15) / 2;
    if (ly + (n - 1) * 15 > prevTop - 15) ly = prevTop - 15 - (n - 1) * 15;
    prevTop = ly;
    p.push(linesText('ex-series-label', lx, r1(ly), seriesLines[i]!, 15));
  });
  p.push('</g>');
  p.push(...newMarks(o, xn, yn, bottom2, texts));
  p.push(`<g class="ex-deco" aria-hidden="true">${texts.join('')}</g>`);
  p.push('</svg>');
  return p.join('');
}
