/**
 * The reported-outcomes layer as the site shows it, built from the plan model and the editorial outcomes file:
 * one row per tracked target (status computed, reports sorted), the explorer chart, the CSV and JSON downloads.
 * Pure: data and link/label functions in, plain values and strings out (tests build it from cloned files).
 */
import type { Plan, Target } from '../../scripts/model/plan';
import {
  dateKey,
  isTracked,
  judge,
  targetStatus,
  type Lookup,
  type NotFound,
  type Outcome,
  type OutcomesFile,
  type Status,
  type TargetLike,
  type TargetStatus,
} from '../../scripts/model/outcomes';
import { formatDate, type Lang } from '../i18n';
import { ot } from '../i18n/outcomes';
import { hbar, type BarRow } from '../explorer/svg/hbar';
import { csvDocument } from '../../scripts/model/csv';

export type { Outcome, OutcomesFile, Status };

export interface OutcomeContext {
  plan: Plan;
  file: OutcomesFile;
  lang: Lang;
  /** Permalink of a model id on its reading page. */
  href: (id: string) => string;
  /** A target's position as cited in this language ("二（三）4", "Part II(3)4"). */
  cite: (t: Target) => string;
  /** What a target counts, in this language. */
  subject: (t: Target) => string;
  /** A target's figure as the document writes it, in this language ("1000 家以上"). */
  figure: (t: Target) => string;
}

export interface TargetRow extends TargetStatus {
  t: Target;
  like: TargetLike;
  cite: string;
  subject: string;
  figure: string;
  href: string;
  notFound?: NotFound;
  /** The look-ups named by the not-found entry, in full. */
  lookups: Lookup[];
}

export interface OutcomesView {
  lang: Lang;
  rows: TargetRow[];
  byTarget: Map<string, TargetRow>;
  counts: Record<Status, number>;
  file: OutcomesFile;
}

/** The model target as status needs it: ranks ("前移 2—3 位") are a change against their baseline. */
export function asTargetLike(plan: Plan, t: Target): TargetLike {
  const base = plan.targets.find((b) => b.kind === 'baseline' && b.baselineOf === t.id);
  return { ...t, baseline: t.move && base ? base.value : undefined };
}

export function buildOutcomes(ctx: OutcomeContext): OutcomesView {
  const { plan, file, lang } = ctx;
  const lookupByN = new Map(file.lookups.map((l) => [l.n, l]));
  const rows: TargetRow[] = plan.targets.filter(isTracked).map((t) => {
    const like = asTargetLike(plan, t);
    const st = targetStatus(like, file.outcomes);
    const notFound = file.notFound.find((n) => n.target === t.id);
    return {
      ...st,
      t,
      like,
      cite: ctx.cite(t),
      subject: ctx.subject(t),
      figure: ctx.figure(t),
      href: ctx.href(t.id),
      notFound,
      lookups: (notFound?.lookups ?? []).map((n) => lookupByN.get(n)).filter((l): l is Lookup => l !== undefined),
    };
  });
  const counts: Record<Status, number> = { met: 0, 'not-met': 0, mixed: 0, 'no-report': 0 };
  for (const r of rows) counts[r.status]++;
  return { lang, rows, byTarget: new Map(rows.map((r) => [r.t.id, r])), counts, file };
}

// ————————————————————————————————————————————————————————————— text helpers

export function statusText(lang: Lang, s: Status): string {
  return ot(lang, `status.${s}`);
}
export function statusSymbol(lang: Lang, s: Status): string {
  return ot(lang, `status.sym.${s}`);
}
/** Counting words have no English equivalent to print ("127 项" → "127"); ranks read as places. */
const UNIT_EN: Record<string, string> = { '%': '%', '‰': '‰', 位: ' places' };
export function valueText(lang: Lang, r: Pick<Outcome, 'value' | 'unit'>): string {
  if (r.unit === '%') return `${r.value}%`;
  if (lang === 'en') return `${r.value}${UNIT_EN[r.unit] ?? ''}`;
  return ot(lang, 'report.value', { value: r.value, unit: r.unit });
}
/** "截至 2020年10月31日" or "发布于 2020年12月5日" or "发布日期不详". */
export function whenText(lang: Lang, r: Pick<Outcome, 'asOf' | 'published'>): string {
  if (r.asOf) return ot(lang, 'report.asOf', { date: formatDate(lang, r.asOf) });
  if (r.published) return ot(lang, 'report.published', { date: formatDate(lang, r.published) });
  return ot(lang, 'report.noDate');
}
/** Who published a report, in the page's language where the edition has a rendering (the original otherwise). */
export function publisherOf(lang: Lang, r: Pick<Outcome, 'publisher' | 'publisherEn'>): string {
  return lang === 'en' ? (r.publisherEn ?? r.publisher) : r.publisher;
}
export function noteOf(lang: Lang, x: { note?: string; noteEn?: string }): string {
  return (lang === 'en' ? x.noteEn : x.note) ?? '';
}
/** The reports of a row in display order: deciding first, then interim (earlier years), then related. */
export function reportsOf(row: TargetRow): { report: Outcome; role: 'deciding' | 'interim' | 'context'; met?: boolean; exceeded?: boolean }[] {
  return [
    ...row.deciding.map((v) => ({ report: v.report, role: 'deciding' as const, met: v.met, exceeded: v.exceeded })),
    ...row.interim.map((report) => ({ report, role: 'interim' as const })),
    ...row.context.map((report) => ({ report, role: 'context' as const })),
  ];
}
const KIND_RANK: Record<Outcome['sourceKind'], number> = { official: 0, 'official-media': 1, 'aggregator-copy': 2 };
/** The deciding report to quote first: the most official source, then the latest date. */
export function headline(row: TargetStatus): Outcome | undefined {
  return [...row.deciding]
    .map((v) => v.report)
    .sort((a, b) => KIND_RANK[a.sourceKind] - KIND_RANK[b.sourceKind] || dateKey(b).localeCompare(dateKey(a)))[0];
}

