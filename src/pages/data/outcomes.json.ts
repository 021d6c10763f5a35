/** /data/outcomes.json: reported results per target with computed status, the look-ups (Chinese labels). */
import type { APIRoute } from 'astro';
import { outcomes } from '../../outcomes/site';
import { outcomesJson } from '../../outcomes/model';

export const GET: APIRoute = () => new Response(outcomesJson(outcomes('zh-CN')), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
