/**
 * Build the search index after `astro build`: `tsx scripts/search/build-index.ts [distDir]`.
 *
 * Reads the model of the plan being built (content/data/plan.json, or PLAN_SOURCE's folder: scripts/build/plan-source.ts)
 * and, when it is the document the English edition translates, the English edition (content/en/*.json);
 * writes one Pagefind bundle to <dist>/pagefind/ holding a `zh-cn` index (every provision, task, table row
 * and total, and the notice) and, when there is an English edition, an `en` index.
 *
 * Before writing, it checks that every record's url points at a page in <dist> that has an element with
 * the record's id, so a result can never land on a missing anchor.
 */
import { existsSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { indexPlan, entryPath, type Plan } from '../../src/lib/plan-index';
import { localize } from '../../src/i18n';
import { sitePath } from '../../src/lib/deploy';
import { buildRecords, type SearchRecord } from '../../src/search/records';
import { loadEnglish } from '../../src/search/english-edition';
import { outcomeRecords } from '../../src/search/outcome-records';
import { outcomes } from '../../src/outcomes/site';
import { planSource, ROOT, type PlanSource } from '../build/plan-source';
import { tunePagefindRuntime, workerMethodsMissing } from './pagefind-runtime';
import { rechunkIndex, type LanguageReport } from './rechunk';

/** The plan model a build publishes. */
export function loadBuiltPlan(source: PlanSource = planSource()): Plan {
  return JSON.parse(readFileSync(join(source.contentDir, 'data', 'plan.json'), 'utf8')) as Plan;
}

/**
 * A site URL without the base path. The index holds site paths ("/plan/part_3/#…"): Pagefind prefixes
 * result URLs with the base it derives from where its bundle was loaded (<base>/pagefind/), so one index
 * serves any BASE_PATH, whatever the environment of this script.
 */
const bare = (url: string) => sitePath(url) ?? url;

/** The records for the plan being built, with the site's url scheme; English only when the edition is this document's. */
export function projectRecords(source: PlanSource = planSource()): SearchRecord[] {
  const plan = loadBuiltPlan(source);
  const { permalink } = indexPlan(plan);
  const en = loadEnglish(join(ROOT, 'content', 'en'), plan.document);
  const urlOf = (id: string) => bare(permalink('zh-CN', id));
  const toEnglish = (path: string) => bare(localize('en', path));
  return [
    ...buildRecords({ plan, urlOf, noticeUrl: entryPath('notice'), toEnglish, en }),
    // The reported results (third-party, not the document; type=result) belong to the seed, like its English edition.
    ...(en ? outcomeRecords({ zh: outcomes('zh-CN'), en: outcomes('en'), urlOf, toEnglish }) : []),
  ];
}

/** Problems with records whose page or element is missing from the built site. */
export function checkTargets(records: SearchRecord[], distDir: string): string[] {
  const pages = new Map<string, string | null>();
  const problems: string[] = [];
  for (const r of records) {
    const [path = '', id = ''] = r.url.split('#');
    if (!pages.has(path)) {
      const file = join(distDir, path, 'index.html');
      pages.set(path, existsSync(file) ? readFileSync(file, 'utf8') : null);
    }
    const html = pages.get(path);
    if (html == null) problems.push(`${r.url}: no page ${path} in ${distDir}`);
    else if (id && !html.includes(`id="${id}"`)) problems.push(`${r.url}: no element with id "${id}" on ${path}`);
  }
  return problems;
}

function dirSize(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const st = statSync(p);
    if (st.isDirectory()) {
      const s = dirSize(p);
      files += s.files;
      bytes += s.bytes;
    } else {
      files += 1;
      bytes += st.size;
    }
  }
  return { files, bytes };
}

export async function buildIndex(
  distDir: string,
): Promise<{
  records: number;
  byLanguage: Record<string, number>;
  outputPath: string;
  chunks: Record<string, LanguageReport>;
  runtime: ReturnType<typeof tunePagefindRuntime>;
  /** Worker methods the search page calls that this Pagefind's worker does not handle. */
  workerMissing: string[];
}> {
  if (!existsSync(join(distDir, 'index.html'))) throw new Error(`${distDir} has no built site: run \`astro build\` first`);
  const records = projectRecords({ ...planSource(), outDir: distDir });
  const problems = checkTargets(records, distDir);
  if (problems.length > 0) throw new Error(`Search records point at missing places:\n  ${problems.slice(0, 20).join('\n  ')}`);

  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  const byLanguage: Record<string, number> = {};
  try {
    for (const r of records) {
      const res = await index.addCustomRecord({ ...r, meta: { ...r.meta }, filters: r.filters as Record<string, string[]> });
      if (res.errors.length > 0) throw new Error(`Pagefind rejected ${r.url}: ${res.errors.join('; ')}`);
      byLanguage[r.language] = (byLanguage[r.language] ?? 0) + 1;
    }
    const outputPath = join(distDir, 'pagefind');
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
    // Pagefind's ready-made UIs (~420 KiB): this site has its own search page and never loads them.
    for (const name of readdirSync(outputPath)) {
      if (/^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/.test(name)) rmSync(join(outputPath, name));
    }
    const chunks = rechunkIndex(outputPath);
    const runtime = tunePagefindRuntime(outputPath);
    const workerMissing = workerMethodsMissing(readFileSync(join(outputPath, 'pagefind-worker.js'), 'utf8'));
    return { records: records.length, byLanguage, outputPath, chunks, runtime, workerMissing };
  } finally {
    await pagefind.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dist = process.argv[2] ?? planSource().outDir;
  const started = Date.now();
  buildIndex(dist).then(
    ({ records, byLanguage, outputPath, chunks, runtime, workerMissing }) => {
      for (const [lang, r] of Object.entries(chunks)) {
        if ('skipped' in r) console.warn(`[search] ${lang}: word chunks left as Pagefind wrote them (${r.skipped}); search works, a first search fetches more. See scripts/search/rechunk.ts.`);
      }
      for (const [file, { missing }] of Object.entries(runtime)) {
        if (missing.length > 0) {
          console.warn(`[search] ${file}: Pagefind's runtime differs from the one these changes were written for; not applied: ${missing.join(', ')} (search works; the first search is slower). See scripts/search/pagefind-runtime.ts.`);
        }
      }
      if (workerMissing.length > 0) {
        console.warn(`[search] pagefind-worker.js does not handle ${workerMissing.join(', ')}: the search page will read the index on the main thread (search works; pages are less responsive while it does). See src/search/pagefind-client.ts.`);
      }
      const { files, bytes } = dirSize(outputPath);
      const langs = Object.entries(byLanguage)
        .map(([l, n]) => {
          const c = chunks[l];
          return `${l} ${n}${c && 'chunks' in c ? `, word chunks ${c.chunks[0]} → ${c.chunks[1]}` : ''}`;
        })
        .join('; ');
      console.log(
        `[search] ${records} records (${langs}) → ${outputPath}: ${files} files, ${(bytes / 1024).toFixed(0)} KiB, ${Date.now() - started} ms`,
      );
    },
    (err: unknown) => {
      console.error(`[search] ${err instanceof Error ? err.message : String(err)}`);
      process.exit(1);
    },
  );
}
