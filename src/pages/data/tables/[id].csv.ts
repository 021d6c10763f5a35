/** /data/tables/{id}.csv: each attachment table as the ingest writes it (Chinese, UTF-8 with BOM). */
import type { APIRoute } from 'astro';
import { plan, tableById } from '../../../lib/plan';
import { tableCsv } from '../../../../scripts/model/csv';

export const getStaticPaths = () => plan.tables.map((tb) => ({ params: { id: tb.id } }));
export const GET: APIRoute = ({ params }) => {
  const tb = tableById.get(params.id ?? '');
  if (!tb) return new Response('not found', { status: 404 });
  return new Response(tableCsv(tb), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
