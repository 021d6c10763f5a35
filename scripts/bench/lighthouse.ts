/**
 * Lighthouse figures for `npm run bench`: the four category scores and the performance metrics of the
 * search page (with a query and without) and a reader page, in Lighthouse's desktop and mobile presets, run
 * in Debian's Chromium against the built site served from this machine as docs/nginx.conf serves it: with its
 * own `_headers` (caching, CSP) and text compressed.
 *
 * Lighthouse is large (about 180 MB with its dependencies) and only this report needs it, so it is not a
 * dependency of the project: it runs through `npx lighthouse@VERSION`, which fetches it from the npm registry
 * once into npm's cache. `LIGHTHOUSE=0` skips the section; without the registry it says so and goes on.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { serve } from '../../tests/e2e/server.ts';

const run = promisify(execFile);
const VERSION = '13.5.0';
const PAGES = [
  { label: 'search, with a query', path: `/search/?q=${encodeURIComponent('高新技术企业')}` },
  { label: 'search, no query', path: '/search/' },
  { label: 'reader (part 三)', path: '/plan/part_3/' },
];
const PRESETS = ['desktop', 'mobile'] as const;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const METRICS = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift'];

interface Report {
  categories: Record<string, { score: number | null }>;
  audits: Record<string, { score: number | null; displayValue?: string; scoreDisplayMode?: string; title: string }>;
  runtimeError?: { message: string };
}

export async function benchLighthouse(distDir: string): Promise<string[]> {
  const out = ['## Lighthouse', ''];
  if (process.env.LIGHTHOUSE === '0') return [...out, 'Skipped (LIGHTHOUSE=0).'];
  const server = await serve(distDir, 0, { headers: true, gzip: true });
  const tmp = mkdtempSync(join(tmpdir(), 'lighthouse-'));
  const rows: string[] = [];
  const failing = new Map<string, Set<string>>();
  try {
    for (const page of PAGES) {
      for (const preset of PRESETS) {
        const file = join(tmp, 'report.json');
        const args = ['--yes', `lighthouse@${VERSION}`, `${server.url}${page.path}`, `--only-categories=${CATEGORIES.join(',')}`];
        if (preset === 'desktop') args.push('--preset=desktop');
        args.push('--chrome-flags=--headless --no-sandbox --disable-gpu --no-first-run', '--output=json', `--output-path=${file}`, '--quiet');
        try {
          await run('npx', args, { env: { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' }, timeout: 300_000 });
        } catch (err) {
          return [...out, `Not measured: \`npx lighthouse@${VERSION}\` failed (${String((err as Error).message).split('\n')[0]}).`];
        }
        const r = JSON.parse(readFileSync(file, 'utf8')) as Report;
        if (r.runtimeError) return [...out, `Not measured: Lighthouse: ${r.runtimeError.message}`];
        const score = (c: string) => {
          const s = r.categories[c]?.score;
          return s === null || s === undefined ? '–' : String(Math.round(s * 100));
        };
        rows.push(`| ${page.label} | ${preset} | ${CATEGORIES.map(score).join(' | ')} | ${METRICS.map((m) => r.audits[m]?.displayValue ?? '–').join(' | ')} |`);
        for (const [id, a] of Object.entries(r.audits)) {
          if (a.score !== null && a.score < 0.9 && (a.scoreDisplayMode === 'binary' || a.scoreDisplayMode === 'numeric' || a.scoreDisplayMode === 'metricSavings')) {
            const where = failing.get(id) ?? new Set<string>();
            where.add(`${page.label} (${preset})`);
            failing.set(id, where);
          }
        }
      }
    }
  } finally {
    await server.close();
    rmSync(tmp, { recursive: true, force: true });
  }
  out.push(
    `Lighthouse ${VERSION}, Debian Chromium, the site served from this machine as docs/nginx.conf serves it: dist/_headers applied, text compressed.`,
    'Mobile emulates a slow phone by slowing this machine\'s CPU four times, so its blocking time depends on the machine.',
    '',
    `| page | preset | ${CATEGORIES.join(' | ')} | ${METRICS.map((m) => m.replace(/-/g, ' ')).join(' | ')} |`,
    `|---|---|${CATEGORIES.map(() => '---:').join('|')}|${METRICS.map(() => '---:').join('|')}|`,
    ...rows,
  );
  if (failing.size) {
    out.push('', 'Audits scored below 0.9:', '');
    for (const [id, where] of failing) out.push(`- ${id}: ${[...where].join(', ')}`);
  }
  return out;
}

// `tsx scripts/bench/lighthouse.ts [distDir]`: this section alone.
if (import.meta.url === `file://${process.argv[1]}`) {
  benchLighthouse(process.argv[2] ?? 'dist').then((lines) => console.log(lines.join('\n')));
}
