/**
 * The search page's inline script (src/search/early.ts), run against a stand-in window: which `?q=` URLs
 * start the Chinese Pagefind instance early, with what, and that the page's `lang` is what Pagefind reads
 * when the instance is created and is put back afterwards.
 */
import { describe, expect, it } from 'vitest';
import { PAGEFIND_OPTIONS, earlyScript } from '../../../src/search/early';
import { looksLikePosition } from '../../../src/search/position';

interface Run {
  imported: string[];
  created: { options: unknown; lang: string | null }[];
  langAfter: string | null;
  started: boolean;
}

/** Runs the script text with `import()` replaced by a stub that resolves to a fake Pagefind module. */
async function runEarly(script: string, search: string, pageLang: string): Promise<Run> {
  const imported: string[] = [];
  const created: Run['created'] = [];
  let lang: string | null = pageLang;
  const document = { documentElement: { getAttribute: () => lang, setAttribute: (_: string, v: string) => (lang = v) } };
  const win: Record<string, unknown> = {};
  const fakeImport = (url: string) => {
    imported.push(url);
    return Promise.resolve({
      createInstance: (options: unknown) => {
        created.push({ options, lang });
        return { fake: true };
      },
    });
  };
  const body = script.replace(/\bimport\(/g, '__import(');
  expect(body).not.toMatch(/\bimport\(/);
  new Function('__import', 'location', 'window', 'document', body)(fakeImport, { search }, win, document);
  const early = win.__gxEarlyPagefind as Promise<unknown> | undefined;
  if (early) await early;
  return { imported, created, langAfter: lang, started: early !== undefined };
}

const BUNDLE = '/gx/plan-2018/pagefind/';
const q = (s: string, extra = '') => `?q=${encodeURIComponent(s)}${extra}`;

describe('earlyScript on a Chinese page', () => {
  const script = earlyScript(BUNDLE, false);

  it('starts the Chinese instance for a query, from the bundle under the base path, with the site options', async () => {
    const r = await runEarly(script, q('高新技术企业'), 'zh-CN');
    expect(r.started).toBe(true);
    expect(r.imported).toEqual([`${BUNDLE}pagefind.js`]);
    expect(r.created).toEqual([{ options: { basePath: BUNDLE, ...PAGEFIND_OPTIONS }, lang: 'zh-CN' }]);
    expect(r.langAfter).toBe('zh-CN');
  });

  it.each(['', '?q=', `?q=${encodeURIComponent('   ')}`, '?lead=x'])('starts nothing without a query (%s)', async (search) => {
    const r = await runEarly(script, search, 'zh-CN');
    expect(r.started).toBe(false);
    expect(r.imported).toEqual([]);
  });

  it.each(['三（一）7', '附件5 附表', '桂政发〔2018〕51号', '十三五', 'annex 2'])(
    'leaves a query that may name a position (%s) to the page, like looksLikePosition',
    async (text) => {
      expect(looksLikePosition(text)).toBe(true);
      expect((await runEarly(script, q(text), 'zh-CN')).started).toBe(false);
    },
  );

  it('a long query is searched even with numerals in it, like looksLikePosition', async () => {
    const text = '高新技术企业'.repeat(7) + '三';
    expect(looksLikePosition(text)).toBe(false);
    expect((await runEarly(script, q(text), 'zh-CN')).started).toBe(true);
  });

  it('searches Chinese whatever the scope parameter says, as the page does without an English index', async () => {
    expect((await runEarly(script, q('graphene', '&in=en'), 'zh-CN')).started).toBe(true);
  });
});

describe('earlyScript on an English page that can search the translation', () => {
  const script = earlyScript('/pagefind/', true);

  it('starts the Chinese instance for Chinese text, with lang zh-CN while creating it, then puts lang back', async () => {
    const r = await runEarly(script, q('石墨烯'), 'en');
    expect(r.created.map((c) => c.lang)).toEqual(['zh-CN']);
    expect(r.langAfter).toBe('en');
  });

  it('leaves Latin text (searched in English) and the English scope to the page', async () => {
    expect((await runEarly(script, q('graphene'), 'en')).started).toBe(false);
    expect((await runEarly(script, q('石墨烯', '&in=en'), 'en')).started).toBe(false);
  });

  it('starts the Chinese instance for Latin text in the Chinese scope', async () => {
    expect((await runEarly(script, q('graphene', '&in=zh'), 'en')).started).toBe(true);
  });
});

describe('earlyScript text', () => {
  it('cannot close its own <script> element, whatever the base path', () => {
    expect(earlyScript('/a</script><script>x/pagefind/', true)).not.toMatch(/<\//);
  });
});
