/**
 * Chart models: the data functions' numbers, labelled in one language, as what each chart section shows —
 * the SVG, the table view, the notes (stated totals, findings, derived figures) and the source links.
 * The table view, the CSV and the JSON downloads are all made from `columns` and `rows` here, so they hold
 * the same numbers as each other and as the marks. Shared by the plan-specific and the generic charts.
 */
import { format } from 'd3-format';
import type { Lang } from '../../i18n';
import { ex } from '../../i18n/explorer';
import type { Plan, TechFieldMapping } from '../data/types';
import { provisionMap } from '../data/util';
import { Labels, type EnBundle } from '../labels';

export interface Col {
  key: string;
  label: string;
  num?: boolean;
}
export type Cell = string | number | null;
export interface TRow {
  /** Model id of the row's source (clause, table row, target, total, unit). */
  id: string;
  href: string;
  tokens: string[];
  cells: Record<string, Cell>;
  /** A stated total or other summary line (table footer). */
  foot?: boolean;
}
export interface Note {
  text: string;
  href?: string;
  kind: 'stated' | 'finding' | 'derived' | 'editorial' | 'info';
}
export interface ChartModel {
  id: string;
  title: string;
  takeaway: string;
  columns: Col[];
  rows: TRow[];
  svgs: { id: string; caption?: string; svg: string }[];
  legend: { cls: string; label: string; kind?: 'bar' | 'marker' | 'derived' }[];
  notes: Note[];
  sources: { label: string; href: string }[];
  /** Number of marks the SVGs draw (in each layout: the wide and the narrow drawing have the same marks). */
  marks: number;
  editorial?: boolean;
  cards?: { label: string; figure: string; by: string; href: string; citation: string; baseline?: { text: string; href: string } }[];
}
export interface DataSet {
  id: string;
  title: string;
  columns: Col[];
  rows: TRow[];
}

export interface BuildContext {
  plan: Plan;
  mapping: TechFieldMapping;
  lang: Lang;
  en?: EnBundle;
  /** Permalink of a model id (clause, row, total, target, check) in this language. */
  href: (id: string) => string;
  /** Page of a unit. */
  unitHref: (id: string) => string;
  /** Tile layout of the cities (editorial). */
  tiles?: Record<string, [number, number]>;
  /** How a person cites a model id in this language; the model's Chinese citation when absent. */
  cite?: (id: string) => string | undefined;
}

export const pct = format('.0%');

/** A model id's citation in the page's language. */
export function cite(ctx: BuildContext, id: string, zh: string): string {
  if (ctx.lang === 'zh-CN' || !ctx.cite) return zh;
  try {
    return ctx.cite(id) ?? zh;
  } catch {
    return zh;
  }
}

export function figure(lang: Lang, g: { value: number; valueMax?: number; unit: string; bound: string }): string {
  const range = g.valueMax !== undefined ? `${g.value}${lang === 'en' ? '–' : '—'}${g.valueMax}` : `${g.value}`;
  if (lang === 'zh-CN') return `${g.bound === 'more-than' ? '超过 ' : ''}${range}${/^[%‰]/.test(g.unit) ? '' : ' '}${g.unit}${g.bound === 'at-least' ? '以上' : ''}`;
  const unit = g.unit === '%' ? '%' : g.unit === '位' ? ' places' : '';
  return `${g.bound === 'at-least' ? 'at least ' : g.bound === 'more-than' ? 'more than ' : ''}${range}${unit}`;
}

export function joinNames(lang: Lang, names: string[]): string {
  if (lang === 'zh-CN') return names.join('、');
  if (names.length <= 2) return names.join(' and ');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

export function sources(ctx: BuildContext, ids: string[]) {
  const provs = provisionMap(ctx.plan);
  const seen = new Set<string>();
  const out: { label: string; href: string }[] = [];
  for (const id of ids) {
    if (!id || seen.has(id)) continue;
    seen.add(id);
    const p = provs.get(id);
    const tb = ctx.plan.tables.find((t) => t.id === id);
    const label = p ? `${cite(ctx, p.id, p.citation)}${p.title ? ` ${new Labels(ctx.lang, ctx.en).provision(p.id, p.title)}` : ''}` : tb ? cite(ctx, tb.id, tb.citation) : id;
    out.push({ label, href: ctx.href(id) });
  }
  return out;
}

export function statedNote(ctx: BuildContext, s: { stated: number; computed: number; source: string; check?: string; finding: boolean }): Note {
  const L = ctx.lang;
  const text = ex(L, 'stated.total', { stated: s.stated, computed: s.computed }) + ex(L, s.stated === s.computed ? 'stated.agree' : 'stated.differ');
  return { text, href: ctx.href(s.finding && s.check ? s.check : s.source), kind: s.finding ? 'finding' : 'stated' };
}

