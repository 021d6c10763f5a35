/** /data/outcomes.csv: reported results per target, status computed (Chinese labels, UTF-8 with BOM). */
import type { APIRoute } from 'astro';
import { outcomes } from '../../outcomes/site';
import { outcomesCsv } from '../../outcomes/model';

export const GET: APIRoute = () => new Response(outcomesCsv(outcomes('zh-CN')), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
