/**
 * Pagefind, spoken to in its own worker. On the main thread, Pagefind's `pagefind.js` is a wrapper that starts
 * `pagefind-worker.js` and forwards calls to it; but importing it first compiles and runs all of its main-thread
 * fallback (the index reader and a gzip inflater whose tables are built when the module runs), and only then
 * starts the worker. On a phone's CPU that was the search page's longest task. This module starts the worker
 * itself and speaks its message protocol: `{ id, instanceId, method, args }` in, `{ id, result }` or
 * `{ id, error }` out; a result's `data` is an id to ask `getData` for.
 *
 * If the worker cannot start, fails, or does not answer `init` as this protocol expects, the index is opened
 * through `pagefind.js` on the main thread instead, as Pagefind itself falls back. The build checks that the
 * bundle's worker still handles these methods (scripts/search/pagefind-runtime.ts).
 */

export type IndexLang = 'zh-cn' | 'en';

export interface ResultData {
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}
export interface Result {
  id: string;
  data: () => Promise<ResultData>;
}
export type FilterCounts = Record<string, Record<string, number>>;
export interface PagefindResponse {
  results: Result[];
  filters: FilterCounts;
  totalFilters: FilterCounts;
  unfilteredResultCount: number;
}
export interface PagefindInstance {
  search(term: string | null, options?: { filters?: Record<string, unknown> }): Promise<PagefindResponse>;
  filters(): Promise<FilterCounts>;
}
export interface OpenOptions {
  /** Where the bundle is served ("/pagefind/", or under the base path). */
  bundle: string;
  /** Options Pagefind takes when an instance is created (`excerptLength`, …). */
  options?: Record<string, unknown>;
}

/** The worker methods this module calls: the build checks the bundle's worker handles each. */
export const WORKER_METHODS = ['init', 'search', 'getData', 'filters', 'releaseData'] as const;

/** How long the worker has to answer `init` before the main-thread fallback is used (Pagefind's own limit). */
const INIT_TIMEOUT_MS = 5000;

type Reply = { id: string; result?: unknown; error?: string };
interface Channel {
  call<T>(instanceId: string, method: (typeof WORKER_METHODS)[number], args: unknown[]): Promise<T>;
}

let channel: Channel | null | undefined;

/** The one worker every index shares (as Pagefind shares one), or null when none can run here. */
function workerChannel(bundle: string): Channel | null {
  if (channel !== undefined) return channel;
  let worker: Worker;
  try {
    worker = new Worker(`${bundle}pagefind-worker.js`);
  } catch {
    return (channel = null);
  }
  const waiting = new Map<string, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  let next = 0;
  worker.addEventListener('message', (e: MessageEvent<Reply>) => {
    const w = waiting.get(e.data?.id);
    if (!w) return;
    waiting.delete(e.data.id);
    if (e.data.error !== undefined) w.reject(new Error(e.data.error));
    else w.resolve(e.data.result);
  });
  // A worker that fails to load or throws: every open call fails, and later ones go to the fallback.
  worker.addEventListener('error', () => {
    channel = null;
    for (const w of waiting.values()) w.reject(new Error('Pagefind worker failed'));
    waiting.clear();
  });
  const open: Channel = {
    call<T>(instanceId: string, method: string, args: unknown[]) {
      if (channel !== open) return Promise.reject(new Error('Pagefind worker failed'));
      return new Promise<T>((resolve, reject) => {
        const id = `m${next++}`;
        waiting.set(id, { resolve: resolve as (v: unknown) => void, reject });
        worker.postMessage({ id, instanceId, method, args });
      });
    },
  };
  return (channel = open);
}

let instances = 0;
/** Data ids of results nobody holds any more: the worker keeps each result's loader until told to drop it. */
const dropped =
  typeof FinalizationRegistry === 'undefined'
    ? undefined
    : new FinalizationRegistry<{ ch: Channel; instanceId: string; dataId: string }>(({ ch, instanceId, dataId }) => {
        ch.call(instanceId, 'releaseData', [dataId]).catch(() => {});
      });

async function inWorker(ch: Channel, lang: IndexLang, { bundle, options }: OpenOptions): Promise<PagefindInstance> {
  const instanceId = `gx${instances++}`;
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    await Promise.race([
      ch.call(instanceId, 'init', [{ ...options, basePath: bundle, language: lang, primary: true }]),
      new Promise((_, reject) => (timer = setTimeout(() => reject(new Error('Pagefind worker did not answer')), INIT_TIMEOUT_MS))),
    ]);
  } finally {
    clearTimeout(timer);
  }
  const withData = (res: Omit<PagefindResponse, 'results'> & { results: { id: string; data: unknown }[] }): PagefindResponse => ({
    ...res,
    results: res.results.map((r) => {
      const dataId = String(r.data);
      const result: Result = { id: r.id, data: () => ch.call<ResultData>(instanceId, 'getData', [dataId]) };
      dropped?.register(result, { ch, instanceId, dataId });
      return result;
    }),
  });
  return {
    search: async (term, opts = {}) => withData(await ch.call(instanceId, 'search', [term, opts])),
    filters: () => ch.call<FilterCounts>(instanceId, 'filters', []),
  };
}

/**
 * Pagefind's own wrapper, on the main thread. It chooses an index by `<html lang>` when an instance is created,
 * so `lang` is set for that one synchronous call.
 */
async function onMainThread(lang: IndexLang, { bundle, options }: OpenOptions): Promise<PagefindInstance> {
  const m = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as { createInstance: (o: object) => PagefindInstance };
  const html = document.documentElement;
  const pageLang = html.getAttribute('lang');
  html.setAttribute('lang', lang === 'zh-cn' ? 'zh-CN' : 'en');
  try {
    return m.createInstance({ ...options, basePath: bundle, noWorker: true });
  } finally {
    if (pageLang === null) html.removeAttribute('lang');
    else html.setAttribute('lang', pageLang);
  }
}

/** Open one language's index: in Pagefind's worker when it runs here, else on the main thread. */
export async function openIndex(lang: IndexLang, opts: OpenOptions): Promise<PagefindInstance> {
  const ch = workerChannel(opts.bundle);
  if (ch) {
    try {
      return await inWorker(ch, lang, opts);
    } catch {
      // Fall through: the same index, read on the main thread.
    }
  }
  return onMainThread(lang, opts);
}
