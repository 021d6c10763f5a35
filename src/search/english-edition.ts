/** The English edition from content/en/, read at build time (by the index builder and the search page). */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { editionTranslates } from '../../scripts/model/translation';
import type { EnglishEdition } from './records';

function readJson<T>(path: string): T | undefined {
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as T) : undefined;
}

/**
 * The English edition in `dir`, or undefined when it has no provisions or tables yet, or when it translates
 * another document than `doc` (the plan being built).
 */
export function loadEnglish(dir = join(process.cwd(), 'content', 'en'), doc?: { docNumber?: string | null; planTitle: string }): EnglishEdition | undefined {
  if (!existsSync(dir)) return undefined;
  if (doc && !editionTranslates(readJson(join(dir, 'meta.json')), doc)) return undefined;
  const provisions = {
    ...readJson<EnglishEdition['provisions']>(join(dir, 'provisions-plan.json')),
    ...readJson<EnglishEdition['provisions']>(join(dir, 'provisions-attachments.json')),
  };
  const en: EnglishEdition = {
    document: readJson(join(dir, 'document.json')),
    provisions: Object.keys(provisions).length > 0 ? provisions : undefined,
    tables: readJson(join(dir, 'tables.json')),
    units: readJson(join(dir, 'units.json')),
  };
  return en.provisions || en.tables ? en : undefined;
}
