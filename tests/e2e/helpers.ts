/** Shared browser-test helpers: Chromium from Debian, request tracking, axe-core. */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import type { Plan } from '../../scripts/model/plan';
import { unitSlugs } from '../../scripts/model/slug';

const require = createRequire(import.meta.url);
export const ROOT = join(import.meta.dirname, '..', '..');

/**
 * Chromium 156 loads its omnibox pop-up UI (a WebUI page) into every new window, which a new context is: about
 * 1.2 s of CPU each, beside the page under test. These features switch it off (the tests and the bench).
 */
export const NO_BROWSER_UI = ['PreloadTopChromeWebUI', 'WebUIOmniboxPopup', 'WebUIOmniboxAimPopup'];

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  // One renderer process for every context: the tests are same-origin, and a new process is much of what a new
  // context costs on two cores (measured on three pages: a context ~0.5 s instead of ~0.65 s, a page ~0.1 s
  // instead of ~0.2 s; whole files vary more between identical runs than that).
  '--disable-site-isolation-trials',
  // (NO_BROWSER_UI: without it, the omnibox UI of each new context loads in the renderer the tests' pages share.)
  `--disable-features=IsolateOrigins,site-per-process,Translate,OptimizationHints,MediaRouter,${NO_BROWSER_UI.join(',')}`,
  '--renderer-process-limit=1',
  '--disable-extensions',
  // No request leaves the machine: every host but the local test server fails to resolve. (Requests are recorded
  // from events rather than intercepted: interception costs a round trip to this process per request.)
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost',
];

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/** The plan model the site was built from. */
export function loadPlan(): Plan {
  return JSON.parse(readFileSync(join(ROOT, 'content/data/plan.json'), 'utf8')) as Plan;
}

/** Every request a page makes to a host other than the local test server. */
export interface Tracked {
  context: BrowserContext;
  page: Page;
  foreign: string[];
  errors: string[];
}

export async function openPage(browser: Browser, options: BrowserContextOptions = {}): Promise<Tracked> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const foreign: string[] = [];
  const errors: string[] = [];
  // Third-party requests are recorded; they never leave the machine (CHROMIUM_ARGS: the resolver refuses them).
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') return;
    if (url.hostname === '127.0.0.1' || url.hostname === 'localhost') return;
    foreign.push(url.href);
  });
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  return { context, page, foreign, errors };
}

/**
 * Tabs kept open across the tests of a file, one per set of context options. A new context and page cost about
 * half a second on two cores, and a tab's first page loads slower than its next (axe.test: 66 s with a context per
 * test, 35 s with two shared tabs). Each `get` starts from a blank document, with the pointer in the corner and
 * empty request and error lists.
 * Tests that change what a context keeps (storage, init scripts, routes, page listeners, viewport) open their own
 * with `openPage`.
 */
export function sharedTabs(browser: () => Browser) {
  const tabs = new Map<string, Promise<Tracked>>();
  return {
    async get(options: BrowserContextOptions = {}): Promise<Tracked> {
      const key = JSON.stringify(options);
      if (!tabs.has(key)) tabs.set(key, openPage(browser(), options));
      const tab = await tabs.get(key)!;
      // A fresh document (a goto that differs only by #fragment would otherwise keep the previous one), and the
      // pointer back in the corner, so what the last test hovered is not hovered in the next.
      await tab.page.goto('about:blank');
      await tab.page.mouse.move(0, 0);
      tab.foreign.length = 0;
      tab.errors.length = 0;
      return tab;
    },
    async close(): Promise<void> {
      await Promise.all([...tabs.values()].map(async (t) => (await t).context.close()));
      tabs.clear();
    },
  };
}

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/**
 * Load axe-core into the page. Evaluated through the devtools protocol, not added as an inline <script>:
 * the site's Content-Security-Policy refuses inline scripts it has no hash for, axe's included.
 */
export async function injectAxe(page: Page): Promise<void> {
  // Once per document: axe is half a megabyte of script, and a fragment navigation keeps the document.
  if (await page.evaluate(() => typeof (window as { axe?: { run?: unknown } }).axe?.run === 'function')) return;
  await page.evaluate(AXE_SOURCE);
}

