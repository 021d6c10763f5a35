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
 *
 * Times are taken over a bare DevTools connection (./cdp.ts), not Playwright, which holds every new worker
 * paused until it has attached to it; Playwright still opens the pages whose layout shift and requests are counted.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';
import { serve } from '../../tests/e2e/server.ts';
import { NO_BROWSER_UI } from '../../tests/e2e/helpers.ts';
import { launchCdp, type CdpBrowser } from './cdp.ts';

const QUERIES = ['高新技术企业', '石墨烯', '自治区财政厅', '柳州'];
/**
 * Rounds. Each round measures the page's own load and then every query, so a ratio's two sides are taken at the
 * same moment of the machine's life: with one phase for loads and another for queries, three runs gave
 * ratios that moved by 0.5× between benches of one build.
 */
const RUNS = 5;
/** Pages per query and viewport opened in Playwright for the layout shift (the worst is reported) and the requests. */
const CLS_RUNS = 2;
/** How long a new context's window is left before the page is opened (see the top of this file). */
const SETTLE_MS = 1500;
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', `--disable-features=${NO_BROWSER_UI.join(',')}`];

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
  // The narrow viewport is emulated as a phone (as Lighthouse's mobile preset does): there, content wider than
  // the screen widens the layout viewport and moves the page, which a narrow desktop window does not show.
  const phone = viewport !== undefined && viewport.width < 600 ? { isMobile: true, hasTouch: true, deviceScaleFactor: 2 } : {};
  const context = await browser.newContext(viewport ? { viewport, ...phone } : {});
  const page = await context.newPage();
  await page.addInitScript(observeSearchPage);
  await page.waitForTimeout(SETTLE_MS);
  return { context, page };
}

/** When the first result entered the page (ms from navigation), once it has (observeSearchPage). */
async function firstResult(page: Page): Promise<number> {
  await page.waitForFunction(() => (window as unknown as Observed).__firstResult !== undefined, null, { timeout: 60_000 });
  return page.evaluate(() => (window as unknown as Observed).__firstResult!);
}

const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));
/** In the page, once `path` has loaded: when its load event ended. */
const loadEnd = (path: string) =>
  `location.pathname === ${JSON.stringify(path)} && performance.getEntriesByType('navigation')[0]?.loadEventEnd || null`;
const FIRST_RESULT = 'window.__firstResult ?? null';

/** "2.3× (2.0–2.6)": the ratio of the medians, then the lowest and highest ratio within one round. */
function ratio(firsts: number[], loads: number[]): string {
  const each = firsts.map((f, run) => f / loads[run]!);
  return `${(median(firsts) / median(loads)).toFixed(1)}× (${Math.min(...each).toFixed(1)}–${Math.max(...each).toFixed(1)})`;
}

interface Rounds {
  /** The page's own load (/search/ without a query, load event), by round. */
  loads: number[];
  /** Time to the first result, by query and round. */
  firsts: Record<string, number[]>;
}

/**
 * RUNS rounds, each the page's own load and then every query, each page cold in a new browser context (desktop
 * viewport), so a ratio's two sides are taken at the same moment of the machine's life. With `fromHome`, each page
 * is opened from the home page in the same tab, as the header's search box does: the site's CSS and scripts
 * cached and its renderer running, Pagefind's files still cold.
 */
async function rounds(cdp: CdpBrowser, origin: string, fromHome = false): Promise<Rounds> {
  const out: Rounds = { loads: [], firsts: {} };
  const { width, height } = VIEWPORTS[0]!;
  for (let run = 0; run < RUNS; run++) {
    for (const q of ['', ...QUERIES]) {
      const page = await cdp.newPage({ width, height, initScript: `(${observeSearchPage.toString()})()` });
      await sleep(SETTLE_MS);
      if (fromHome) {
        await page.navigate(`${origin}/`);
        await page.waitFor(loadEnd('/'));
        // Let the home page settle, as a reader would before typing.
        await sleep(500);
      }
      await page.navigate(`${origin}/search/${q ? `?q=${encodeURIComponent(q)}` : ''}`);
      if (q) (out.firsts[q] ??= []).push(await page.waitFor<number>(FIRST_RESULT));
      else out.loads.push(await page.waitFor<number>(loadEnd('/search/')));
      await page.close();
    }
  }
  return out;
}

