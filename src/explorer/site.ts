/**
 * The explorer as the site builds it: the plan being built, the site's links, and — only when that plan is the
 * document they were made for (content/en/meta.json names it) — the English edition and the editorial files.
 */
import { plan, permalink, unitPath } from '../lib/plan';
import { enCite, hasEnglish } from '../lib/english';
import type { Lang } from '../i18n';
import mapping from '../../content/editorial/technology-fields.json';
import cityTiles from '../../content/editorial/city-tiles.json';
import enTables from '../../content/en/tables.json';
import enUnits from '../../content/en/units.json';
import enTargets from '../../content/en/targets.json';
import enPlan from '../../content/en/provisions-plan.json';
import enAtt from '../../content/en/provisions-attachments.json';
import { buildExplorer, selectCharts, TARGETS_CHART_ID, type Explorer } from './charts';
import { filterOptions, listItems } from './data/facets';
import type { TechFieldMapping } from './data/types';
import type { EnBundle } from './labels';

export const en: EnBundle = hasEnglish
  ? {
      tables: enTables as EnBundle['tables'],
      units: enUnits as Record<string, string>,
      targets: enTargets as EnBundle['targets'],
      provisions: { ...(enPlan as EnBundle['provisions']), ...(enAtt as EnBundle['provisions']) },
    }
  : {};
/** The editorial files belong to the same document as the English edition: another plan gets none. */
const editorialApplies = hasEnglish;
export const techMapping: TechFieldMapping = editorialApplies ? (mapping as TechFieldMapping) : { about: '', about_en: '', reviewed: '', rows: [] };
export const tiles = editorialApplies ? (cityTiles as unknown as { tiles: Record<string, [number, number]> }).tiles : {};
export const cityTilesAbout = cityTiles as { about: string; about_en: string };

const cache = new Map<Lang, Explorer>();
export function explorer(lang: Lang): Explorer {
  let x = cache.get(lang);
  if (!x) {
    x = buildExplorer({ plan, mapping: techMapping, lang, en, href: (id) => permalink(lang, id), unitHref: (id) => unitPath(lang, id), tiles, cite: enCite });
    cache.set(lang, x);
  }
  return x;
}

/** The charts drawn and the targets the generic chart draws: the filters and the list follow them. */
function drawn() {
  const x = explorer('zh-CN');
  const sel = selectCharts({ plan, mapping: techMapping, lang: 'zh-CN', href: (id) => id, unitHref: (id) => id });
  const generic = new Set(x.charts.some((c) => c.id === TARGETS_CHART_ID) ? sel.targets.map((t) => t.id) : []);
  const covered = new Set(plan.targets.filter((t) => !sel.targets.includes(t)).map((t) => t.id));
  // Without a generic target chart the list keeps the hand-designed charts' own selection of targets.
  return { charts: new Set(x.charts.map((c) => c.id)), generic, targets: generic.size ? new Set([...covered, ...generic]) : undefined };
}
export const items = () => {
  const d = drawn();
  return listItems(plan, techMapping, d.charts, d.targets);
};
export const options = () => {
  const d = drawn();
  return filterOptions(plan, d.charts, d.generic);
};
export { plan };

/** How a person cites a model id on a page in this language. */
export function citeIn(lang: Lang, id: string, zh: string): string {
  if (lang === 'zh-CN') return zh;
  try {
    return enCite(id);
  } catch {
    return zh;
  }
}
