/**
 * Search figures for `npm run bench`: the size of the Pagefind index, the bytes a first query fetches, the
 * time to the first result against the search page's own load time, and the layout shift (CLS) while results
 * arrive, both opened cold (a new browser context) and from the home page in the same tab (the header's search
 * box), measured in headless Chromium (Debian's, or CHROMIUM_PATH) against the built site in `distDir`
 * (which must hold dist/pagefind: `npm run build`). Figures for a person to read, not assertions.
 *
 * The site is served as docs/nginx.conf serves it (its `_headers`, text compressed, Pagefind's gzip files
 * labelled as gzip); the first results are also given for a plain host that does neither.
 *
 * Each new browser context opens a new window, and Chromium (156) then loads its own omnibox pop-up UI in a
 * renderer of its own: about 1.2 s of CPU in the first second, which on two cores slowed the page measured
 * beside it (page load ~290 ms instead of ~150 ms). That UI is switched off (NO_BROWSER_UI, as in the tests),
 * and each new window is left for a moment before the page opens, for the rest of its start-up work.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';
import { serve } from '../../tests/e2e/server.ts';
import { NO_BROWSER_UI } from '../../tests/e2e/helpers.ts';

const QUERIES = ['高新技术企业', '石墨烯', '自治区财政厅', '柳州'];
const RUNS = 3;
/** How long a new context's window is left before the page is opened (see the top of this file). */
const SETTLE_MS = 1500;

interface FileSize {
  path: string;
  bytes: number;
}

function files(dir: string): FileSize[] {
  const out: FileSize[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push({ path: relative(dir, p), bytes: statSync(p).size });
    }
  };
  walk(dir);
  return out;
}

const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Gzipped size, as a host that compresses would send it (Pagefind's index files are gzipped already). */
function gzipped(dist: string, path: string, bytes: number): number {
  if (/\.pf_|\.pagefind$/.test(path)) return bytes;
  const file = join(dist, path);
  return existsSync(file) ? gzipSync(readFileSync(file)).length : bytes;
}

interface FirstQuery {
  ms: number;
  cls: number;
  viewport: number;
  requests: { path: string; bytes: number }[];
}

const VIEWPORTS = [
  { width: 1280, height: 900 },
  { width: 360, height: 740 },
];

interface Observed {
  __firstResult?: number;
  __cls: number;
}

/** In the page, before its scripts: when the first result is in the DOM, and the layout shift so far. */
function observeSearchPage() {
  const w = window as unknown as Observed;
  w.__cls = 0;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
      if (!e.hadRecentInput) w.__cls += e.value;
    }
  }).observe({ type: 'layout-shift', buffered: true });
  new MutationObserver((_, obs) => {
    if (document.querySelector('[data-search] [data-results] > li')) {
      w.__firstResult = performance.now();
      obs.disconnect();
    }
  }).observe(document, { subtree: true, childList: true });
}

/** A page in a new browser context, once the new window's own start-up work is done (see the top of this file). */
async function settledPage(browser: Browser, viewport?: { width: number; height: number }) {
  const context = await browser.newContext(viewport ? { viewport } : {});
  const page = await context.newPage();
  await page.addInitScript(observeSearchPage);
  await page.waitForTimeout(SETTLE_MS);
  return { context, page };
}

/** The search page's own load: /search/ without a query, cold, load event; median of RUNS. */
async function ownLoad(browser: Browser, origin: string): Promise<number> {
  const loads: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const { context, page } = await settledPage(browser, VIEWPORTS[0]!);
    await page.goto(`${origin}/search/`, { waitUntil: 'load' });
    loads.push(await page.evaluate(loadEventEnd));
    await context.close();
  }
  return median(loads);
}

/** When the first result entered the page (ms from navigation), once it has (observeSearchPage). */
async function firstResult(page: Page): Promise<number> {
  await page.waitForFunction(() => (window as unknown as Observed).__firstResult !== undefined, null, { timeout: 60_000 });
  return page.evaluate(() => (window as unknown as Observed).__firstResult!);
}

/** In the page: when its load event ended. */
const loadEventEnd = () => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd;

/** Median load of /search/ and median first result per query, each opened from the home page in the same tab. */
async function sameTab(browser: Browser, origin: string): Promise<{ load: number; first: Record<string, number> }> {
  const loads: number[] = [];
  const firsts: Record<string, number[]> = {};
  for (let run = 0; run < RUNS; run++) {
    for (const q of ['', ...QUERIES]) {
      const { context, page } = await settledPage(browser, VIEWPORTS[0]!);
      await page.goto(`${origin}/`, { waitUntil: 'load' });
      // Let the home page settle, as a reader would before typing.
      await page.waitForTimeout(500);
      await page.goto(`${origin}/search/${q ? `?q=${encodeURIComponent(q)}` : ''}`, { waitUntil: 'load' });
      if (q) {
        (firsts[q] ??= []).push(await firstResult(page));
      } else {
        loads.push(await page.evaluate(loadEventEnd));
      }
      await context.close();
    }
  }
  return { load: median(loads), first: Object.fromEntries(Object.entries(firsts).map(([q, xs]) => [q, median(xs)])) };
}

