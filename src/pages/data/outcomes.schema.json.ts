/** /data/outcomes.schema.json: the JSON Schema of content/editorial/outcomes.json (generated from its zod schema). */
import type { APIRoute } from 'astro';
import { outcomesJsonSchema } from '../../../scripts/model/outcomes';

export const GET: APIRoute = () => new Response(outcomesJsonSchema(), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
