/**
 * Every provision, task, table row and total can be found by a distinctive phrase of its own text, and the
 * result opens on it: for each search record, a 6–10 character run of whole words that no other record has
 * (or two of its words that no other record has together) is typed into the search page; its id must be in
 * the top 3. The few records whose whole text another record shares ("工作措施") must come back among those.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, openPage } from './helpers';
import { projectRecords } from '../../scripts/search/build-index';
import { distinctivePhrases } from './relevance/phrases';
import { ensureIndex, searchFor, settled } from './relevance/drive';

const base = inject('baseURL');
const records = projectRecords().filter((r) => r.language === 'zh-cn');
const { found, none } = distinctivePhrases(records);

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

describe('every record is findable by a phrase of its own', () => {
  it('covers every provision, task, table row and total', () => {
    expect(found.length + none.length).toBe(records.length);
    // Only records with no text of their own may lack a phrase: bare headings (工作措施, 任务分解), and reported
    // results that quote the same sentence as another record (one report giving several figures).
    const quote = (r: (typeof records)[number]) => ((r.filters?.type ?? []).includes('result') ? r.content.split('\n')[1] : undefined);
    const shared = (r: (typeof records)[number]) => quote(r) !== undefined && records.some((o) => o !== r && quote(o) === quote(r));
    for (const r of none) expect([...r.content].length <= 12 || shared(r), r.url).toBe(true);
  });

  it(`${found.length} distinctive phrases: the record is in the top 3`, async () => {
    const misses: string[] = [];
    let first = 0;
    for (const f of found) {
      const ids = await searchFor(page, f.phrase);
      if (ids[0] === f.id) first++;
      if (!ids.slice(0, 3).includes(f.id)) misses.push(`${f.phrase} → want ${f.id} (${f.title}), got ${ids.slice(0, 3).join(', ')}`);
    }
    console.log(`[search] phrases: ${found.length} records, ${first} first, ${found.length - misses.length} in the top 3`);
    expect(misses).toEqual([]);
  }, 300_000);

  it(`${none.length} records without a phrase of their own come back with the records sharing their text`, async () => {
    for (const r of none) {
      const q = r.content.split('\n')[0]!;
      const sharing = records.filter((o) => o.content.includes(q)).length;
      const ids = await searchFor(page, q);
      expect(ids.slice(0, Math.max(3, sharing)), `${q} → ${r.meta.id}`).toContain(r.meta.id);
    }
  }, 60_000);
});
