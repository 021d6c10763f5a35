/** The explorer as the site builds it: the real plan, the editorial files, the English edition, the site's links. */
import { plan, permalink, unitPath } from '../lib/plan';
import { enCite } from '../lib/english';
import type { Lang } from '../i18n';
import mapping from '../../content/editorial/technology-fields.json';
import cityTiles from '../../content/editorial/city-tiles.json';
import enTables from '../../content/en/tables.json';
import enUnits from '../../content/en/units.json';
import enTargets from '../../content/en/targets.json';
import enPlan from '../../content/en/provisions-plan.json';
import enAtt from '../../content/en/provisions-attachments.json';
import { buildExplorer, type Explorer } from './charts';
import { filterOptions, listItems } from './data/facets';
import type { TechFieldMapping } from './data/types';
import type { EnBundle } from './labels';

export const en: EnBundle = {
  tables: enTables as EnBundle['tables'],
  units: enUnits as Record<string, string>,
  targets: enTargets as EnBundle['targets'],
  provisions: { ...(enPlan as EnBundle['provisions']), ...(enAtt as EnBundle['provisions']) },
};
export const techMapping = mapping as TechFieldMapping;
export const tiles = (cityTiles as unknown as { tiles: Record<string, [number, number]> }).tiles;
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

export const items = () => listItems(plan, techMapping);
export const options = () => filterOptions(plan);
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
