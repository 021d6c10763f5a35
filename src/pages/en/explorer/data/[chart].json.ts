import type { APIRoute } from 'astro';
import { dataPaths, dataResponse } from '../../../../explorer/endpoints';

export const getStaticPaths = () => dataPaths('en');
export const GET: APIRoute = (ctx) => dataResponse('en', 'json', ctx);
