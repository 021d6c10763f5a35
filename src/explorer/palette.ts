/**
 * Chart colours. Hues from the Okabe–Ito set (told apart with the common colour-vision deficiencies),
 * darkened for light pages and kept light for dark pages so each mark has at least 3:1 contrast with the
 * page (WCAG 1.4.11). Heat-table steps are cell backgrounds with their own text colour (≥ 4.5:1).
 * tests/unit/explorer/palette.test.ts checks every pair.
 */
export const PAGE_BG = { light: '#fbfaf7', dark: '#15171a' } as const;

export const SERIES = {
  light: { c1: '#0072b2', c2: '#b84a00', c3: '#00785a', c4: '#9e3f7a', neutral: '#6f6a63' },
  dark: { c1: '#56b4e9', c2: '#e69f00', c3: '#2bb88e', c4: '#d88ab6', neutral: '#a39e96' },
} as const;
export type SeriesKey = keyof (typeof SERIES)['light'];

/** Sequential steps, light to dark, with the text colour written on each. */
export const HEAT: { fill: string; text: string }[] = [
  { fill: '#e4eef8', text: '#1b1b1b' },
  { fill: '#b7d3ee', text: '#1b1b1b' },
  { fill: '#72a9dc', text: '#1b1b1b' },
  { fill: '#2f6fb3', text: '#ffffff' },
  { fill: '#143f73', text: '#ffffff' },
];

function channel(c: number): number {
  const s = c / 255;
  return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}
export function luminance(hex: string): number {
  const n = parseInt(hex.slice(1), 16);
  return 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
}
export function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p) as [number, number];
  return (x + 0.05) / (y + 0.05);
}

/** CSS custom properties for the series colours, light and dark. */
export function paletteCss(): string {
  const vars = (m: Record<string, string>) =>
    Object.entries(m)
      .map(([k, v]) => `--ex-${k}:${v};`)
      .join('');
  return `:root{${vars(SERIES.light)}}@media (prefers-color-scheme: dark){:root{${vars(SERIES.dark)}}}@media print{:root{${vars(SERIES.light)}}}${heatCss()}`;
}

/** Heat steps as classes (`ex-h2` fill, `ex-ht2` text on it): the cells carry classes, never style attributes (CSP). */
function heatCss(): string {
  return HEAT.map((h, i) => `.ex-svg .ex-h${i}{fill:${h.fill}}.ex-svg text.ex-ht${i}{fill:${h.text}}`).join('');
}
