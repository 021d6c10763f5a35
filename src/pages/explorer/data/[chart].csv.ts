import type { APIRoute } from 'astro';
import { dataPaths, dataResponse } from '../../../explorer/endpoints';

export const getStaticPaths = () => dataPaths('zh-CN');
export const GET: APIRoute = (ctx) => dataResponse('zh-CN', 'csv', ctx);
