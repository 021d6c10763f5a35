import { describe, expect, it } from 'vitest';
import { BASE, DeployConfigError, absolute, href, parseBasePath, parseSiteUrl, sitePath } from '../../src/lib/deploy';
import { localize, unlocalize } from '../../src/i18n';
import { cspRules, headerPolicy, metaPolicy, parseHeaders, rebase } from '../../scripts/deploy/headers';
import { nginxMap } from '../../scripts/deploy/nginx';

describe('BASE_PATH and SITE_URL', () => {
  it('normalise the base path to leading and trailing slashes', () => {
    expect(parseBasePath(undefined)).toBe('/');
    expect(parseBasePath('')).toBe('/');
    expect(parseBasePath('/')).toBe('/');
    expect(parseBasePath('/gx/plan-2018/')).toBe('/gx/plan-2018/');
    expect(parseBasePath('gx/plan-2018')).toBe('/gx/plan-2018/');
    expect(parseBasePath(' /gx//plan-2018 ')).toBe('/gx/plan-2018/');
  });

  it('refuse a base path that is a URL or escapes the site, naming the variable', () => {
    for (const bad of ['https://x.cn/gx/', '//x.cn/gx/', '/gx/../etc/', '/gx?x=1', '/gx#a', '/a b/']) {
      expect(() => parseBasePath(bad), bad).toThrow(DeployConfigError);
      expect(() => parseBasePath(bad), bad).toThrow(/^BASE_PATH: /);
    }
  });

  it('take an origin as SITE_URL and refuse anything else', () => {
    expect(parseSiteUrl(undefined)).toBeUndefined();
    expect(parseSiteUrl('')).toBeUndefined();
    expect(parseSiteUrl('https://www.example.gov.cn')).toBe('https://www.example.gov.cn');
    expect(parseSiteUrl('https://www.example.gov.cn/')).toBe('https://www.example.gov.cn');
    expect(parseSiteUrl('http://localhost:8080')).toBe('http://localhost:8080');
    for (const bad of ['www.example.gov.cn', 'ftp://x.cn', 'https://x.cn/gx/plan-2018/', 'https://x.cn/?a=1', 'https://u:p@x.cn']) {
      expect(() => parseSiteUrl(bad), bad).toThrow(/^SITE_URL: /);
    }
  });

  it('href() and sitePath() put a site path under a base and take it back out', () => {
    expect(href('/plan/part_3/#x', '/')).toBe('/plan/part_3/#x');
    expect(href('/plan/part_3/#x', '/gx/plan-2018/')).toBe('/gx/plan-2018/plan/part_3/#x');
    expect(href('/', '/gx/plan-2018/')).toBe('/gx/plan-2018/');
    expect(sitePath('/gx/plan-2018/plan/part_3/#x', '/gx/plan-2018/')).toBe('/plan/part_3/#x');
    expect(sitePath('/gx/plan-2018', '/gx/plan-2018/')).toBe('/');
    expect(sitePath('/other/', '/gx/plan-2018/')).toBeUndefined();
    expect(() => href('plan/', '/')).toThrow(/absolute/);
  });

  it('the unit tests run at the default base, where localize() is unchanged', () => {
    expect(BASE).toBe('/');
    expect(localize('en', '/plan/')).toBe('/en/plan/');
    expect(unlocalize(localize('en', '/plan/part_3/'))).toEqual({ lang: 'en', path: '/plan/part_3/' });
  });

  it('absolute() names the origin only when it is known', () => {
    expect(absolute('/gx/plan-2018/plan/', 'https://www.example.gov.cn')).toBe('https://www.example.gov.cn/gx/plan-2018/plan/');
    expect(absolute('/gx/plan-2018/plan/', undefined)).toBe('/gx/plan-2018/plan/');
  });
});

describe('dist/_headers', () => {
  const page = (path: string, policy: string) => ({ path, policy });
  const P = "default-src 'self'; script-src 'self' 'sha256-a'";
  const S = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-a'";

  it('reads the policy from a page and writes it as a header with frame-ancestors', () => {
    expect(metaPolicy(`<meta http-equiv="content-security-policy" content="script-src &#39;self&#39;;">`)).toBe("script-src 'self';");
    expect(metaPolicy('<meta charset="utf-8">')).toBeUndefined();
    expect(headerPolicy("default-src 'self';object-src 'none'; script-src  'self';")).toBe(
      "default-src 'self'; object-src 'none'; script-src 'self'; frame-ancestors 'self'",
    );
  });

  it('groups pages by directory under the base, never two rules on one page', () => {
    const rules = cspRules(
      [page('/', P), page('/en/', P), page('/plan/', P), page('/plan/part_3/', P), page('/search/', S), page('/en/search/', S), page('/en/units/u_1/', P)],
      '/gx/',
    );
    expect(rules.map((r) => r.pattern)).toEqual(['/gx/', '/gx/en/', '/gx/en/search/', '/gx/en/units/*', '/gx/plan/*', '/gx/search/']);
    expect(rules.find((r) => r.pattern === '/gx/search/')!.policy).toContain("'wasm-unsafe-eval'");
    expect(rules.find((r) => r.pattern === '/gx/plan/*')!.policy).not.toContain('wasm');
  });

  it('a directory whose pages differ is split by path prefix until each part shares one policy', () => {
    const rules = cspRules([page('/plan/a/', P), page('/plan/b/', S)], '/');
    expect(rules.map((r) => r.pattern)).toEqual(['/plan/a*', '/plan/b*']);
    // Old unit URLs (redirect pages, policy S here) beside readable ones: a few rules, not one per page.
    const units = [
      page('/units/', P),
      ...['bai-se', 'bei-hai', 'gao-deng', 'ge-gao', 'ubu'].map((s) => page(`/units/${s}/`, P)),
      ...['u_075c8f63', 'u_0aff92ac', 'u_1cc753d5'].map((s) => page(`/units/${s}/`, S)),
    ];
    const split = cspRules(units, '/gx/');
    expect(split.map((r) => r.pattern)).toEqual(['/gx/units/', '/gx/units/b*', '/gx/units/g*', '/gx/units/u_*', '/gx/units/ub*']);
    // Every page matches exactly one rule, with its own policy.
    const matching = (path: string) => split.filter((r) => (r.pattern.endsWith('*') ? `/gx${path}`.startsWith(r.pattern.slice(0, -1)) : r.pattern === `/gx${path}`));
    for (const u of units) expect(matching(u.path).map((r) => r.policy), u.path).toEqual([headerPolicy(u.policy)]);
  });

  it('moves the caching rules under the base and reads them back', () => {
    const text = rebase('# c\n/_astro/*\n  Cache-Control: immutable\n', '/gx/plan-2018/');
    expect(text).toBe('# c\n/gx/plan-2018/_astro/*\n  Cache-Control: immutable\n');
    expect(parseHeaders(text)).toEqual([{ pattern: '/gx/plan-2018/_astro/*', headers: [['Cache-Control', 'immutable']] }]);
  });

  it('nginx: one map line per policy, a page also as its index.html', () => {
    const map = nginxMap(parseHeaders(`/gx/\n  Content-Security-Policy: ${P}\n/gx/plan/*\n  Content-Security-Policy: ${P}\n/gx/_astro/*\n  Cache-Control: x\n`));
    expect(map).toContain(`"~^/gx/(index\\.html)?$" "${P}";`);
    expect(map).toContain(`"~^/gx/plan/" "${P}";`);
    expect(map).not.toContain('_astro');
  });
});