/** The page's own load (median, range) and a table of first results and their ratio to it, by query. */
function timesTable(r: Rounds): string[] {
  return [
    `The page's own load (/search/ without a query, load event): ${median(r.loads).toFixed(0)} ms (${Math.min(...r.loads).toFixed(0)}–${Math.max(...r.loads).toFixed(0)}).`,
    '',
    '| /search/?q= | first result | × page load (range) |',
    '|---|---:|---:|',
    ...QUERIES.map((q) => `| ${q} | ${median(r.firsts[q]!).toFixed(0)} ms | ${ratio(r.firsts[q]!, r.loads)} |`),
  ];
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
  out.push(`| runtime (worker, and pagefind.js for browsers without workers; one wasm per language, a page loads one) | ${runtime.length} | ${kib(sum(runtime))} |`);
  out.push(`| whole dist/pagefind | ${all.length} | ${kib(sum(all))} |`, '');

  // Cold page loads of /search/ with a query, in Playwright: the layout shift (CLS) until the search is done,
  // the requests it makes, and the next query typed on the same page. Then the times, over a bare DevTools
  // connection: the page's own load (load event, no query) and the time to the first result in the DOM.
  const server = await serve(distDir, 0, { headers: true, gzip: true });
  const plainHost = await serve(distDir);
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  const browser = await chromium.launch({ executablePath, args: FLAGS });
  let cdp: CdpBrowser | undefined;
  try {
    const cold: Record<string, FirstQuery[]> = {};
    const warm: number[] = [];
    for (let run = 0; run < CLS_RUNS; run++) {
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
          const cls = await page.evaluate(() => (window as unknown as Observed).__cls);
          (cold[q] ??= []).push({ cls, viewport: viewport.width, requests: [...requests] });

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
      `Search page with a query, cold (new browser context, no cache, local server serving as docs/nginx.conf does), ${CLS_RUNS} runs`,
      'per query and viewport: the worst layout shift (CLS, layout-shift entries without recent input) until the search is',
      'done (goal: ≤ 0.02), and what the first run fetched.',
      '',
      `| /search/?q= | CLS ${VIEWPORTS[0]!.width} px | CLS ${VIEWPORTS[1]!.width} px | search requests | bytes fetched (raw) | bytes if served gzipped |`,
      '|---|---:|---:|---:|---:|---:|',
    );
    for (const q of QUERIES) {
      const runs = cold[q]!;
      const r = desktop(runs)[0]!;
      const raw = r.requests.reduce((n, x) => n + x.bytes, 0);
      const gz = r.requests.reduce((n, x) => n + gzipped(bundle, x.path, x.bytes), 0);
      const cls = (xs: FirstQuery[]) => Math.max(...xs.map((x) => x.cls)).toFixed(3);
      out.push(`| ${q} | ${cls(desktop(runs))} | ${cls(phone(runs))} | ${r.requests.length} | ${kib(raw)} | ${kib(gz)} |`);
    }
    const sample = desktop(cold[QUERIES[0]!]!)[0]!;
    const kinds = new Map<string, { n: number; bytes: number }>();
    for (const x of sample.requests) {
      const kind = x.path.endsWith('.js')
        ? `JavaScript (${x.path.endsWith('pagefind-worker.js') ? "Pagefind's worker" : x.path})`
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
    // Playwright's browser is closed before the times are taken, so it costs the machine nothing then.
    await browser.close();

    cdp = await launchCdp(executablePath, FLAGS);
    out.push(
      '',
      `Time to the first result against the page's own load, median of ${RUNS} rounds (each the page's own load, then`,
      'every query); in brackets, the lowest and highest ratio within one round. Goal: within 2.5×.',
      '',
      'Served as docs/nginx.conf serves it, each page cold (new browser context, no cache).',
      ...timesTable(await rounds(cdp, server.url)),
      '',
      // Pagefind's gzip files unlabelled, so Pagefind inflates them itself; nothing compressed.
      'From a plain static host (no compression; Pagefind inflates its own files), each page cold.',
      ...timesTable(await rounds(cdp, plainHost.url)),
      '',
      // The header's search box: the site's CSS and scripts cached and its renderer running; Pagefind's files cold.
      "From the home page in the same tab (the header's search box), as deployed.",
      ...timesTable(await rounds(cdp, server.url, true)),
    );
  } finally {
    await browser.close();
    await cdp?.close();
    await server.close();
    await plainHost.close();
  }
  return out;
}

// `tsx scripts/bench/search.ts [distDir]`: this section alone.
if (import.meta.url === `file://${process.argv[1]}`) {
  benchSearch(process.argv[2] ?? 'dist').then((lines) => console.log(lines.join('\n')));
}
