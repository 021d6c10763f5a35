/** A city × year grid of labelled cells (one mark per cell), and a labelled tile map (one mark per city). */
import { scaleQuantize } from 'd3-scale';
import { extent } from 'd3-array';
import { HEAT } from '../palette';
import { broad, esc, fit, layouts, linesText, markOpen, r1, svgOpen, textWidth, wrap, type Layout, type Mark, type NarrowOptions } from './core';

export interface HeatRow {
  label: string;
  cells: { value: number; mark: Mark }[];
  totalLabel: string;
}

export function heatScale(values: number[]) {
  const [lo, hi] = extent(values) as [number, number];
  return scaleQuantize<number>().domain([lo ?? 0, hi ?? 1]).range(HEAT.map((_, i) => i));
}

export interface HeatGridOptions extends NarrowOptions {
  id: string;
  labelledBy: string;
  columns: string[];
  totalHeader: string;
  rows: HeatRow[];
  width?: number;
}

export function heatGrid(o: HeatGridOptions): string {
  return layouts(o, (layout) => gridWide(o, layout), (w) => gridNarrow(o, w));
}

function gridWide(o: HeatGridOptions, layout?: Layout): string {
  const width = o.width ?? 760;
  const labelW = Math.max(...o.rows.map((r) => textWidth(r.label)), 40) + 16;
  const totalW = 90;
  const cellW = Math.min(140, (width - labelW - totalW) / Math.max(o.columns.length, 1));
  const cellH = 28;
  const top = 30;
  const height = top + o.rows.length * cellH + 6;
  const q = heatScale(o.rows.flatMap((r) => r.cells.map((c) => c.value)));
  const gridW = cellW * o.columns.length;
  const p: string[] = [svgOpen(o.id, Math.round(labelW + gridW + totalW), height, o.labelledBy, layout)];
  p.push('<g class="ex-deco" aria-hidden="true">');
  o.columns.forEach((c, i) => p.push(`<text class="ex-label" x="${r1(labelW + i * cellW + cellW / 2)}" y="20" text-anchor="middle">${esc(c)}</text>`));
  p.push(`<text class="ex-label" x="${r1(labelW + gridW + totalW - 8)}" y="20" text-anchor="end">${esc(o.totalHeader)}</text>`);
  o.rows.forEach((r, i) => {
    const y = top + i * cellH;
    p.push(`<text class="ex-label" x="${labelW - 8}" y="${y + cellH / 2 + 4.5}" text-anchor="end">${esc(r.label)}</text>`);
    p.push(`<text class="ex-value" x="${r1(labelW + gridW + totalW - 8)}" y="${y + cellH / 2 + 4.5}" text-anchor="end">${esc(r.totalLabel)}</text>`);
  });
  p.push('</g>');
  p.push(...cellMarks(o.rows, q, top, labelW, cellW, cellH), '</svg>');
  return p.join('');
}

export interface Tile {
  label: string;
  value: number;
  col: number;
  row: number;
  mark: Mark;
}

export interface TileMapOptions extends NarrowOptions {
  id: string;
  labelledBy: string;
  tiles: Tile[];
  note: string;
  /** The note of a narrow map whose tiles had to leave their places and flow in reading order. */
  flowNote?: string;
  size?: number;
}

export function tileMap(o: TileMapOptions): string {
  return layouts(o, (layout) => tilesWide(o, layout), (w) => tilesNarrow(o, w));
}

