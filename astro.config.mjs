// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

// Static, self-contained site: no adapter, no web fonts, no third-party hosts.
export default defineConfig({
  site: 'https://gx-plan-2018.example.org',
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx()],
  i18n: {
    defaultLocale: 'zh-CN',
    locales: ['zh-CN', 'en'],
    routing: { prefixDefaultLocale: false },
  },
  devToolbar: { enabled: false },
  // The build must never reach the network.
  prefetch: false,
});
