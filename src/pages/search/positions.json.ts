/** `/search/positions.json`: citation → place, for "search by position and number" (see src/search/position.ts). */
import type { APIRoute } from 'astro';
import { plan, permalink, entryPath } from '../../lib/plan';
import { localize } from '../../i18n';
import { buildPositions } from '../../search/position-map';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(buildPositions({ plan, urlOf: (id) => permalink('zh-CN', id), noticeUrl: localize('zh-CN', entryPath('notice')) })), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
