/**
 * Reported outcomes: what third parties (government sites, official media, copies of them) said the plan
 * achieved, one record per reported figure, with the exact sentence it was read in. Editorial data, not part of
 * the document: it never changes the model. The status of each target is computed here from the model's
 * figure, bound and deadline and the reports that measure the same thing; nothing about status is typed by hand.
 *
 * Pure: imports nothing of the project but zod (the model folder stands alone).
 */
import { z } from 'zod';

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const SourceKind = z.enum([
  'official', // a government site (gov.cn, *.gxzf.gov.cn), a 政府工作报告, a 统计公报
  'official-media', // a state or party news outlet (科技日报, 广西日报, 国际在线 …), or a government site's copy of one
  'aggregator-copy', // any other site: a copy or a summary whose origin could not be checked
]);
export type SourceKind = z.infer<typeof SourceKind>;

export const Match = z.enum([
  'same', // the same measure as the target (same count or rate, same scope, same period)
  'related', // a neighbouring measure (one year's figure of a three-year total, a forecast, a different count)
  'weak', // only loosely related; shown for context
]);
export type Match = z.infer<typeof Match>;

export const Outcome = z.object({
  /** Stable id of the record ("r01" …). */
  id: z.string().regex(/^[a-z0-9_]+$/),
  /** The id of a target in content/data/plan.json. */
  target: z.string().regex(/^[a-z0-9_]+$/),
  /** The year the figure refers to. */
  year: z.number().int(),
  value: z.number(),
  unit: z.string(),
  /** The cut-off the report gives ("截至今年10月31日" → 2020-10-31), if it gives one. */
  asOf: IsoDate.optional(),
  /** The sentence the figure was read in, copied exactly (at most 200 characters). */
  quote: z.string().min(1).max(200),
  /** How the value is printed inside the quote, when not as plain digits ("2,800", "三分之一"). */
  printed: z.string().optional(),
  url: z.string().url(),
  /** Who published the page (and whose report it copies), as the page names itself. */
  publisher: z.string(),
  /** The publisher in English (the edition's rendering), for English pages; the original is kept beside it. */
  publisherEn: z.string().optional(),
  /** The page's publication date; absent when the stored copy does not show one (never guessed). */
  published: IsoDate.optional(),
  sourceKind: SourceKind,
  match: Match,
  /** Whether the report says "more than" (突破, 超过) or "about"; plain figures are "exact". */
  qualifier: z.enum(['exact', 'more-than', 'forecast']).default('exact'),
  /** Editorial note, Chinese. */
  note: z.string().optional(),
  /** Editorial note, English. */
  noteEn: z.string().optional(),
});
export type Outcome = z.infer<typeof Outcome>;

export const Lookup = z.object({
  n: z.number().int().positive(),
  query: z.string(),
  /** What came back, in short. */
  found: z.string(),
});
export type Lookup = z.infer<typeof Lookup>;

export const NotFound = z.object({
  target: z.string().regex(/^[a-z0-9_]+$/),
  /** Numbers (n) of the look-ups that were aimed at this target. */
  lookups: z.array(z.number().int().positive()).min(1),
  note: z.string(),
  noteEn: z.string(),
});
export type NotFound = z.infer<typeof NotFound>;

export const OutcomesFile = z.object({
  schemaVersion: z.literal(1),
  /** What this layer is, in both languages (shown on the site). */
  about: z.object({ zh: z.string(), en: z.string() }),
  /** Where the look-ups were made and when. */
  method: z.object({ zh: z.string(), en: z.string(), searchedOn: IsoDate }),
  /** Targets whose results are tracked; other targets (baselines, field breakdowns) are listed as out of scope. */
  outOfScope: z.array(z.object({ kinds: z.array(z.string()), zh: z.string(), en: z.string() })),
  outcomes: z.array(Outcome),
  notFound: z.array(NotFound),
  lookups: z.array(Lookup),
});
export type OutcomesFile = z.infer<typeof OutcomesFile>;

// ————————————————————————————————————————————————————————————— status

/** The part of a model target that status needs (structurally the model's Target). */
export interface TargetLike {
  id: string;
  kind: string;
  value: number;
  valueMax?: number;
  bound: 'at-least' | 'more-than' | 'exact' | 'range';
  deadline?: number;
  /** For a change of rank ("前移 2—3 位"): which way it moves, and the baseline rank it moves from. */
  move?: 'up' | 'down';
  baseline?: number;
  unit: string;
}

export type Status = 'met' | 'not-met' | 'mixed' | 'no-report';

export interface Verdict {
  report: Outcome;
  /** The value compared with the target (for a rank: places moved up from the baseline). */
  compared: number;
  met: boolean;
  /** Above the target's figure (for exact and range targets: beyond the figure or the range). */
  exceeded: boolean;
}

