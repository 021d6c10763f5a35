/** Driving the search page in Chromium, shared by the search browser tests. */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT, WCAG_TAGS, injectAxe } from '../helpers';

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((n) => newest(join(path, n))));
}

/**
 * The search index in `dist` must be from the current index builder and plan: the e2e setup rebuilds
 * dist/ only when the site's sources change, and `astro build` alone (without `npm run build`) leaves no index.
 */
export function ensureIndex(dist: string) {
  const entry = join(dist, 'pagefind', 'pagefind-entry.json');
  const sources = Math.max(
    newest(join(ROOT, 'scripts', 'search')),
    newest(join(ROOT, 'scripts', 'model')),
    newest(join(ROOT, 'content', 'data', 'plan.json')),
    newest(join(ROOT, 'content', 'en')),
    newest(join(dist, 'index.html')),
  );
  if (existsSync(entry) && statSync(entry).mtimeMs >= sources) return;
  console.log('[search] dist/pagefind is missing or stale: running scripts/search/build-index.ts');
  execFileSync('npx', ['tsx', join(ROOT, 'scripts', 'search', 'build-index.ts'), dist], { cwd: ROOT, stdio: 'inherit' });
}

/** Wait until the search page has finished the search for `q` (throws if it ended in an error). */
export async function settled(page: Page, q: string, timeout = 15_000) {
  await page.waitForFunction(
    (query) => {
      const root = document.querySelector<HTMLElement>('[data-search]');
      return (root?.dataset.state === 'done' || root?.dataset.state === 'error') && root.dataset.query === query;
    },
    q,
    { timeout },
  );
  const state = await page.locator('[data-search]').getAttribute('data-state');
  if (state === 'error') throw new Error(`search for "${q}" failed: ${await page.locator('[data-status]').textContent()}`);
}

/** Type a query into the search page's box and submit it; return the result ids in order. */
export async function searchFor(page: Page, q: string): Promise<string[]> {
  const box = page.locator('#sp-q');
  await box.fill(q);
  await box.press('Enter');
  await settled(page, q);
  return resultIds(page);
}

export function resultIds(page: Page): Promise<string[]> {
  return page.$$eval('[data-results] > li', (lis) => lis.map((li) => (li as HTMLElement).dataset.id ?? ''));
}

/** axe-core (the project's WCAG 2.2 AA tags) on one part of the page. */
export async function axeWithin(page: Page, selector: string): Promise<{ id: string; targets: string[][] }[]> {
  await injectAxe(page);
  return page.evaluate(
    async ({ selector, tags }) => {
      // @ts-expect-error axe is injected above
      const r = await window.axe.run(selector, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
      return r.violations.map((v: { id: string; nodes: { target: string[] }[] }) => ({ id: v.id, targets: v.nodes.map((n) => n.target) }));
    },
    { selector, tags: WCAG_TAGS },
  );
}
