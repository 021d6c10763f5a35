/**
 * Starting Pagefind before the page's own scripts. A search page opened with `?q=` needs Pagefind's worker,
 * its entry file, metadata and WebAssembly before it can search: started by the page's module script, that
 * chain begins only once every module of the page is loaded and run. The inline script below, first in
 * <body>, starts it as soon as the stylesheet is in; the page's script then takes that instance
 * (`takeEarlyInstance`) instead of creating its own.
 *
 * It starts only the Chinese index, and only when the page's script would search it at once: not for an
 * empty query, not for a query that may name a position (the page first checks the position map, and may
 * leave), and not when an English page will search the English translation.
 */
import { POSITION_HINT, POSITION_HINT_MAX } from './position';

/** Options every Pagefind instance of the site is created with. */
export const PAGEFIND_OPTIONS = { excerptLength: 40 } as const;

/** Where the early instance waits for the page's script. */
const SLOT = '__gxEarlyPagefind';

interface EarlyWindow {
  [SLOT]?: Promise<unknown>;
}

/**
 * The inline script's text (hashed for the page's CSP by the caller). `bundle` is the Pagefind bundle's URL
 * path; `englishIndex` is true on English pages that can search the translation.
 */
export function earlyScript(bundle: string, englishIndex: boolean): string {
  // JSON is a JS literal; with "<" escaped no value can close the <script> element.
  const literal = (v: unknown) => JSON.stringify(v).replace(/</g, '\\u003c');
  const options = literal({ basePath: bundle, ...PAGEFIND_OPTIONS });
  const hint = `new RegExp(${literal(POSITION_HINT.source)},${literal(POSITION_HINT.flags)})`;
  // Hand-written ES2019 (it is not bundled): the same rules as indexFor() and looksLikePosition().
  return (
    `(function(w,d){var p=new URLSearchParams(location.search),q=(p.get('q')||'').trim(),s=p.get('in')||'';` +
    `if(!q)return;var n=q.normalize('NFKC');if(n.length<=${POSITION_HINT_MAX}&&${hint}.test(n))return;` +
    (englishIndex ? `if(s==='en'||(s!=='zh'&&!/\\p{Script=Han}/u.test(q)))return;` : '') +
    `w.${SLOT}=import(${literal(`${bundle}pagefind.js`)}).then(function(m){var h=d.documentElement,l=h.getAttribute('lang');` +
    `h.setAttribute('lang','zh-CN');try{return m.createInstance(${options});}finally{h.setAttribute('lang',l);}});` +
    `w.${SLOT}.catch(function(){});})(window,document);`
  );
}

/** The instance the inline script started for the Chinese index, once (undefined if it started none). */
export function takeEarlyInstance<T>(): Promise<T> | undefined {
  const w = window as unknown as EarlyWindow;
  const early = w[SLOT] as Promise<T> | undefined;
  delete w[SLOT];
  return early;
}
