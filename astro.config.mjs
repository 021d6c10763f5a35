// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { planSource } from './scripts/build/plan-source.ts';
import { DeployConfigError, parseBasePath, parseSiteUrl } from './src/lib/deploy.ts';
import { deployment } from './scripts/deploy/integration.ts';

// Which plan this build publishes: the seed (content/) or PLAN_SOURCE's own folder under .build/.
const source = planSource();
// Read by src/content.config.ts (the MDX entries); src/ imports the model through the `@plan-content` alias.
process.env.PLAN_CONTENT_DIR = source.contentDir;

/**
 * Where the site is served, from the environment (README, "Deployment"):
 *   BASE_PATH  the path the site lives under, e.g. /gx/plan-2018/ (default /)
 *   SITE_URL   its public origin, e.g. https://www.example.gov.cn (default: unknown, so no absolute URLs)
 */
function fromEnv() {
  try {
    return { base: parseBasePath(process.env.BASE_PATH), site: parseSiteUrl(process.env.SITE_URL) };
  } catch (err) {
    if (!(err instanceof DeployConfigError)) throw err;
    console.error(`astro.config.mjs: ${err.message}`);
    process.exit(1);
  }
}
const { base, site } = fromEnv();

// Static, self-contained site: no adapter, no web fonts, no third-party hosts.
export default defineConfig({
  site,
  base,
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  outDir: source.outDir,
  ...(source.cacheDir ? { cacheDir: source.cacheDir } : {}),
  integrations: [mdx(), deployment({ base, site })],
  i18n: {
    defaultLocale: 'zh-CN',
    locales: ['zh-CN', 'en'],
    routing: { prefixDefaultLocale: false },
  },
  vite: { resolve: { alias: { '@plan-content': source.contentDir } } },
  // A strict Content-Security-Policy on every page (a <meta> Astro writes, with the hashes of the page's
  // own inline scripts and styles); scripts/deploy/integration.ts repeats it as a header in dist/_headers.
  // Only the search pages add 'wasm-unsafe-eval', for Pagefind (src/search/SearchView.astro).
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
  devToolbar: { enabled: false },
  // The build must never reach the network.
  prefetch: false,
});
