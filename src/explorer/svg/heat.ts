/** A city × year grid of labelled cells (one mark per cell), and a labelled tile map (one mark per city). */
import { scaleQuantize } from 'd3-scale';
import { extent } from 'd3-array';
import { HEAT } from '../palette';
import { esc, fit, markOpen, r1, svgOpen, textWidth, type Mark } from './core';

export interface HeatRow {
  label: string;
  cells: { value: number; mark: Mark }[];
  totalLabel: string;
}

export function heatScale(values: number[]) {
  const [lo, hi] = extent(values) as [number, number];
  return scaleQuantize<number>().domain([lo ?? 0, hi ?? 1]).range(HEAT.map((_, i) => i));
}

export function heatGrid(o: { id: string; labelledBy: string; columns: string[]; totalHeader: string; rows: HeatRow[]; width?: number }): string {
  const width = o.width ?? 760;
  const labelW = Math.max(...o.rows.map((r) => textWidth(r.label)), 40) + 16;
  const totalW = 90;
  const cellW = Math.min(140, (width - labelW - totalW) / Math.max(o.columns.length, 1));
  const cellH = 28;
  const top = 30;
  const height = top + o.rows.length * cellH + 6;
  const q = heatScale(o.rows.flatMap((r) => r.cells.map((c) => c.value)));
  const gridW = cellW * o.columns.length;
  const p: string[] = [svgOpen(o.id, Math.round(labelW + gridW + totalW), height, o.labelledBy)];
  p.push('<g class="ex-deco" aria-hidden="true">');
  o.columns.forEach((c, i) => p.push(`<text class="ex-label" x="${r1(labelW + i * cellW + cellW / 2)}" y="20" text-anchor="middle">${esc(c)}</text>`));
  p.push(`<text class="ex-label" x="${r1(labelW + gridW + totalW - 8)}" y="20" text-anchor="end">${esc(o.totalHeader)}</text>`);
  o.rows.forEach((r, i) => {
    const y = top + i * cellH;
    p.push(`<text class="ex-label" x="${labelW - 8}" y="${y + cellH / 2 + 4.5}" text-anchor="end">${esc(r.label)}</text>`);
    p.push(`<text class="ex-value" x="${r1(labelW + gridW + totalW - 8)}" y="${y + cellH / 2 + 4.5}" text-anchor="end">${esc(r.totalLabel)}</text>`);
  });
  p.push('</g>');
  const texts: string[] = [];
  o.rows.forEach((r, i) => {
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
  p.push('</svg>');
  return p.join('');
}

export interface Tile {
  label: string;
  value: number;
  col: number;
  row: number;
  mark: Mark;
}

export function tileMap(o: { id: string; labelledBy: string; tiles: Tile[]; note: string; size?: number }): string {
  const size = o.size ?? 96;
  const gap = 4;
  const cols = Math.max(...o.tiles.map((t) => t.col)) + 1;
  const rows = Math.max(...o.tiles.map((t) => t.row)) + 1;
  const width = cols * (size + gap);
  const height = rows * (size + gap) + 26;
  const q = heatScale(o.tiles.map((t) => t.value));
  const p: string[] = [svgOpen(o.id, width, height, o.labelledBy)];
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
