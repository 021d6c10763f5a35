/** CSV and JSON of a chart's data set: the same columns and rows as its table view, plus source id and URL. */
import type { Lang } from '../i18n';
import { ex } from '../i18n/explorer';
import type { ChartModel, DataSet } from './charts';
import { csvDocument } from '../../scripts/model/csv';

/** UTF-8 with a byte-order mark, so spreadsheet programs read the Chinese correctly. */
export function toCsv(ds: DataSet, lang: Lang, site: URL): string {
  const head = [...ds.columns.map((c) => c.label), ex(lang, 'col.sourceId'), ex(lang, 'col.url')];
  const lines = [head, ...ds.rows.map((r) => [...ds.columns.map((c) => r.cells[c.key] ?? null), r.id, new URL(r.href, site).href])];
  return csvDocument(lines);
}

export function toJson(
  ds: DataSet,
  lang: Lang,
  site: URL,
  meta: { document: string; docNumber: string; chart?: ChartModel; page: string },
): string {
  const c = meta.chart;
  return `${JSON.stringify(
    {
      id: ds.id,
      title: ds.title,
      lang,
      document: { title: meta.document, docNumber: meta.docNumber },
      page: new URL(meta.page, site).href,
      ...(c ? { takeaway: c.takeaway, notes: c.notes.map((n) => ({ kind: n.kind, text: n.text, ...(n.href ? { url: new URL(n.href, site).href } : {}) })) } : {}),
      columns: ds.columns.map((col) => ({ key: col.key, label: col.label, type: col.num ? 'number' : 'string' })),
      rows: ds.rows.map((r) => ({ sourceId: r.id, url: new URL(r.href, site).href, ...(r.foot ? { summary: true } : {}), ...r.cells })),
    },
    null,
    2,
  )}\n`;
}
