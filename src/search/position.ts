/**
 * Search by position and number: "三（一）7", "附件2", "附件5 附表", "桂政发〔2018〕51号" go straight to the place.
 *
 * The build writes a map from normalised citations to places (`/search/positions.json`, made by
 * `scripts/search/positions.ts` from plan.json); the search page normalises the query the same way and,
 * on an exact hit, opens the place instead of searching. This file is shared by the build and the browser,
 * so it has no imports.
 */

/** One place a citation leads to. */
export interface Position {
  /** Model id (element id on the page), or "" for a whole page. */
  id: string;
  /** Chinese-site path with fragment ("/plan/part_3/#part_3__sec_1__item_7"); localised by the client. */
  url: string;
  /** What to show: the citation as printed, then the title ("三（一）7 电子信息领域"). */
  label: string;
}

export interface PositionMap {
  version: 1;
  /** Normalised citation → place. */
  entries: Record<string, Position>;
}

const OPEN = /[（(〔［[【〖｛{]/g;
const CLOSE = /[）)〕］\]】〗｝}]/g;

/**
 * One spelling for every way a person types a citation: NFKC (full-width digits and letters become ASCII),
 * every kind of bracket becomes "(" / ")", spaces and the dot or comma that ends a number go, Latin is lower-cased.
 * "三（一）7." → "三(一)7"; "桂政发 [2018] 51 号" → "桂政发(2018)51号"; "附件 5 附表" → "附件5附表".
 * A trailing "、" stays: "三、" names part 三, while a lone "三" is only a character to search for.
 */
export function normaliseCitation(s: string): string {
  return s
    .normalize('NFKC')
    .replace(OPEN, '(')
    .replace(CLOSE, ')')
    .replace(/[\s\u3000]+/g, '')
    .replace(/[.．，,。]+$/u, '')
    .toLowerCase();
}

/** English spellings of the same places: "Attachment 2", "Annex 5". */
const ALIASES: [RegExp, string][] = [
  [/^(?:attachment|annex|appendix)(\d+)/, '附件$1'],
];

/** The normalised key(s) to look a query up under, most specific first. */
export function lookupKeys(query: string): string[] {
  const key = normaliseCitation(query);
  if (!key) return [];
  const out = [key];
  for (const [re, to] of ALIASES) if (re.test(key)) out.push(key.replace(re, to));
  return out;
}

/** Whether a query could be a position at all (cheap test before fetching the map). */
export function looksLikePosition(query: string): boolean {
  const q = query.normalize('NFKC');
  return q.length <= 40 && /附件|附表|序号|号|[一二三四五六七八九十]|\d|attachment|annex|appendix/i.test(q);
}

/** The place a query names exactly, if any. */
export function findPosition(map: PositionMap, query: string): Position | undefined {
  for (const k of lookupKeys(query)) {
    const hit = map.entries[k];
    if (hit) return hit;
  }
  return undefined;
}
