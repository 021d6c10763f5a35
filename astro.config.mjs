// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { planSource } from './scripts/build/plan-source.ts';

// Which plan this build publishes: the seed (content/) or PLAN_SOURCE's own folder under .build/.
const source = planSource();
// Read by src/content.config.ts (the MDX entries); src/ imports the model through the `@plan-content` alias.
process.env.PLAN_CONTENT_DIR = source.contentDir;

// Static, self-contained site: no adapter, no web fonts, no third-party hosts.
export default defineConfig({
  site: 'https://gx-plan-2018.example.org',
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  outDir: source.outDir,
  ...(source.cacheDir ? { cacheDir: source.cacheDir } : {}),
  integrations: [mdx()],
  i18n: {
    defaultLocale: 'zh-CN',
    locales: ['zh-CN', 'en'],
    routing: { prefixDefaultLocale: false },
  },
  vite: { resolve: { alias: { '@plan-content': source.contentDir } } },
  devToolbar: { enabled: false },
  // The build must never reach the network.
  prefetch: false,
});
