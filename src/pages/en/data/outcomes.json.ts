/** /en/data/outcomes.json: reported results per target with computed status, the look-ups (English labels). */
import type { APIRoute } from 'astro';
import { outcomes } from '../../../outcomes/site';
import { outcomesJson } from '../../../outcomes/model';

export const GET: APIRoute = () => new Response(outcomesJson(outcomes('en')), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