export interface TargetStatus {
  target: string;
  status: Status;
  /** The same-measure reports that decided the status (for the deadline year), each with its verdict. */
  deciding: Verdict[];
  /** Same-measure reports for other years (progress before the deadline). */
  interim: Outcome[];
  /** Related and weak reports, shown but never deciding. */
  context: Outcome[];
}

/**
 * Does one reported value reach the target?
 * - at-least ("100 项以上"): value ≥ target.
 * - exact ("创建 100 个", "新增 300 家"): the document states a count to reach; a report at or above it counts
 *   as reached, and `exceeded` says it went beyond. A report "more than X" (突破 X) is read as X, never rounded up.
 * - a change of rank ("前移 2—3 位", `move`): with a baseline rank, the places moved that way (up: baseline −
 *   reported rank) must reach the lower end; without one, the value itself must reach the lower end.
 */
export function judge(target: TargetLike, report: Pick<Outcome, 'value'>): { compared: number; met: boolean; exceeded: boolean } {
  const { move, baseline } = target;
  // A rank moves up when its number falls: up from 25th to 22nd is 3 places.
  const compared = move && baseline !== undefined ? (move === 'up' ? baseline - report.value : report.value - baseline) : report.value;
  const upper = target.bound === 'range' ? (target.valueMax ?? target.value) : target.value;
  // "More than 500" is reached only above 500, and then not "exceeded": going beyond is the target itself.
  const met = target.bound === 'more-than' ? compared > target.value : compared >= target.value;
  const exceeded = target.bound === 'more-than' ? false : target.bound === 'at-least' ? compared > target.value : compared > upper;
  return { compared, met, exceeded };
}

/**
 * The status of one target from the reports about it. Only `same`-measure reports for the target's deadline
 * year decide (for a target without a deadline, any same-measure report decides). Reports that disagree are
 * all kept, each with its own date; nothing is averaged. All deciding reports reached → met; none → not met;
 * some → mixed; no deciding report → no report found.
 */
export function targetStatus(target: TargetLike, reports: readonly Outcome[]): TargetStatus {
  const mine = reports.filter((r) => r.target === target.id);
  const same = mine.filter((r) => r.match === 'same');
  const decides = (r: Outcome) => target.deadline === undefined || r.year === target.deadline;
  const deciding = same.filter(decides).map((report) => ({ report, ...judge(target, report) }));
  deciding.sort(byDate);
  const interim = same.filter((r) => !decides(r)).sort((a, b) => a.year - b.year || dateKey(a).localeCompare(dateKey(b)));
  const context = mine.filter((r) => r.match !== 'same').sort((a, b) => a.year - b.year || dateKey(a).localeCompare(dateKey(b)));
  const metCount = deciding.filter((v) => v.met).length;
  const status: Status =
    deciding.length === 0 ? 'no-report' : metCount === deciding.length ? 'met' : metCount === 0 ? 'not-met' : 'mixed';
  return { target: target.id, status, deciding, interim, context };
}

/** The date a report speaks for: its cut-off, else its publication date ('' when it has neither). */
export function dateKey(r: Pick<Outcome, 'asOf' | 'published'>): string {
  return r.asOf ?? r.published ?? '';
}
function byDate(a: Verdict, b: Verdict): number {
  return dateKey(a.report).localeCompare(dateKey(b.report)) || a.report.id.localeCompare(b.report.id);
}

/** Targets whose results this layer tracks: those with a deadline, except baselines. */
export function isTracked(target: Pick<TargetLike, 'kind' | 'deadline'>): boolean {
  return target.kind !== 'baseline' && target.deadline !== undefined;
}

/**
 * The ways a value can be printed in a Chinese sentence: 1000, 1,000, 1 000, 1000.0; 55 as 55%; 2800 as
 * 2800 or 2,800. Used to check that a quote contains its value. A record may name its printed form (`printed`)
 * when the sentence writes it otherwise (千, 三分之一); that form must then appear in the quote.
 */
export function printedForms(value: number): string[] {
  const plain = String(value);
  const [int = plain, frac] = plain.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const spaced = int.replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  const forms = new Set([plain, frac ? `${grouped}.${frac}` : grouped, frac ? `${spaced}.${frac}` : spaced]);
  return [...forms];
}

/** Does the quote print the record's value (as a whole number, not as part of a longer one)? */
export function quoteHasValue(r: Pick<Outcome, 'quote' | 'value' | 'printed'>): boolean {
  const forms = r.printed ? [r.printed] : printedForms(r.value);
  return forms.some((f) => {
    const re = new RegExp(`(?<![\\d.,])${f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\d]|[.,]\\d)`);
    return re.test(r.quote);
  });
}

/** The JSON Schema of the outcomes file, as written to content/editorial/outcomes.schema.json. */
export function outcomesJsonSchema(): string {
  return JSON.stringify(z.toJSONSchema(OutcomesFile, { target: 'draft-2020-12', io: 'input' }), null, 2) + '\n';
}