/** axe-core on the whole page, or only on the elements `include` selects (CSS selectors). */
export async function runAxe(page: Page, include?: string[]): Promise<AxeViolation[]> {
  await injectAxe(page);
  return page.evaluate(async ([tags, include]) => {
    // @ts-expect-error axe is injected above
    const r = await window.axe.run(include ? { include } : document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return r.violations.map((v: AxeViolation) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
    }));
  }, [WCAG_TAGS, include] as const);
}

/** All HTML files under dist/, as site paths ("/plan/part_3/"). */
export function htmlFiles(dist: string): { file: string; path: string }[] {
  const out: { file: string; path: string }[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.html')) {
        const rel = '/' + relative(dist, p).split('\\').join('/');
        out.push({ file: p, path: rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel });
      }
    }
  };
  walk(dist);
  return out;
}

/** Language-neutral path of a unit's page, as the site makes it (scripts/model/slug.ts + the editorial overrides). */
export function unitPage(plan: Plan, id: string): string {
  const overrides = JSON.parse(readFileSync(join(ROOT, 'content/editorial/unit-slugs.json'), 'utf8')) as { slugs: Record<string, string> };
  return `/units/${unitSlugs(plan.units, overrides.slugs).get(id)}/`;
}

/** One page of each type, by the ids in the model (nothing hard-coded to this document). */
export function pageTypes(plan: Plan) {
  const part = plan.provisions.find((p) => p.kind === 'part' && p.children.some((c) => c.children.some((i) => i.lead)))
    ?? plan.provisions.find((p) => p.kind === 'part')!;
  const attachment = plan.provisions.find((p) => p.kind === 'attachment' && (p.tables?.length ?? 0) > 0)!;
  const unit = [...plan.units].sort((a, b) => b.leads.length - a.leads.length)[0]!;
  return {
    home: '/',
    contents: '/plan/',
    part: `/plan/${part.id}/`,
    attachment: `/plan/${attachment.id}/`,
    notice: '/plan/notice/',
    document: '/document/',
    units: '/units/',
    unit: unitPage(plan, unit.id),
    accessibility: '/accessibility/',
    explorer: '/explorer/',
    search: '/search/',
    notFound: '/no-such-page/',
    enPart: `/en/plan/${part.id}/`,
    enHome: '/en/',
    enUnit: `/en${unitPage(plan, unit.id)}`,
  } as const satisfies Record<string, string>;
}

/**
 * Chinese text on a page that is not inside an element marked `lang="zh…"` (WCAG 3.1.2, language of parts):
 * text nodes, SVG titles included, and aria-labels; script and style are not text. One line per place.
 *
 * With `names: false`, only the page's content: aria-labels and SVG <title>s are left out. They are accessible
 * names, which reach assistive technology as one flat string: no markup can give a part of a name its language,
 * so a name that must quote Chinese (a plan without an English edition names its things in Chinese) is
 * not a fault this check can ask to be fixed.
 */
export async function unmarkedChinese(page: Page, { names = true }: { names?: boolean } = {}): Promise<string[]> {
  return page.evaluate((names) => {
    const han = /\p{Script=Han}/u;
    const zh = (el: Element) => /^zh/i.test(el.closest('[lang]')?.getAttribute('lang') ?? '');
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || !han.test(n.textContent ?? '') || el.closest('script,style,noscript') || zh(el)) continue;
      if (!names && el.closest('title')) continue;
      out.push(`<${el.tagName.toLowerCase()}> ${(n.textContent ?? '').trim().slice(0, 60)}`);
    }
    if (!names) return out;
    for (const el of document.querySelectorAll('[aria-label]')) {
      const label = el.getAttribute('aria-label')!;
      if (han.test(label) && !zh(el)) out.push(`<${el.tagName.toLowerCase()} aria-label> ${label.slice(0, 60)}`);
    }
    return out;
  }, names);
}
