/** Static data endpoints: /explorer/data/{id}.csv|json and /en/explorer/data/{id}.csv|json. */
import type { APIContext } from 'astro';
import { localize, type Lang } from '../i18n';
import { doc } from '../lib/plan';
import { explorer } from './site';
import { toCsv, toJson } from './download';

export function dataPaths(lang: Lang) {
  return explorer(lang).datasets.map((d) => ({ params: { chart: d.id } }));
}

export function dataResponse(lang: Lang, fmt: 'csv' | 'json', ctx: APIContext): Response {
  const x = explorer(lang);
  const id = ctx.params.chart;
  const ds = x.datasets.find((d) => d.id === id);
  if (!ds) return new Response('not found', { status: 404 });
  const site = ctx.site ?? new URL('https://example.org');
  const body =
    fmt === 'csv'
      ? toCsv(ds, lang, site)
      : toJson(ds, lang, site, {
          document: doc.planTitle,
          docNumber: doc.docNumber ?? '',
          page: localize(lang, '/explorer/') + `#chart-${ds.id === 'tech-mapping' ? 'tech-fields' : ds.id}`,
          ...(x.charts.find((c) => c.id === id) ? { chart: x.charts.find((c) => c.id === id)! } : {}),
        });
  return new Response(body, { headers: { 'Content-Type': fmt === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8' } });
}
