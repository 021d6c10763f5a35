import type { APIRoute } from 'astro';
import { LANGS, localize } from '../i18n';
import { getEntries, entryId } from '../lib/entries';
import { plan, entryPath, unitPagePath } from '../lib/plan';

/**
 * Every page in both languages, with hreflang alternates. A sitemap lists absolute URLs only, so without
 * SITE_URL there is none (an empty body makes Astro write no file).
 */
export const GET: APIRoute = async ({ site }) => {
  if (!site) return new Response(null, { status: 404 });
  const entries = await getEntries();
  const paths = [
    '/',
    '/plan/',
    ...entries.map((e) => entryPath(entryId(e))),
    ...entries.map((e) => `${entryPath(entryId(e))}parallel/`),
    '/glossary/',
    '/document/',
    '/units/',
    ...plan.units.map((u) => unitPagePath(u.id)),
    '/explorer/',
    '/search/',
    '/accessibility/',
  ];
  const abs = (lang: (typeof LANGS)[number], p: string) => new URL(localize(lang, p), site).href;
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const urls = paths.flatMap((p) =>
    LANGS.map(
      (lang) =>
        `  <url>\n    <loc>${esc(abs(lang, p))}</loc>\n` +
        LANGS.map((l) => `    <xhtml:link rel="alternate" hreflang="${l}" href="${esc(abs(l, p))}"/>\n`).join('') +
        `  </url>`,
    ),
  );
  const xml =
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n` +
    `${urls.join('\n')}\n</urlset>\n`;
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