export async function benchSearch(distDir: string): Promise<string[]> {
  const bundle = join(distDir, 'pagefind');
  const out = ['## Search (Pagefind, one record per clause and table row)', ''];
  if (!existsSync(join(bundle, 'pagefind-entry.json'))) {
    return [...out, `No index in ${bundle}: run \`npm run build\` first.`];
  }

  // Index size, by kind of file and by language.
  const all = files(bundle);
  const entry = JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { hash: string; page_count: number }>;
  };
  const sum = (xs: FileSize[]) => xs.reduce((n, f) => n + f.bytes, 0);
  out.push('| index | files | size |', '|---|---:|---:|');
  for (const [lang, { page_count }] of Object.entries(entry.languages)) {
    const mine = all.filter((f) => new RegExp(`(^|/)(pagefind\\.)?${lang}_`).test(f.path));
    out.push(`| ${lang}: ${page_count} records (index chunks, fragments, filters, meta) | ${mine.length} | ${kib(sum(mine))} |`);
  }
  const runtime = all.filter((f) => /^pagefind(-worker)?\.js$|^wasm\./.test(f.path));
  out.push(`| runtime (pagefind.js, worker; one wasm per language, a page loads one) | ${runtime.length} | ${kib(sum(runtime))} |`);
  out.push(`| whole dist/pagefind | ${all.length} | ${kib(sum(all))} |`, '');

  // A cold page load of /search/ with and without a query: the page's own load time (load event, no
  // query), the time to the first result in the DOM, and the layout shift (CLS) until the search is done.
  const server = await serve(distDir, 0, { headers: true, gzip: true });
  const plainHost = await serve(distDir);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', `--disable-features=${NO_BROWSER_UI.join(',')}`],
  });
  try {
    const pageLoad = await ownLoad(browser, server.url);

    const cold: Record<string, FirstQuery[]> = {};
    const warm: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      for (const q of QUERIES) {
        for (const viewport of VIEWPORTS) {
          const { context, page } = await settledPage(browser, viewport);
          const requests: { path: string; bytes: number }[] = [];
          // Bytes are the files' sizes on disk (the table also gives them as a compressing host would send them).
          context.on('requestfinished', (req) => {
            const url = new URL(req.url());
            if (!url.pathname.startsWith('/pagefind/') && url.pathname !== '/search/positions.json') return;
            const file = join(distDir, decodeURIComponent(url.pathname));
            const bytes = existsSync(file) ? statSync(file).size : 0;
            requests.push({ path: url.pathname.slice(1).replace(/^pagefind\//, ''), bytes });
          });
          await page.goto(`${server.url}/search/?q=${encodeURIComponent(q)}`);
          await firstResult(page);
          // Let the filter counts and their requests finish: they belong to the first query's bytes and may move the page.
          await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-search]')?.dataset.state === 'done', null, { timeout: 60_000 });
          await page.waitForLoadState('networkidle');
          await page.waitForTimeout(300);
          const { ms, cls } = await page.evaluate(() => {
            const w = window as unknown as Observed;
            return { ms: w.__firstResult!, cls: w.__cls };
          });
          (cold[q] ??= []).push({ ms, cls, viewport: viewport.width, requests: [...requests] });

          // Warm: the next query typed on the same page.
          if (viewport === VIEWPORTS[0]) {
            const t = await page.evaluate(async () => {
              const input = document.querySelector<HTMLInputElement>('#sp-q')!;
              const root = document.querySelector<HTMLElement>('[data-search]')!;
              const t0 = performance.now();
              input.value = '高新技术企业';
              input.form!.requestSubmit();
              // (A loop, not a named helper: tsx would wrap a named function in a helper the page lacks.)
              while (!(root.dataset.state === 'done' && root.dataset.query === '高新技术企业')) {
                await new Promise((ok) => requestAnimationFrame(ok));
              }
              return performance.now() - t0;
            });
            warm.push(t);
          }
          await context.close();
        }
      }
    }

    const desktop = (runs: FirstQuery[]) => runs.filter((r) => r.viewport === VIEWPORTS[0]!.width);
    const phone = (runs: FirstQuery[]) => runs.filter((r) => r.viewport === VIEWPORTS[1]!.width);
    out.push(
      `Search page, cold (new browser context, no cache, local server serving as docs/nginx.conf does), median of ${RUNS} runs.`,
      `The page's own load (/search/ without a query, load event): ${pageLoad.toFixed(0)} ms.`,
      `Goals: first result within 2.5× the page's own load; layout shift (CLS) ≤ 0.02.`,
      '',
      `| /search/?q= | first result | × page load | CLS ${VIEWPORTS[0]!.width} px | CLS ${VIEWPORTS[1]!.width} px | search requests | bytes fetched (raw) | bytes if served gzipped |`,
      '|---|---:|---:|---:|---:|---:|---:|---:|',
    );
    for (const q of QUERIES) {
      const runs = cold[q]!;
      const first = median(desktop(runs).map((x) => x.ms));
      const r = desktop(runs)[0]!;
      const raw = r.requests.reduce((n, x) => n + x.bytes, 0);
      const gz = r.requests.reduce((n, x) => n + gzipped(bundle, x.path, x.bytes), 0);
      const cls = (xs: FirstQuery[]) => Math.max(...xs.map((x) => x.cls)).toFixed(3);
      out.push(
        `| ${q} | ${first.toFixed(0)} ms | ${(first / pageLoad).toFixed(1)}× | ${cls(desktop(runs))} | ${cls(phone(runs))} | ${r.requests.length} | ${kib(raw)} | ${kib(gz)} |`,
      );
    }
    out.push('', 'CLS is the worst of the runs (layout-shift entries without recent input, PerformanceObserver in Chromium).');
    const sample = desktop(cold[QUERIES[0]!]!)[0]!;
    const kinds = new Map<string, { n: number; bytes: number }>();
    for (const x of sample.requests) {
      const kind = x.path.endsWith('.js')
        ? 'JavaScript (pagefind.js, worker)'
        : x.path.startsWith('wasm.')
          ? 'WebAssembly'
          : x.path.includes('fragment/')
            ? 'result fragments'
            : x.path.includes('index/')
              ? 'index chunks'
              : x.path.includes('filter/')
                ? 'filter chunks (after the results)'
                : 'entry, meta, position map';
      const k = kinds.get(kind) ?? { n: 0, bytes: 0 };
      kinds.set(kind, { n: k.n + 1, bytes: k.bytes + x.bytes });
    }
    out.push('', `What the first query (${QUERIES[0]}) fetched:`, '', '| kind | requests | bytes |', '|---|---:|---:|');
    for (const [kind, { n, bytes }] of kinds) out.push(`| ${kind} | ${n} | ${kib(bytes)} |`);
    out.push('', `Next query on the same page (index loaded): median ${median(warm).toFixed(0)} ms to results.`);

    // A plain static host: no compression, and Pagefind's gzip files unlabelled, so Pagefind inflates them itself.
    const plainLoad = await ownLoad(browser, plainHost.url);
    const plainFirst: Record<string, number> = {};
    for (const q of QUERIES) {
      const xs: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        const { context, page } = await settledPage(browser, VIEWPORTS[0]!);
        await page.goto(`${plainHost.url}/search/?q=${encodeURIComponent(q)}`);
        xs.push(await firstResult(page));
        await context.close();
      }
      plainFirst[q] = median(xs);
    }
    out.push(
      '',
      `The same, from a plain static host (no compression; Pagefind inflates its own files), ${VIEWPORTS[0]!.width} px, median of ${RUNS} runs:`,
      `the page's own load ${plainLoad.toFixed(0)} ms.`,
      '',
      '| /search/?q= | first result | × page load |',
      '|---|---:|---:|',
      ...QUERIES.map((q) => `| ${q} | ${plainFirst[q]!.toFixed(0)} ms | ${(plainFirst[q]! / plainLoad).toFixed(1)}× |`),
    );

    // The header's search box: a reader on the home page submits a query, and /search/?q= opens in the same
    // tab, with the site's CSS and scripts cached and its renderer running. Pagefind's files are still cold.
    const fromHome = await sameTab(browser, server.url);
    out.push(
      '',
      `From the home page in the same tab (the header's search box), median of ${RUNS} runs: the page's own load`,
      `${fromHome.load.toFixed(0)} ms (/search/ without a query, load event).`,
      '',
      '| /search/?q= | first result | × page load |',
      '|---|---:|---:|',
      ...QUERIES.map((q) => `| ${q} | ${fromHome.first[q]!.toFixed(0)} ms | ${(fromHome.first[q]! / fromHome.load).toFixed(1)}× |`),
    );
  } finally {
    await browser.close();
    await server.close();
    await plainHost.close();
  }
  return out;
}

// `tsx scripts/bench/search.ts [distDir]`: this section alone.
if (import.meta.url === `file://${process.argv[1]}`) {
  benchSearch(process.argv[2] ?? 'dist').then((lines) => console.log(lines.join('\n')));
}
