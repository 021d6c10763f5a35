/** /en/data/edition.json: the English edition as data, keyed by the model's ids, with provenance and statuses. */
import type { APIRoute } from 'astro';
import { editionJson } from '../../../lib/english';

export const GET: APIRoute = ({ site }) =>
  new Response(JSON.stringify(editionJson(site), null, 2) + '\n', {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