/** The element id of a report on a reading page (search results land on it). */
export const reportElementId = (r: Pick<Outcome, 'id'>) => `result_${r.id}`;

// ————————————————————————————————————————————————————————————— chart

export interface ResultsChart {
  svg: string;
  marks: number;
  take: string;
}

/**
 * One bar per same-measure report (deciding and interim), as a percentage of the target, drawn with the
 * explorer's hbar so it gets the same phone layout; each bar links to the report's source.
 */
export function resultsChart(view: OutcomesView, id = 'outcomes'): ResultsChart {
  const { lang } = view;
  const bars: BarRow[] = [];
  for (const row of view.rows) {
    const items = [
      ...row.deciding.map((v) => ({ report: v.report, compared: v.compared, status: (v.met ? 'met' : 'not-met') as Status, interim: false })),
      ...row.interim.map((report) => ({ report, compared: compare(row, report), status: undefined, interim: true })),
    ];
    for (const it of items) {
      const pct = row.t.value === 0 ? 0 : Math.round((it.compared / row.t.value) * 100);
      const when = whenText(lang, it.report);
      const stText = it.interim ? ot(lang, 'report.interim', { year: it.report.year }) : statusText(lang, it.status!);
      const tip = ot(lang, 'tip', {
        cite: row.cite,
        subject: row.subject,
        figure: row.figure,
        value: valueText(lang, it.report),
        pct: `${pct}%`,
        when,
        publisher: publisherOf(lang, it.report),
        status: stText,
      });
      bars.push({
        href: it.report.url,
        tip,
        tokens: [`year:${it.report.year}`],
        key: `${row.t.id}:${it.report.id}`,
        label: `${row.cite} ${row.subject} · ${it.report.asOf ?? it.report.year}`,
        value: pct,
        valueLabel: `${valueText(lang, it.report)} · ${pct}% · ${it.interim ? ot(lang, 'report.interim', { year: it.report.year }) : `${statusSymbol(lang, it.status!)} ${stText}`}`,
        cls: it.interim ? 'ex-neutral' : it.status === 'met' ? 'ex-c1' : 'ex-c2',
      });
    }
  }
  const svg = hbar({
    id,
    labelledBy: `cap-${id}`,
    rows: bars,
    ref: { value: 100, label: ot(lang, 'explorer.ref') },
    tickFormat: (n) => `${n}%`,
  });
  const c = view.counts;
  const take = ot(lang, 'explorer.take', { n: view.rows.length, met: c.met, notMet: c['not-met'], mixed: c.mixed, none: c['no-report'] });
  return { svg, marks: bars.length, take };
}

function compare(row: TargetRow, report: Outcome): number {
  return judge(row.like, report).compared;
}

// ————————————————————————————————————————————————————————————— downloads

const CSV_COLS = [
  'target', 'citation', 'subject', 'targetFigure', 'deadline', 'status', 'record', 'role', 'year', 'value', 'unit', 'asOf',
  'qualifier', 'match', 'reached', 'publisher', 'publisherEn', 'published', 'sourceKind', 'url', 'quote', 'note', 'lookups',
] as const;

/** One line per report (and one per target without any), UTF-8 with BOM like the site's other CSVs. */
export function outcomesCsv(view: OutcomesView): string {
  const { lang } = view;
  const lines: string[][] = [[...CSV_COLS]];
  for (const row of view.rows) {
    const base = [row.t.id, row.cite, row.subject, row.figure, row.t.deadline ? String(row.t.deadline) : '', statusText(lang, row.status)];
    const reps = reportsOf(row);
    if (reps.length === 0) {
      lines.push([...base, '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', noteOf(lang, row.notFound ?? {}), row.lookups.map((l) => l.n).join(' ')]);
    }
    for (const x of reps) {
      const r = x.report;
      lines.push([
        ...base,
        r.id,
        x.role,
        String(r.year),
        String(r.value),
        r.unit,
        r.asOf ?? '',
        r.qualifier,
        r.match,
        x.met === undefined ? '' : x.met ? 'yes' : 'no',
        r.publisher,
        r.publisherEn ?? '',
        r.published ?? '',
        r.sourceKind,
        r.url,
        r.quote,
        noteOf(lang, r),
        '',
      ]);
    }
  }
  return csvDocument(lines);
}

/** The JSON download: the layer's statement, each tracked target with its computed status and reports, the look-ups. */
export function outcomesJson(view: OutcomesView): string {
  const { lang, file } = view;
  const out = {
    about: lang === 'en' ? file.about.en : file.about.zh,
    method: lang === 'en' ? file.method.en : file.method.zh,
    searchedOn: file.method.searchedOn,
    schema: 'outcomes.schema.json describes the editorial source file; this download is derived from it',
    targets: view.rows.map((row) => ({
      id: row.t.id,
      citation: row.cite,
      subject: row.subject,
      value: row.t.value,
      valueMax: row.t.valueMax,
      unit: row.t.unit,
      bound: row.t.bound,
      deadline: row.t.deadline,
      status: row.status,
      statusText: statusText(lang, row.status),
      reports: reportsOf(row).map((x) => ({ ...x.report, role: x.role, reached: x.met, exceeded: x.exceeded })),
      notFound: row.notFound ? { note: noteOf(lang, row.notFound), lookups: row.notFound.lookups } : undefined,
    })),
    outOfScope: file.outOfScope.map((o) => ({ kinds: o.kinds, note: lang === 'en' ? o.en : o.zh })),
    lookups: file.lookups,
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}
