/**
 * Deployed under a sub-path of a real origin: the site built with BASE_PATH=/gx/plan-2018/ and
 * SITE_URL=https://www.example.gov.cn into a directory of its own (dist/ stays the default build the other
 * browser tests use), served ONLY under that prefix with the headers of its dist/_headers, text compressed and
 * Pagefind's gzip files labelled as gzip (as docs/nginx.conf does; the other browser tests use a plain server).
 *  - every link, asset, form action and #fragment of every page, and the URLs in the data files, resolve
 *    under the prefix; canonical, hreflang, og:url, the sitemap and robots.txt use the real origin;
 *  - every page has a strict Content-Security-Policy (meta and header) that allows exactly its own inline
 *    scripts and styles, and WebAssembly only on the search pages;
 *  - in Chromium, each kind of page, the search (typing, results, landing on a clause, position jumps), the
 *    explorer (filters, tooltips) and the copy tools work with zero `securitypolicyviolation` events;
 *  - the README's nginx example (docs/nginx.conf), run in real nginx when it is installed, serves the same build
 *    with the same policies, the caching it promises, Pagefind's files labelled as gzip, the 404 page and the
 *    old unit URLs.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { ROOT, htmlFiles, launch, loadPlan, openPage, pageTypes, unitPage } from './helpers';
import { serve, type StaticServer } from './server';
import { NGINX, startNginx, type Nginx } from './nginx';
import { MAX_HEADER_RULES, headerPolicy, metaPolicy, parseHeaders } from '../../scripts/deploy/headers';

const BASE = '/gx/plan-2018/';
const ORIGIN = 'https://www.example.gov.cn';
const plan = loadPlan();
const types = pageTypes(plan);

let out = '';
let buildLog = '';
let server: StaticServer;
let browser: Browser;
let pages: { file: string; path: string; html: string }[] = [];

/** GX_DEPLOY_OUT=dir reuses a build made as below (for working on this file); by default it builds afresh. */
const reuse = process.env.GX_DEPLOY_OUT;

beforeAll(async () => {
  out = reuse ?? mkdtempSync(join(tmpdir(), 'gx-deploy-'));
  // A clean build environment: vitest sets BASE_URL, MODE and NODE_ENV, which would reach Astro.
  const env: NodeJS.ProcessEnv = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !/^(VITEST.*|BASE_URL|MODE|NODE_ENV|DEV|PROD|SSR)$/.test(k)),
  );
  Object.assign(env, { BASE_PATH: BASE, SITE_URL: ORIGIN });
  if (!reuse) {
    buildLog = execFileSync('npx', ['astro', 'build', '--outDir', out], { cwd: ROOT, env, encoding: 'utf8', stdio: 'pipe' });
    execFileSync('npx', ['tsx', join('scripts', 'search', 'build-index.ts'), out], { cwd: ROOT, env, stdio: 'pipe' });
  }
  pages = htmlFiles(out).map((p) => ({ ...p, html: readFileSync(p.file, 'utf8') }));
  // As docs/nginx.conf serves it: its headers, text compressed, Pagefind's gzip files labelled as gzip.
  server = await serve(out, 0, { prefix: BASE, headers: true, gzip: true });
  browser = await launch();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (out && !reuse) rmSync(out, { recursive: true, force: true });
});

