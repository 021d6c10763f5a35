/**
 * JavaScript shipped per page type, following module imports (an island's chunks count).
 * Reader pages need only: copy buttons, ToC highlight, font size, language hash, the header search
 * shortcut; pages with attachment tables add the table sorter (about 1 KiB). The explorer
 * adds its filter island, the search page its UI (Pagefind's own runtime and index load on
 * the first query and are reported by `npm run bench`, not counted here).
 */
import { describe, expect, inject, it } from 'vitest';
import { pageWeight } from '../../scripts/bench/pages';
import { loadPlan, pageTypes } from './helpers';

const dist = inject('distDir');
const KB = 1024;
const BUDGET: Record<string, number> = { attachment: 9 * KB, document: 9 * KB, explorer: 16 * KB, search: 24 * KB };
const READER = 8 * KB;

describe('JavaScript budget', () => {
  it('each page type ships no more JS than its interactions need', () => {
    const rows = Object.entries(pageTypes(loadPlan()))
      .filter(([type]) => type !== 'notFound')
      .map(([type, path]) => ({ type, path, js: pageWeight(dist, path).js, budget: BUDGET[type] ?? READER }));
    console.log(
      'JS bytes per page type (uncompressed, imports followed):\n' +
        rows.map((r) => `${r.type.padEnd(14)} ${r.path.padEnd(28)} ${String(r.js).padStart(6)} B  (budget ${r.budget})`).join('\n'),
    );
    for (const r of rows) expect(r.js, r.path).toBeLessThanOrEqual(r.budget);
  });
});
