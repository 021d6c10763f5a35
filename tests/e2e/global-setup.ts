/**
 * Build once, serve dist/ for every browser test file.
 * Builds only when dist/ is missing or older than its sources (`npm test` has just built it).
 */
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { findNginx } from './nginx';
import { serve, type StaticServer } from './server';

const ROOT = join(import.meta.dirname, '..', '..');
const DIST = join(ROOT, 'dist');
const SOURCES = ['src', 'content', 'public', 'scripts', 'astro.config.mjs'];

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let max = 0;
  for (const name of readdirSync(path)) max = Math.max(max, newest(join(path, name)));
  return max;
}

export function distIsFresh(): boolean {
  const index = join(DIST, 'index.html');
  if (!existsSync(index)) return false;
  const built = statSync(index).mtimeMs;
  return SOURCES.every((s) => newest(join(ROOT, s)) <= built);
}

let server: StaticServer | undefined;

const CJK_FONT = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';

/**
 * Debian's Chromium, Noto CJK (so screenshots show Chinese) and nginx (deploy.test runs the README's nginx
 * example): installed when root, else named.
 */
function ensureSystemPackages() {
  const exe = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  const missing = [!existsSync(exe) && 'chromium', !existsSync(CJK_FONT) && 'fonts-noto-cjk'].filter((p): p is string => !!p);
  const root = process.getuid?.() === 0 && !process.env.CHROMIUM_PATH;
  if (missing.length > 0 && root) {
    const pkgs = missing.join(' ');
    console.log(`[e2e] installing ${pkgs} with apt-get`);
    execSync(`apt-get update && apt-get install -y --no-install-recommends ${pkgs}`, { stdio: 'inherit' });
  }
  if (!findNginx() && root) {
    // Optional: without it deploy.test skips its checks of docs/nginx.conf (and says so below).
    try {
      console.log('[e2e] installing nginx-light with apt-get');
      execSync('apt-get install -y --no-install-recommends nginx-light || (apt-get update && apt-get install -y --no-install-recommends nginx-light)', { stdio: 'inherit' });
    } catch {
      console.warn('[e2e] nginx-light could not be installed');
    }
  }
  if (!existsSync(exe)) throw new Error(`[e2e] ${exe} not found: install Debian's packages: apt-get install ${missing.join(' ')}`);
  if (!existsSync(CJK_FONT)) {
    console.warn(`[e2e] fonts-noto-cjk is missing: Chinese will render as boxes in screenshots (apt-get install fonts-noto-cjk)`);
  }
  if (!findNginx()) {
    console.warn(`[e2e] nginx is missing: deploy.test skips the checks of docs/nginx.conf (apt-get install nginx-light)`);
  }
}

export default async function setup(project: TestProject) {
  ensureSystemPackages();
  if (!distIsFresh()) {
    console.log('[e2e] dist/ is missing or stale: running `npm run build`');
    execSync('npm run build', { cwd: ROOT, stdio: 'inherit' });
  }
  server = await serve(DIST);
  project.provide('baseURL', server.url);
  project.provide('distDir', DIST);
  return async () => {
    await server?.close();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    distDir: string;
  }
}