/** A page left at an old URL that sends the reader on (`<meta http-equiv="refresh">`). */
const isRedirect = (html: string) => /<meta http-equiv="refresh"/i.test(html);
const decode = (s: string) => s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');
const idsOf = (src: string) => new Set([...src.matchAll(/\sid="([^"]+)"/g)].map((m) => decode(m[1]!)));
/** The public URL of a built page ("/plan/part_3/" → https://www.example.gov.cn/gx/plan-2018/plan/part_3/). */
const publicUrl = (path: string) => new URL(BASE + path.slice(1), ORIGIN);
/** Where a page is served from in the test (404.html answers any missing path). */
const pageUrl = (path: string) => (path === '/404.html' ? `${BASE}no-such-page/` : BASE + path.slice(1));

async function get(pathname: string): Promise<{ status: number; text: string; headers: Headers }> {
  const r = await fetch(server.url + pathname);
  return { status: r.status, text: await r.text(), headers: r.headers };
}

describe('served only under BASE_PATH, with SITE_URL', () => {
  it.skipIf(reuse)('the build says where it is built for', () => {
    expect(buildLog).toContain(`base path ${BASE}, public origin ${ORIGIN}`);
    expect(buildLog).not.toContain('SITE_URL is not set');
  });

  it('outside the prefix nothing is served (the test host really serves only the base)', async () => {
    expect((await get('/')).status).toBe(404);
    expect((await get('/plan/')).status).toBe(404);
    expect((await get('/_astro/')).status).toBe(404);
    expect((await get(BASE)).status).toBe(200);
  });

  it('every link, asset, form action and #fragment of every page resolves under the base', async () => {
    const targets = new Map<string, Set<string>>(); // pathname → fragments wanted
    const problems: string[] = [];
    for (const p of pages) {
      const from = new URL(pageUrl(p.path), ORIGIN);
      for (const m of p.html.matchAll(/<(a|link|script|img|form|meta)\b[^>]*?\s(href|src|action|content)="([^"]*)"/g)) {
        const [, tag, attr, raw0] = m;
        const raw = decode(raw0!);
        if (tag === 'meta' && !/^(https?:)?\/\//.test(raw)) continue; // meta content is a URL only for og:url
        if (/^(mailto|tel):/.test(raw)) continue;
        if (raw.startsWith('#')) {
          // Within the page itself (the 404 page is served at any path, so it is checked here, not fetched).
          if (!idsOf(p.html).has(decodeURIComponent(raw.slice(1)))) problems.push(`${p.path}: ${raw}: no such element`);
          continue;
        }
        const url = new URL(raw, from);
        // A link out to a cited third-party source is navigation, never loaded by the page; a made-up host
        // (the old example.org origin) is not a source.
        if (url.origin !== ORIGIN && tag === 'a' && !/example\.(org|com)$/.test(url.hostname)) continue;
        if (url.origin !== ORIGIN) {
          problems.push(`${p.path}: ${tag} ${attr}="${raw}" leaves the site`);
          continue;
        }
        if (!url.pathname.startsWith(BASE)) {
          problems.push(`${p.path}: ${tag} ${attr}="${raw}" is outside ${BASE}`);
          continue;
        }
        const hashes = targets.get(url.pathname) ?? new Set<string>();
        if (url.hash) hashes.add(decodeURIComponent(url.hash.slice(1)));
        targets.set(url.pathname, hashes);
      }
    }
    for (const [pathname, hashes] of targets) {
      const r = await get(pathname);
      if (r.status !== 200) {
        problems.push(`${pathname}: ${r.status}`);
        continue;
      }
      if (hashes.size === 0) continue;
      const ids = idsOf(r.text);
      for (const h of hashes) if (!ids.has(h)) problems.push(`${pathname}#${h}: no such element`);
    }
    expect(problems).toEqual([]);
    // Pages, the CSS/JS bundles, the favicon, the CSV downloads and the sitemap were all among them.
    const all = [...targets.keys()];
    expect(all.length).toBeGreaterThan(pages.filter((p) => !isRedirect(p.html)).length);
    for (const kind of [/\/_astro\/.+\.css$/, /\/_astro\/.+\.js$/, /favicon\.svg$/, /\.csv$/, /sitemap\.xml$/]) {
      expect(all.some((t) => kind.test(t)), String(kind)).toBe(true);
    }
  });

  it('canonical, hreflang and og:url name the real origin and the page itself', () => {
    const problems: string[] = [];
    for (const p of pages) {
      if (p.path === '/404.html') {
        if (/rel="canonical"/.test(p.html)) problems.push('404 has a canonical URL');
        continue;
      }
      if (isRedirect(p.html)) {
        // An old URL that redirects: its canonical is the page it now lives at, on the real origin.
        const canonical = p.html.match(/<link rel="canonical" href="([^"]+)"/)?.[1] ?? '';
        if (!canonical.startsWith(ORIGIN + BASE)) problems.push(`${p.path}: redirect canonical ${canonical}`);
        continue;
      }
      const own = publicUrl(p.path).href;
      const canonical = p.html.match(/<link rel="canonical" href="([^"]+)"/)?.[1];
      const og = p.html.match(/<meta property="og:url" content="([^"]+)"/)?.[1];
      if (canonical !== own) problems.push(`${p.path}: canonical ${canonical} ≠ ${own}`);
      if (og !== own) problems.push(`${p.path}: og:url ${og} ≠ ${own}`);
      const alts = [...p.html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => m[2]!);
      if (alts.length !== 3 || !alts.includes(own)) problems.push(`${p.path}: alternates ${alts.join(' ')}`);
      for (const a of alts) if (!a.startsWith(ORIGIN + BASE)) problems.push(`${p.path}: alternate ${a}`);
    }
    expect(problems).toEqual([]);
  });

  it('the sitemap lists every page at the real origin, and robots.txt names it', async () => {
    const sm = await get(`${BASE}sitemap.xml`);
    expect(sm.status).toBe(200);
    const locs = [...sm.text.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => decode(m[1]!));
    const want = pages.filter((p) => p.path !== '/404.html' && !isRedirect(p.html)).map((p) => publicUrl(p.path).href);
    expect(new Set(locs)).toEqual(new Set(want));
    for (const m of sm.text.matchAll(/href="([^"]+)"/g)) expect(decode(m[1]!).startsWith(ORIGIN + BASE)).toBe(true);
    const robots = await get(`${BASE}robots.txt`);
    expect(robots.text).toContain(`Sitemap: ${ORIGIN}${BASE}sitemap.xml`);
    expect(robots.text).toContain(`Allow: ${BASE}`);
  });

  it('the data files link to the real origin under the base, and their links resolve', async () => {
    const files = [
      ...readdirSync(join(out, 'explorer', 'data')).map((f) => `explorer/data/${f}`),
      ...readdirSync(join(out, 'en', 'explorer', 'data')).map((f) => `en/explorer/data/${f}`),
      'en/data/edition.json',
    ];
    const urls = new Set<string>();
    for (const f of files) {
      let text = readFileSync(join(out, f), 'utf8');
      // The edition's unit names cite the third-party pages they were checked against: data, not site links.
      if (f === 'en/data/edition.json') text = JSON.stringify({ ...JSON.parse(text), units: undefined });
      const found = [...text.matchAll(/https?:\/\/[^\s",]+/g)].map((m) => m[0]);
      expect(found.length, f).toBeGreaterThan(0);
      for (const u of found) urls.add(u);
    }
    const problems: string[] = [];
    const htmlOf = new Map<string, string>();
    for (const u of urls) {
      const url = new URL(u);
      if (url.origin !== ORIGIN || !url.pathname.startsWith(BASE)) {
        problems.push(u);
        continue;
      }
      if (!htmlOf.has(url.pathname)) htmlOf.set(url.pathname, (await get(url.pathname)).text);
      if (url.hash && !idsOf(htmlOf.get(url.pathname)!).has(decodeURIComponent(url.hash.slice(1)))) problems.push(u);
    }
    expect(problems).toEqual([]);
  });
});

describe('Content-Security-Policy', () => {
  const sha256 = (s: string) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;
  const directive = (policy: string, name: string) =>
    policy.split(';').map((d) => d.trim().split(/\s+/)).find((d) => d[0] === name)?.slice(1);

  it('every page has a strict policy that allows exactly its own inline scripts and styles', () => {
    const problems: string[] = [];
    for (const p of pages) {
      const policy = metaPolicy(p.html);
      if (!policy) {
        problems.push(`${p.path}: no CSP`);
        continue;
      }
      // The policy comes before anything it governs.
      if (p.html.indexOf('http-equiv="content-security-policy"') > p.html.search(/<(script|style|link rel="stylesheet")\b/)) {
        problems.push(`${p.path}: a script or style precedes the CSP`);
      }
      const search = /^\/(en\/)?search\/$/.test(p.path);
      for (const name of ['script-src', 'style-src']) {
        const sources = directive(policy, name) ?? [];
        for (const s of sources) {
          const ok = s === "'self'" || /^'sha256-[A-Za-z0-9+/]+=*'$/.test(s) || (s === "'wasm-unsafe-eval'" && name === 'script-src' && search);
          if (!ok) problems.push(`${p.path}: ${name} ${s}`);
        }
        if (search && name === 'script-src' && !sources.includes("'wasm-unsafe-eval'")) problems.push(`${p.path}: search without wasm`);
      }
      expect(directive(policy, 'default-src')).toEqual(["'self'"]);
      expect(directive(policy, 'object-src')).toEqual(["'none'"]);
      for (const m of p.html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/g)) {
        if (/\ssrc=|type="application\/json"/.test(m[1] ?? '')) continue;
        if (!policy.includes(sha256(m[2]!))) problems.push(`${p.path}: inline script without its hash: ${m[2]!.slice(0, 50)}`);
      }
      for (const m of p.html.matchAll(/<style(\s[^>]*)?>([\s\S]*?)<\/style>/g)) {
        if (!policy.includes(sha256(m[2]!))) problems.push(`${p.path}: inline style without its hash: ${m[2]!.slice(0, 50)}`);
      }
      for (const m of p.html.matchAll(/<[^>]*\s(style|on[a-z]+)="[^"]*"/g)) problems.push(`${p.path}: ${m[1]} attribute (refused by the policy)`);
    }
    expect(problems).toEqual([]);
  });

  it('dist/_headers gives each page its policy as a header, and the Pagefind bundle none, in few enough rules for every host', async () => {
    const problems: string[] = [];
    for (const p of pages.filter((x) => x.path !== '/404.html')) {
      const r = await fetch(server.url + pageUrl(p.path), { method: 'HEAD' });
      const header = r.headers.get('content-security-policy');
      if (header !== headerPolicy(metaPolicy(p.html)!)) problems.push(`${p.path}: header ${header?.slice(0, 80)}`);
    }
    expect(problems).toEqual([]);
    for (const f of ['pagefind/pagefind.js', 'pagefind/pagefind-worker.js', 'pagefind/pagefind-entry.json']) {
      const r = await fetch(`${server.url}${BASE}${f}`, { method: 'HEAD' });
      expect(r.status, f).toBe(200);
      expect(r.headers.get('content-security-policy'), f).toBeNull();
    }
    const headers = readFileSync(join(out, '_headers'), 'utf8');
    expect(headers).toContain(`${BASE}_astro/*\n  Cache-Control: public, max-age=31536000, immutable`);
    expect(headers).not.toMatch(/^\/_astro\//m);
    // Cloudflare Pages reads only the first 100 rules (checked with its own local server, `wrangler pages dev`:
    // with one rule per old unit URL, 126 pages lost their policy header).
    expect(parseHeaders(headers).length).toBeLessThanOrEqual(MAX_HEADER_RULES);
  });
});

/** A page that records CSP violations, failed requests and script errors from its first byte. */
async function openWatched(options: Parameters<typeof openPage>[1] = {}) {
  const t = await openPage(browser, options);
  const failed: string[] = [];
  await t.context.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
  });
  t.page.on('response', (r) => {
    if (r.status() >= 400 && !r.url().includes('/no-such-page/')) failed.push(`${r.status()} ${r.url()}`);
  });
  const violations = () => t.page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
  return { ...t, failed, violations };
}

