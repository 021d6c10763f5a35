/** CSV and JSON of a chart's data set: the same columns and rows as its table view, plus source id and URL. */
import type { Lang } from '../i18n';
import { ex } from '../i18n/explorer';
import type { ChartModel, DataSet } from './charts';
import { csvDocument } from '../../scripts/model/csv';
import { absolute } from '../lib/deploy';

/** UTF-8 with a byte-order mark, so spreadsheet programs read the Chinese correctly. */
/** Row URLs are absolute on the public origin (SITE_URL), or paths under the base when it is unknown. */
export function toCsv(ds: DataSet, lang: Lang, site: URL | undefined): string {
  const head = [...ds.columns.map((c) => c.label), ex(lang, 'col.sourceId'), ex(lang, 'col.url')];
  const lines = [head, ...ds.rows.map((r) => [...ds.columns.map((c) => r.cells[c.key] ?? null), r.id, absolute(r.href, site)])];
  return csvDocument(lines);
}

export function toJson(
  ds: DataSet,
  lang: Lang,
  site: URL | undefined,
  meta: { document: string; docNumber: string; chart?: ChartModel; page: string },
): string {
  const c = meta.chart;
  return `${JSON.stringify(
    {
      id: ds.id,
      title: ds.title,
      lang,
      document: { title: meta.document, docNumber: meta.docNumber },
      page: absolute(meta.page, site),
      ...(c ? { takeaway: c.takeaway, notes: c.notes.map((n) => ({ kind: n.kind, text: n.text, ...(n.href ? { url: absolute(n.href, site) } : {}) })) } : {}),
      columns: ds.columns.map((col) => ({ key: col.key, label: col.label, type: col.num ? 'number' : 'string' })),
      rows: ds.rows.map((r) => ({ sourceId: r.id, url: absolute(r.href, site), ...(r.foot ? { summary: true } : {}), ...r.cells })),
    },
    null,
    2,
  )}\n`;
}
