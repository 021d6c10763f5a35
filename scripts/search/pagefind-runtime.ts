/**
 * Two changes to Pagefind's own search runtime (pagefind-worker.js, and pagefind.js, which carries the same
 * code for browsers without workers), applied after the index is written. Both shorten the first search of a
 * page, which waits on a chain of steps inside Pagefind's worker; neither changes a result.
 *
 * - `init-poll`: a search that arrives while the index is still loading (the search page asks at once) polled
 *   for it every 50 ms, so it started up to 50 ms after the index was ready. It now polls every 5 ms.
 * - `warm-segmenter`: for Chinese (and any language written without spaces) the query is split into words by
 *   `Intl.Segmenter`, whose dictionary the browser loads on first use (30–100 ms on this machine). That first
 *   use now happens while the index's metadata and WebAssembly are downloading, instead of after.
 *
 * Each change names the exact text it replaces. A Pagefind version whose runtime differs is left as it is
 * (search works the same, only the first search is slower) and the build says which change did not apply;
 * tests/unit/search/pagefind-runtime.test.ts applies them to the installed Pagefind's runtime.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { WORKER_METHODS } from '../../src/search/pagefind-client';

export interface RuntimeChange {
  name: string;
  find: string;
  replace: string;
}

export const RUNTIME_CHANGES: RuntimeChange[] = [
  {
    name: 'init-poll',
    find: 'while(this.raw_ptr===null){if(this.initError){throw this.initError;}await asyncSleep(50);}',
    replace: 'while(this.raw_ptr===null){if(this.initError){throw this.initError;}await asyncSleep(5);}',
  },
  {
    name: 'warm-segmenter',
    find: 'if(opts.load_wasm===true){resources.push(this.loadWasm(lang_wasm));}',
    replace:
      'if(opts.load_wasm===true){resources.push(this.loadWasm(lang_wasm));}' +
      // Segmenting a few Chinese characters makes the browser load its word dictionary; any error is ignored
      // (the search itself segments as before).
      'try{const wl=Intl.getCanonicalLocales(language)[0];if(wl&&typeof Intl.Segmenter!=="undefined"&&needsWordSegmentation(wl)){' +
      'for(const _ of new Intl.Segmenter(wl,{granularity:"word"}).segment("\\u4e2d\\u6587\\u5206\\u8bcd")){}}}catch(_e){}',
  },
];

export interface Tuned {
  source: string;
  applied: string[];
  missing: string[];
}

/** The runtime's source with every change whose text occurs exactly once; the others are reported missing. */
export function tuneRuntime(source: string, changes: RuntimeChange[] = RUNTIME_CHANGES): Tuned {
  const applied: string[] = [];
  const missing: string[] = [];
  let out = source;
  for (const c of changes) {
    const at = out.indexOf(c.find);
    if (at < 0 || out.indexOf(c.find, at + 1) >= 0) {
      missing.push(c.name);
      continue;
    }
    out = out.slice(0, at) + c.replace + out.slice(at + c.find.length);
    applied.push(c.name);
  }
  return { source: out, applied, missing };
}

/** The runtime files in a Pagefind bundle. */
export const RUNTIME_FILES = ['pagefind-worker.js', 'pagefind.js'] as const;

/** Apply the changes to the runtime files of the bundle in `bundleDir`; returns, per file, what was applied and missed. */
export function tunePagefindRuntime(bundleDir: string): Record<string, Omit<Tuned, 'source'>> {
  const report: Record<string, Omit<Tuned, 'source'>> = {};
  for (const name of RUNTIME_FILES) {
    const file = join(bundleDir, name);
    const { source, applied, missing } = tuneRuntime(readFileSync(file, 'utf8'));
    if (applied.length > 0) {
      writeFileSync(`${file}.tmp`, source);
      renameSync(`${file}.tmp`, file);
    }
    report[name] = { applied, missing };
  }
  return report;
}

/**
 * The methods of Pagefind's worker protocol that the search page calls without `pagefind.js`
 * (src/search/pagefind-client.ts) and that `workerSource` does not handle. With any missing, searches still work,
 * but read the index on the main thread through `pagefind.js`.
 */
export function workerMethodsMissing(workerSource: string, methods: readonly string[] = WORKER_METHODS): string[] {
  return methods.filter((m) => !workerSource.includes(`case"${m}"`));
}