async function styled(page: Page): Promise<boolean> {
  // The site's stylesheet is applied: the header bar is laid out as a flex row.
  return page.locator('.site-header .bar').evaluate((el) => getComputedStyle(el).display === 'flex');
}

describe('in Chromium, under the base: zero CSP violations', () => {
  const kinds = Object.entries(types).filter(([k]) => k !== 'search' && k !== 'explorer');

  it(`page kinds (${kinds.map(([k]) => k).join(', ')}, side by side, glossary) load completely`, async () => {
    const w = await openWatched();
    const paths = [...kinds.map(([, p]) => p), `${types.part}parallel/`, '/glossary/', '/en/glossary/'];
    for (const path of paths) {
      const res = await w.page.goto(server.url + BASE + path.slice(1));
      expect(res?.status(), path).toBe(path === types.notFound ? 404 : 200);
      expect(await styled(w.page), path).toBe(true);
      expect(await w.page.evaluate(() => document.documentElement.classList.contains('js')), path).toBe(true);
    }
    // The 404 page, served at any missing path, links home under the base.
    await w.page.goto(server.url + BASE + 'no-such-page/');
    expect(await w.page.locator(`main a[href="${BASE}"]`).count()).toBeGreaterThan(0);
    expect(await w.violations()).toEqual([]);
    expect(w.failed).toEqual([]);
    // The browser logs the 404 navigations themselves; a missing resource would be in `failed`.
    expect(w.errors.filter((e) => !e.includes('status of 404'))).toEqual([]);
    expect(w.foreign).toEqual([]);
    await w.context.close();
  }, 240_000);

  it('copy tools copy a link under the base; the language switch stays under it', async () => {
    const w = await openWatched({ permissions: ['clipboard-read', 'clipboard-write'] });
    const part = types.part.split('/')[2]!;
    const task = plan.units.flatMap((u) => u.leads).find((id) => id.startsWith(`${part}__`))!;
    await w.page.goto(server.url + BASE + types.part.slice(1));
    const item = w.page.locator(`[id="${task}"]`);
    await item.scrollIntoViewIfNeeded();
    await item.locator(':scope > p').first().hover();
    await item.locator(':scope > .tools button[data-copy="link"]').click();
    expect(await w.page.evaluate(() => navigator.clipboard.readText())).toBe(`${server.url}${BASE}plan/${part}/#${task}`);
    await item.locator(':scope > .tools button[data-copy="cite"]').click();
    expect(await w.page.evaluate(() => navigator.clipboard.readText())).toContain('桂政发〔2018〕51号');
    await w.page.locator('a[data-lang-switch]').click();
    await w.page.waitForURL((u) => u.pathname === `${BASE}en/plan/${part}/`);
    expect(await styled(w.page)).toBe(true);
    expect(await w.violations()).toEqual([]);
    expect(w.failed).toEqual([]);
    expect(w.errors).toEqual([]);
    await w.context.close();
  });

  it('search: typing shows results, a result lands on its clause, a position jumps to it', async () => {
    const w = await openWatched();
    // From the header box on the home page to the search page.
    await w.page.goto(server.url + BASE);
    await w.page.locator('#hs-q').fill('瞪羚企业');
    await w.page.locator('#hs-q').press('Enter');
    await w.page.waitForURL((u) => u.pathname === `${BASE}search/`);
    const first = w.page.locator('[data-results] > li').first();
    await first.waitFor();
    expect(await first.getAttribute('data-id')).toBe('part_3__sec_4__item_2');
    // Typing a new query on the search page.
    await w.page.locator('#sp-q').fill('');
    await w.page.locator('#sp-q').pressSequentially('石墨烯');
    await w.page.waitForFunction(() => document.querySelector('#sp-q') && new URL(location.href).searchParams.get('q') === '石墨烯');
    await w.page.locator('[data-results] > li').first().waitFor();
    const href = await w.page.locator('[data-results] > li h3 a').first().getAttribute('href');
    expect(href?.startsWith(`${BASE}plan/`)).toBe(true);
    await w.page.locator('[data-results] > li h3 a').first().click();
    await w.page.waitForURL((u) => u.pathname.startsWith(`${BASE}plan/`) && u.hash.length > 1);
    const id = decodeURIComponent(new URL(w.page.url()).hash.slice(1));
    expect(await w.page.locator(`[id="${id}"]`).count()).toBe(1);
    expect(await w.page.locator(`[id="${id}"] mark`).count()).toBeGreaterThan(0);
    // A position typed on the English search page opens the English page of that clause.
    await w.page.goto(`${server.url}${BASE}en/search/?q=${encodeURIComponent('三（一）7')}`);
    await w.page.waitForURL((u) => u.pathname === `${BASE}en/plan/part_3/` && u.hash === '#part_3__sec_1__item_7');
    expect(await w.violations()).toEqual([]);
    expect(w.failed).toEqual([]);
    expect(w.errors).toEqual([]);
    expect(w.foreign).toEqual([]);
    await w.context.close();
  });

  it('explorer: filters and tooltips', async () => {
    const w = await openWatched();
    for (const path of [types.explorer, `/en${types.explorer}`]) {
      await w.page.goto(server.url + BASE + path.slice(1));
      expect(await styled(w.page)).toBe(true);
      // Charts are sized and coloured by the page's own (hashed) stylesheet, not style attributes.
      const svg = w.page.locator('svg.ex-svg').first();
      expect(await svg.evaluate((el) => getComputedStyle(el).getPropertyValue('--w').trim())).toMatch(/^\d+(\.\d+)?px$/);
      expect(await w.page.locator('rect.ex-heat').first().evaluate((el) => getComputedStyle(el).fill)).toMatch(/^rgb/);
      const field = await w.page.locator('#ex-f-field option').nth(1).getAttribute('value');
      await w.page.selectOption('#ex-f-field', field!);
      await w.page.waitForURL((u) => u.searchParams.get('field') === field);
      expect(new URL(w.page.url()).pathname).toBe(BASE + path.slice(1));
      const mark = w.page.locator('#svg-platforms a.ex-mark').first();
      await mark.scrollIntoViewIfNeeded();
      await mark.hover();
      expect(await w.page.locator('#chart-platforms .ex-tip').isVisible()).toBe(true);
    }
    expect(await w.violations()).toEqual([]);
    expect(w.failed).toEqual([]);
    expect(w.errors).toEqual([]);
    await w.context.close();
  });
});

