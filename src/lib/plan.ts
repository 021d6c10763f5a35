/**
 * The plan model as the site sees it: the plan.json of the plan being built (written by the ingest into
 * content/ for the seed, or into .build/ for another plan: the `@plan-content` alias, set in
 * astro.config.mjs from scripts/build/plan-source.ts) plus its indexes (src/lib/plan-index.ts).
 * Every id used on a page comes from the model; nothing here is hard-coded to this document.
 */
import planJson from '@plan-content/data/plan.json';
import { indexPlan, type Plan } from './plan-index';

export * from './plan-index';

export const {
  plan,
  doc,
  flat,
  provisionById,
  tableById,
  tablePartOwner,
  targetById,
  unitById,
  unitByName,
  unitSlug,
  unitPagePath,
  unitPath,
  targetsByProvision,
  findingsByWhere,
  pageOf,
  permalink,
  fullCitation,
  citePrefix,
  tasks,
  sortedUnits,
  findingsForProvision,
  findingsForTable,
  mentionsByUnit,
  linkUnits,
} = indexPlan(planJson as unknown as Plan);
