import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plan, Target } from '../../../scripts/model/plan';
import type { OutcomesFile } from '../../../scripts/model/outcomes';
import { buildOutcomes } from '../../../src/outcomes/model';
import type { Lang } from '../../../src/i18n';

export const ROOT = join(import.meta.dirname, '..', '..', '..');
const read = <T>(p: string): T => JSON.parse(readFileSync(join(ROOT, p), 'utf8')) as T;

/** Fresh copies each call: tests may mutate them. */
export const loadPlan = () => read<Plan>('content/data/plan.json');
export const loadFile = () => read<OutcomesFile>('content/editorial/outcomes.json');
export const rawFile = () => readFileSync(join(ROOT, 'content/editorial/outcomes.json'), 'utf8');

/** The layer built from (possibly mutated) data, with plain labels and links. */
export function view(plan: Plan, file: OutcomesFile, lang: Lang = 'zh-CN') {
  const ids = new Set(plan.targets.map((t) => t.id));
  return buildOutcomes({
    plan,
    file,
    lang,
    href: (id) => {
      if (!ids.has(id)) throw new Error(`link to unknown id ${id}`);
      return `/p/#${id}`;
    },
    cite: (t: Target) => t.citation,
    subject: (t: Target) => `${t.place ?? ''}${t.subject}`,
    figure: (t: Target) => `${t.value}${t.unit}`,
  });
}