describe.skipIf(!NGINX)('behind nginx, configured as docs/nginx.conf', () => {
  let nginx: Nginx;
  beforeAll(async () => {
    nginx = await startNginx(out, BASE);
  }, 60_000);
  afterAll(async () => {
    await nginx?.close();
  });
  const head = (path: string) => fetch(nginx.url + path, { method: 'HEAD' });

  it('every page has its policy as a header (the map generated from dist/_headers) and revalidates after five minutes', async () => {
    const problems: string[] = [];
    for (const p of pages.filter((x) => x.path !== '/404.html')) {
      const r = await head(pageUrl(p.path));
      if (r.status !== 200) problems.push(`${p.path}: status ${r.status}`);
      if (r.headers.get('content-security-policy') !== headerPolicy(metaPolicy(p.html)!)) problems.push(`${p.path}: policy ${r.headers.get('content-security-policy')?.slice(0, 60)}`);
      if (r.headers.get('cache-control') !== 'public, max-age=300, must-revalidate') problems.push(`${p.path}: cache ${r.headers.get('cache-control')}`);
    }
    expect(problems).toEqual([]);
  });

  it("hashed bundles are cached for a year, Pagefind's unhashed files for five minutes, none carries a policy, text is compressed, Pagefind's index is labelled gzip", async () => {
    const asset = readdirSync(join(out, '_astro')).find((f) => f.endsWith('.js'))!;
    const chunk = readdirSync(join(out, 'pagefind', 'index'))[0]!;
    const year = 'public, max-age=31536000, immutable';
    for (const [path, cache] of [
      [`${BASE}_astro/${asset}`, year],
      [`${BASE}pagefind/index/${chunk}`, year],
      [`${BASE}pagefind/pagefind.js`, 'public, max-age=300, must-revalidate'],
      [`${BASE}pagefind/pagefind-entry.json`, 'public, max-age=300, must-revalidate'],
    ] as const) {
      const r = await head(path);
      expect(r.status, path).toBe(200);
      expect(r.headers.get('cache-control'), path).toBe(cache);
      expect(r.headers.get('content-security-policy'), path).toBeNull();
    }
    const csv = readdirSync(join(out, 'data')).find((f) => f.endsWith('.csv'))!;
    // Types as a reader's browser needs them: CSV and JSON in UTF-8 (the text is Chinese), pages as HTML.
    expect((await head(`${BASE}data/${csv}`)).headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const json = readdirSync(join(out, 'data')).find((f) => f.endsWith('.json'))!;
    expect((await head(`${BASE}data/${json}`)).headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect((await head(BASE)).headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect((await head(`${BASE}pagefind/pagefind.js`)).headers.get('content-type')).toMatch(/^(application|text)\/javascript/);
    // Text is sent compressed to a browser that accepts it; Pagefind's compressed index files are sent as they are.
    const encoding = async (path: string) =>
      (await fetch(nginx.url + path, { headers: { 'Accept-Encoding': 'gzip' } })).headers.get('content-encoding');
    const css = readdirSync(join(out, '_astro')).find((f) => f.endsWith('.css'))!;
    for (const path of [BASE, `${BASE}_astro/${css}`, `${BASE}_astro/${asset}`, `${BASE}data/${csv}`, `${BASE}data/${json}`]) {
      expect(await encoding(path), path).toBe('gzip');
    }
    // Pagefind's index files are gzip files on disk: sent as they are, labelled as gzip, so the browser inflates
    // them (into Pagefind's own uncompressed form, which starts "pagefind_dcd") and Pagefind does not.
    const bundle = join(out, 'pagefind');
    const meta = readdirSync(bundle).find((f) => f.endsWith('.pf_meta'))!;
    const wasm = readdirSync(bundle).find((f) => f.endsWith('.pagefind'))!;
    const fragment = readdirSync(join(bundle, 'fragment'))[0]!;
    const filter = readdirSync(join(bundle, 'filter'))[0]!;
    for (const file of [`index/${chunk}`, `fragment/${fragment}`, `filter/${filter}`, meta, wasm]) {
      const path = `${BASE}pagefind/${file}`;
      const r = await fetch(nginx.url + path, { headers: { 'Accept-Encoding': 'gzip' } });
      expect(r.headers.get('content-encoding'), path).toBe('gzip');
      expect(Buffer.from(await r.arrayBuffer()).subarray(0, 12).toString(), path).toBe('pagefind_dcd');
      expect(r.headers.get('cache-control'), path).toBe(file.includes('/') ? year : 'public, max-age=300, must-revalidate');
      expect(r.headers.get('x-content-type-options'), path).toBe('nosniff');
    }
  });

  it('a missing page gets the site\'s 404 page with status 404; an old unit URL sends the reader to the new one', async () => {
    const r = await fetch(`${nginx.url}${BASE}no-such-page/`);
    expect(r.status).toBe(404);
    expect(await r.text()).toContain(`href="${BASE}"`);
    const unit = plan.units[0]!;
    const w = await openWatched();
    await w.page.goto(`${nginx.url}${BASE}units/${unit.id}/`);
    await w.page.waitForURL(`${nginx.url}${BASE}${unitPage(plan, unit.id).slice(1)}`);
    expect(await styled(w.page)).toBe(true);
    expect(await w.violations()).toEqual([]);
    await w.context.close();
  });

  it('in Chromium: a search from the URL lists results and opens a clause, with zero CSP violations', async () => {
    const w = await openWatched();
    await w.page.goto(`${nginx.url}${BASE}search/?q=${encodeURIComponent('瞪羚企业')}`);
    const first = w.page.locator('[data-results] > li').first();
    await first.waitFor();
    expect(await first.getAttribute('data-id')).toBe('part_3__sec_4__item_2');
    await first.locator('h3 a').click();
    await w.page.waitForURL((u) => u.pathname === `${BASE}plan/part_3/` && u.hash === '#part_3__sec_4__item_2');
    expect(await styled(w.page)).toBe(true);
    expect(await w.violations()).toEqual([]);
    expect(w.failed).toEqual([]);
    expect(w.errors).toEqual([]);
    expect(w.foreign).toEqual([]);
    await w.context.close();
  });
});
