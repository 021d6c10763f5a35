/**
 * Which plan a build publishes, and where its generated content and its site go.
 *
 *   npm run build                              seeds/<the one .txt> → content/ (committed) → dist/
 *   PLAN_SOURCE=path/to/plan.txt npm run build path/to/plan.txt → .build/<name>-<hash>/content/ (git-ignored) → dist/
 *   PLAN_OUT=dir (optional)                    the site goes to dir instead of dist/
 *
 * Another plan's data never overwrites the committed content/: it is ingested into its own folder under
 * .build/, and the site (astro.config.mjs, scripts/search/build-index.ts) reads whichever folder this names.
 * Used by the CLI, the Astro config, the search-index build and the tests; imports nothing of the project.
 */
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { basename, extname, join, relative, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..', '..');

export interface PlanSource {
  /** The source text, absolute. */
  file: string;
  /** True when the plan is the project's own seed (its content/ is committed, its English edition applies). */
  seed: boolean;
  /** Where the ingest writes the model and the MDX entries (data/, plan/), absolute. */
  contentDir: string;
  /** Where the site is built, absolute. */
  outDir: string;
  /** Astro's cache for this plan: the seed keeps Astro's default, another plan gets its own. */
  cacheDir?: string;
}

/** The one .txt in seeds/, or a clear error. */
export function seedFile(root = ROOT): string {
  const seeds = readdirSync(join(root, 'seeds')).filter((f) => f.endsWith('.txt')).sort();
  if (seeds.length !== 1) throw new Error(`seeds/ holds ${seeds.length} .txt files; name the one to ingest with PLAN_SOURCE`);
  return join(root, 'seeds', seeds[0]!);
}

/** A folder name for a source file: readable, and distinct for two files of the same name. */
export function buildSlug(file: string): string {
  const name = basename(file, extname(file)).replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-|-$/g, '') || 'plan';
  return `${name}-${createHash('sha256').update(resolve(file)).digest('hex').slice(0, 8)}`;
}

export function planSource(env: NodeJS.ProcessEnv = process.env, root = ROOT): PlanSource {
  const outDir = resolve(root, env.PLAN_OUT || 'dist');
  const seed = seedFile(root);
  const given = env.PLAN_SOURCE ? resolve(env.PLAN_SOURCE) : undefined;
  if (!given || given === seed) return { file: seed, seed: true, contentDir: join(root, 'content'), outDir };
  const dir = join(root, '.build', buildSlug(given));
  return { file: given, seed: false, contentDir: join(dir, 'content'), outDir, cacheDir: join(dir, 'astro-cache') };
}

/** A path as a person reads it in messages: relative to the working directory when inside it. */
export function shown(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') ? rel : path;
}
