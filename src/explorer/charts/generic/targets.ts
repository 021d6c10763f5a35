/**
 * The plan's own targets, for any plan: every quantified target no plan-specific chart draws, as bars grouped
 * by unit of measure (one set of bars per unit: 家 and % never share an axis), each linking to its clause.
 */
import { ex } from '../../../i18n/explorer';
import type { Target } from '../../data/types';
import { tokens } from '../../data/facets';
import { provisionMap } from '../../data/util';
import type { Labels } from '../../labels';
import { hbar } from '../../svg/hbar';
import { cite, figure, sources, type BuildContext, type ChartModel, type Col } from '../model';

export const TARGETS_CHART_ID = 'plan-targets';

const KIND_ORDER: Target['kind'][] = ['goal', 'indicator', 'baseline', 'milestone', 'field-count'];

/** A target's bar label: what is counted (in which field), where, and by when. */
function label(L: Labels, lang: 'zh-CN' | 'en', t: Target, fieldTitle?: string | null): string {
  const f = t.kind === 'field-count' ? (t.field ?? fieldTitle?.replace(/[。．.]$/, '')) : undefined;
  const field = f ? `${f}${lang === 'en' ? ': ' : '：'}` : '';
  const subject = field + L.target(t.id, t.subject);
  const place = t.place ? (lang === 'en' ? `${L.city(t.place)}: ` : `${t.place} `) : '';
  const year = t.deadline !== undefined ? (lang === 'en' ? ` (${t.deadline})` : `（${t.deadline}年）`) : t.asOf !== undefined ? (lang === 'en' ? ` (${t.asOf})` : `（${t.asOf}年）`) : '';
  return `${place}${subject}${year}`;
}

export function targetsChart(ctx: BuildContext, L: Labels, targets: Target[]): ChartModel | undefined {
  const lang = ctx.lang;
  if (targets.length === 0) return undefined;
  const provs = provisionMap(ctx.plan);
  const lbl = (t: Target) => label(L, lang, t, provs.get(t.provision)?.title);
  const sorted = [...targets].sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind));
  const units = [...new Set(sorted.map((t) => t.unit))];
  const svgs = units.map((u, i) => {
    const id = `svg-${TARGETS_CHART_ID}-${i + 1}`;
    const rows = sorted
      .filter((t) => t.unit === u)
      .map((t) => ({
        key: t.id,
        href: ctx.href(t.id),
        tip: `${lbl(t)}${lang === 'en' ? ': ' : '：'}${figure(lang, t)} · ${cite(ctx, t.id, t.citation)}`,
        tokens: tokens({ city: t.place ? [t.place] : [], year: t.deadline !== undefined ? [t.deadline] : [] }),
        label: lbl(t),
        value: t.valueMax ?? t.value,
        valueLabel: figure(lang, t),
        cls: t.kind === 'baseline' ? 'ex-neutral' : t.kind === 'milestone' ? 'ex-c3' : 'ex-c1',
      }));
    const caption = ex(lang, 'plan.targets.unit', { unit: u || ex(lang, 'plan.targets.noUnit'), n: rows.length });
    return { id, caption, svg: hbar({ id, labelledBy: `cap-${id}`, rows, wholeTicks: rows.every((r) => Number.isInteger(r.value)), ...(/^%/.test(u) ? { tickFormat: (n: number) => `${n}%` } : {}) }), marks: rows.length };
  });
  const years = [...new Set(targets.flatMap((t) => (t.deadline !== undefined ? [t.deadline] : [])))].sort();
  const columns: Col[] = [
    { key: 'subject', label: ex(lang, 'col.subject') },
    { key: 'place', label: ex(lang, 'col.place') },
    { key: 'value', label: ex(lang, 'col.value'), num: true },
    { key: 'valueMax', label: ex(lang, 'col.valueMax'), num: true },
    { key: 'unit', label: ex(lang, 'col.unit') },
    { key: 'bound', label: ex(lang, 'col.bound') },
    { key: 'deadline', label: ex(lang, 'col.deadline'), num: true },
    { key: 'source', label: ex(lang, 'col.source') },
  ];
  return {
    id: TARGETS_CHART_ID,
    title: ex(lang, 'plan.targets.title'),
    takeaway: ex(lang, years.length === 0 ? 'plan.targets.takeNoYear' : years[0] === years[years.length - 1] ? 'plan.targets.takeOneYear' : 'plan.targets.take', { n: targets.length, k: units.length, y0: years[0] ?? '', y1: years[years.length - 1] ?? '' }),
    columns,
    rows: sorted.map((t) => ({
      id: t.id,
      href: ctx.href(t.id),
      tokens: tokens({ city: t.place ? [t.place] : [], year: t.deadline !== undefined ? [t.deadline] : [] }),
      cells: {
        subject: L.target(t.id, t.subject),
        place: t.place ? L.city(t.place) : '',
        value: t.value,
        valueMax: t.valueMax ?? null,
        unit: t.unit,
        bound: ex(lang, `bound.${t.bound}` as const),
        deadline: t.deadline ?? null,
        source: cite(ctx, t.id, t.citation),
      },
    })),
    svgs: svgs.map(({ id, caption, svg }) => ({ id, caption, svg })),
    legend: [],
    notes: [{ kind: 'info', text: ex(lang, 'plan.targets.note') }],
    sources: sources(ctx, [...new Set(sorted.map((t) => t.provision))]),
    marks: svgs.reduce((a, s) => a + s.marks, 0),
  };
}
