/** /en/data/tables/{id}.csv: each attachment table in English (same ids, rows and numbers as the Chinese CSV). */
import type { APIRoute } from 'astro';
import { plan, tableById } from '../../../../lib/plan';
import { enTableCsv } from '../../../../lib/english';

export const getStaticPaths = () => plan.tables.map((tb) => ({ params: { id: tb.id } }));
export const GET: APIRoute = ({ params }) => {
  const tb = tableById.get(params.id ?? '');
  if (!tb) return new Response('not found', { status: 404 });
  return new Response(enTableCsv(tb), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