function tilesWide(o: TileMapOptions, layout?: Layout): string {
  const size = o.size ?? 96;
  const gap = 4;
  const cols = Math.max(...o.tiles.map((t) => t.col)) + 1;
  const rows = Math.max(...o.tiles.map((t) => t.row)) + 1;
  const width = cols * (size + gap);
  const height = rows * (size + gap) + 26;
  const q = heatScale(o.tiles.map((t) => t.value));
  const p: string[] = [svgOpen(o.id, width, height, o.labelledBy, layout)];
  const texts: string[] = [];
  for (const t of o.tiles) {
    const step = q(t.value);
    const x = t.col * (size + gap);
    const y = t.row * (size + gap);
    p.push(markOpen(t.mark, 'ex-tile'));
    p.push(`<rect class="ex-heat ex-h${step}" x="${x}" y="${y}" width="${size}" height="${size}" rx="6"/>`);
    texts.push(`<text class="ex-tile-label ex-ht${step}" data-for="${esc(t.mark.key)}" x="${x + size / 2}" y="${y + size / 2 - 6}" text-anchor="middle">${esc(fit(t.label, size - 8))}</text>`);
    texts.push(`<text class="ex-tile-value ex-ht${step}" data-for="${esc(t.mark.key)}" x="${x + size / 2}" y="${y + size / 2 + 16}" text-anchor="middle">${t.value}</text>`);
    p.push('</a>');
  }
  texts.push(`<text class="ex-tick" x="0" y="${height - 6}">${esc(o.note)}</text>`);
  p.push(`<g class="ex-deco" aria-hidden="true">${texts.join('')}</g>`);
  p.push('</svg>');
  return p.join('');
}

/**
 * Narrow grid: the same rows and columns fitted to the width — row labels as wide as the longest, the total
 * column as wide as its figures, the year columns sharing the rest; column headers wrap to two lines if needed.
 */
function gridNarrow(o: HeatGridOptions, width: number): string {
  const S = 13;
  const labelW = Math.min(Math.max(...o.rows.map((r) => broad(r.label, S)), 24) + 10, Math.round(width * 0.4));
  const totalW = Math.max(broad(o.totalHeader, S), ...o.rows.map((r) => broad(r.totalLabel, S))) + 8;
  const cellW = (width - labelW - totalW) / Math.max(o.columns.length, 1);
  const heads = o.columns.map((c) => wrap(c, cellW - 4, S, 2, broad));
  const headH = Math.max(...heads.map((h) => h.length), 1) * 16 + 10;
  const cellH = 30;
  const height = headH + o.rows.length * cellH + 4;
  const q = heatScale(o.rows.flatMap((r) => r.cells.map((c) => c.value)));
  const p: string[] = [svgOpen(o.id, width, height, o.labelledBy, 'narrow')];
  p.push('<g class="ex-deco" aria-hidden="true">');
  heads.forEach((h, i) => p.push(linesText('ex-label', r1(labelW + i * cellW + cellW / 2), headH - 8 - (h.length - 1) * 16, h, 16, 'middle')));
  p.push(`<text class="ex-label" x="${width}" y="${headH - 8}" text-anchor="end">${esc(o.totalHeader)}</text>`);
  o.rows.forEach((r, i) => {
    const y = headH + i * cellH;
    p.push(`<text class="ex-label" x="0" y="${y + cellH / 2 + 4.5}">${esc(fit(r.label, labelW - 6, S, broad))}</text>`);
    p.push(`<text class="ex-value" x="${width}" y="${y + cellH / 2 + 4.5}" text-anchor="end">${esc(r.totalLabel)}</text>`);
  });
  p.push('</g>');
  p.push(...cellMarks(o.rows, q, headH, labelW, cellW, cellH), '</svg>');
  return p.join('');
}

/** The grid's cells (the marks) from (labelW, top), then their values in one decorative group; both layouts share it. */
function cellMarks(rows: HeatRow[], q: (v: number) => number, top: number, labelW: number, cellW: number, cellH: number): string[] {
  const p: string[] = [];
  const texts: string[] = [];
  rows.forEach((r, i) => {
    const y = top + i * cellH;
    r.cells.forEach((c, j) => {
      const step = q(c.value);
      const x = labelW + j * cellW;
      p.push(markOpen(c.mark, 'ex-cell'));
      p.push(`<rect class="ex-heat ex-h${step}" x="${r1(x + 1)}" y="${y + 1}" width="${r1(cellW - 2)}" height="${cellH - 2}"/>`);
      texts.push(`<text class="ex-cell-value ex-ht${step}" data-for="${esc(c.mark.key)}" x="${r1(x + cellW / 2)}" y="${y + cellH / 2 + 4.5}" text-anchor="middle">${c.value}</text>`);
      p.push('</a>');
    });
  });
  p.push(`<g class="ex-deco" aria-hidden="true">${texts.join('')}</g>`);
  return p;
}

