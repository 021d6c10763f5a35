/**
 * Relevance: realistic queries, each with the clause or row that must come back (tests/e2e/relevance/queries.ts,
 * chosen by reading the document), typed into the built search page in Chromium. Prints recall@1 and recall@3
 * and fails when either falls below the floor: what this index reached when the test was written.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, openPage } from './helpers';
import { QUERIES } from './relevance/queries';
import { ensureIndex, searchFor, settled } from './relevance/drive';

const base = inject('baseURL');

/**
 * Reached on 2026-11-25 with pagefind 1.6.0, one record per clause/row and printed-phrase-first ordering:
 * 47 of 49 at rank 1 (0.959), 48 of 49 in the top 3 (0.980). Not first: 石墨烯, where three 附件1 rows
 * naming graphene outrank the 新材料领域 task (rank 4); 院士工作站, where 三（三）2 (which lists 院士工作站
 * among platforms) comes before 三（三）1 (which builds them). The issue asks for at least 0.95 / 0.85.
 */
const FLOOR = { at1: 0.959, at3: 0.979 };

let browser: Browser;
let page: Page;

beforeAll(async () => {
  ensureIndex(inject('distDir'));
  browser = await launch();
  ({ page } = await openPage(browser));
  await page.goto(`${base}/search/`);
  await settled(page, '');
});
afterAll(async () => {
  await browser?.close();
});

describe('search relevance', () => {
  it(`${QUERIES.length} realistic queries: recall@1 ≥ ${FLOOR.at1}, recall@3 ≥ ${FLOOR.at3}`, async () => {
    expect(QUERIES.length).toBeGreaterThanOrEqual(25);
    let at1 = 0;
    let at3 = 0;
    const misses: string[] = [];
    const notFirst: string[] = [];
    for (const { q, expect: id, kind } of QUERIES) {
      const ids = await searchFor(page, q);
      const rank = ids.indexOf(id) + 1;
      if (rank === 1) at1++;
      else notFirst.push(`  [${kind}] ${q} → want ${id}, rank ${rank || '-'}: ${ids.slice(0, 3).join(', ')}`);
      if (rank >= 1 && rank <= 3) at3++;
      else misses.push(`  [${kind}] ${q} → want ${id}, got ${ids.slice(0, 3).join(', ') || '(nothing)'}${rank ? ` (rank ${rank})` : ''}`);
    }
    const r1 = at1 / QUERIES.length;
    const r3 = at3 / QUERIES.length;
    console.log(`[search] relevance: ${QUERIES.length} queries, recall@1 = ${r1.toFixed(3)} (${at1}), recall@3 = ${r3.toFixed(3)} (${at3})`);
    if (notFirst.length) console.log(`[search] not first:\n${notFirst.join('\n')}`);
    expect(r3, misses.join('\n')).toBeGreaterThanOrEqual(FLOOR.at3);
    expect(r1).toBeGreaterThanOrEqual(FLOOR.at1);
  }, 180_000);
});
