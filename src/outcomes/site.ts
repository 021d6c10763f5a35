/**
 * The outcomes layer as the site builds it: content/editorial/outcomes.json validated with its zod schema
 * (a bad file fails the build), every record's target checked against the model, labels and links from the
 * site's helpers. Pages and components read it through here.
 */
import raw from '../../content/editorial/outcomes.json';
import enTables from '../../content/en/tables.json';
import { OutcomesFile } from '../../scripts/model/outcomes';
import { plan, permalink, targetFigure, provisionById, type Plan, type Target } from '../lib/plan';
import { enCite, enTargetFigure, enTargetSubject, hasEnglish } from '../lib/english';
import type { Lang } from '../i18n';
import { buildOutcomes, type OutcomesView } from './model';

/** Parse and check the outcomes file against the plan: unknown targets are an error, not a silent drop. */
export function loadOutcomes(data: unknown, p: Plan): OutcomesFile {
  const file = OutcomesFile.parse(data);
  const ids = new Set(p.targets.map((t) => t.id));
  const bad = [...file.outcomes.map((o) => o.target), ...file.notFound.map((n) => n.target)].filter((id) => !ids.has(id));
  if (bad.length > 0) throw new Error(`content/editorial/outcomes.json names targets the model does not have: ${bad.join(', ')}`);
  const ns = new Set(file.lookups.map((l) => l.n));
  const missing = file.notFound.flatMap((n) => n.lookups).filter((n) => !ns.has(n));
  if (missing.length > 0) throw new Error(`content/editorial/outcomes.json cites look-ups it does not log: ${missing.join(', ')}`);
  return file;
}

/** The reported results are editorial research on the seed's targets, like its English edition: another plan has none. */
const NONE: OutcomesFile = { schemaVersion: 1, about: { zh: '', en: '' }, method: { zh: '', en: '', searchedOn: '1970-01-01' }, outOfScope: [], outcomes: [], notFound: [], lookups: [] };
export const outcomesFile = hasEnglish ? loadOutcomes(raw, plan) : NONE;
/**
 * Whether anyone looked for this plan's results. Without that research a target has no status at all: the
 * layer is left out everywhere (clauses, units, home, explorer, search, downloads), never shown as
 * "no published result found", which would claim a search that was not made.
 */
export const hasOutcomes = outcomesFile.outcomes.length + outcomesFile.notFound.length > 0;

/** English city names from the English edition's attachment tables (南宁市 → Nanning). */
const enPlace = (() => {
  const m = new Map<string, string>();
  for (const tb of plan.tables) {
    const col = tb.columns.find((c) => c.type === 'text' && /市$/.test(c.label.replace(/\s*[（(].*$/, '')));
    const enTb = (enTables as Record<string, { rows?: Record<string, Record<string, string>> }>)[tb.id];
    if (!col || !enTb?.rows) continue;
    for (const r of tb.rows) {
      const zh = (r.cells[col.key] ?? '').trim();
      const en = enTb.rows[r.id]?.[col.key];
      if (zh && en) m.set(zh.replace(/市$/, ''), en);
    }
  }
  return m;
})();

const MEASURE: Record<string, { zh: string; en: string }> = {
  new: { zh: '新增', en: 'new' },
  cumulative: { zh: '总数', en: 'total' },
  planned: { zh: '', en: '' },
};

/** What a tracked target counts, qualified by place and measure so that rows never read alike. */
export function subjectIn(lang: Lang, t: Target): string {
  const m = t.measure ? MEASURE[t.measure] : undefined;
  if (lang === 'en') {
    const base = enTargetSubject(t) ?? t.subject;
    const place = t.place ? `, ${enPlace.get(t.place) ?? t.place}` : '';
    return `${base}${place}${m ? ` (${[m.en, t.deadline].filter(Boolean).join(', ')})` : ''}`;
  }
  const title = t.kind === 'goal' ? provisionById.get(t.provision)?.node.title?.replace(/[。．.]$/, '') : undefined;
  return `${t.place ?? ''}${title ?? t.subject}${m ? `（${t.deadline ? `${t.deadline}年` : ''}${m.zh}）` : ''}`;
}

const cache = new Map<Lang, OutcomesView>();
export function outcomes(lang: Lang): OutcomesView {
  let v = cache.get(lang);
  if (!v) {
    v = buildOutcomes({
      plan: hasOutcomes ? plan : { ...plan, targets: [] },
      file: outcomesFile,
      lang,
      href: (id) => permalink(lang, id),
      cite: (t) => (lang === 'en' ? enCite(t.id) : t.citation),
      subject: (t) => subjectIn(lang, t),
      figure: (t) => (lang === 'en' ? enTargetFigure(t) : targetFigure(t)),
    });
    cache.set(lang, v);
  }
  return v;
}