/**
 * Narrow tile map, re-tiled for the width: as many columns as fit with every name whole on its tile (names wrap
 * at spaces). When the editorial grid's columns all fit, tiles keep their places; otherwise they flow in reading
 * order (north to south, west to east) into the columns that fit.
 */
function tilesNarrow(o: TileMapOptions, width: number): string {
  const S = 12;
  const gap = 4;
  const cols0 = Math.max(...o.tiles.map((t) => t.col)) + 1;
  const names = (px: number) => o.tiles.map((t) => wrap(t.label, px, S, 2));
  // The widest single word decides the narrowest tile.
  // The widest single word decides the narrowest tile (bold runs up to about 8 % wider than the estimate).
  const word = Math.max(...o.tiles.flatMap((t) => t.label.split(/\s+/).map((w) => Math.ceil(textWidth(w, S) * 1.08))), 20);
  const minTile = Math.max(word + 8, 56);
  const cols = Math.max(1, Math.min(cols0, Math.floor((width + gap) / (minTile + gap))));
  const size = Math.floor((width + gap) / cols - gap);
  let placed: { t: Tile; col: number; row: number }[];
  if (cols === cols0) placed = o.tiles.map((t) => ({ t, col: t.col, row: t.row }));
  else
    placed = [...o.tiles]
      .sort((a, b) => a.row - b.row || a.col - b.col)
      .map((t, i) => ({ t, col: i % cols, row: Math.floor(i / cols) }));
  const rows = Math.max(...placed.map((x) => x.row)) + 1;
  const tileH = Math.max(64, Math.min(size, 80));
  const note = wrap(cols === cols0 ? o.note : (o.flowNote ?? o.note), width, 12, 3, broad);
  const height = rows * (tileH + gap) + 8 + note.length * 16;
  const label = names(size - 6);
  const q = heatScale(o.tiles.map((t) => t.value));
  const p: string[] = [svgOpen(o.id, width, height, o.labelledBy, 'narrow')];
  const texts: string[] = [];
  placed.forEach(({ t, col, row }) => {
    const i = o.tiles.indexOf(t);
    const step = q(t.value);
    const x = col * (size + gap);
    const y = row * (tileH + gap);
    const lines = label[i]!;
    p.push(markOpen(t.mark, 'ex-tile'));
    p.push(`<rect class="ex-heat ex-h${step}" x="${x}" y="${y}" width="${size}" height="${tileH}" rx="6"/>`);
    const ly = y + tileH / 2 - 4 - (lines.length - 1) * 15;
    // A line that may run wider than the tile in a broad font is held to the tile's width.
    const squeeze = (l: string) => (textWidth(l, S) * 1.3 > size - 6 ? ` textLength="${size - 8}" lengthAdjust="spacingAndGlyphs"` : '');
    texts.push(`<text class="ex-tile-label ex-ht${step}" data-for="${esc(t.mark.key)}" x="${x + size / 2}" y="${r1(ly)}" text-anchor="middle">${lines
      .map((l, k) => `<tspan x="${x + size / 2}" dy="${k === 0 ? 0 : 15}"${squeeze(l)}>${esc(l)}</tspan>`)
      .join('')}</text>`);
    texts.push(`<text class="ex-tile-value ex-ht${step}" data-for="${esc(t.mark.key)}" x="${x + size / 2}" y="${r1(y + tileH / 2 + 18)}" text-anchor="middle">${t.value}</text>`);
    p.push('</a>');
  });
  note.forEach((l, i) => texts.push(`<text class="ex-tick" x="0" y="${rows * (tileH + gap) + 14 + i * 16}">${esc(l)}</text>`));
  p.push(`<g class="ex-deco" aria-hidden="true">${texts.join('')}</g>`);
  p.push('</svg>');
  return p.join('');
}
