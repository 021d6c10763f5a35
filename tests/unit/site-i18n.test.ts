import { describe, expect, it } from 'vitest';
import { zhCN } from '../../src/i18n/zh-CN';
import { en } from '../../src/i18n/en';
import { t, localize, unlocalize, formatDate } from '../../src/i18n';

describe('site i18n', () => {
  it('the English dictionary fills every key, with the same placeholders', () => {
    for (const key of Object.keys(zhCN) as (keyof typeof zhCN)[]) {
      expect(en[key], key).toBeTruthy();
      const ph = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      if (key !== 'date') expect(ph(en[key]), key).toEqual(ph(zhCN[key]));
    }
  });
  it('fills placeholders', () => {
    expect(t('zh-CN', 'units.count', { n: 3 })).toBe('3 项');
    expect(t('en', 'finding.line', { stated: 100, computed: 99 })).toBe('Stated total 100; sum of the parts 99.');
  });
  it('localizes paths: Chinese unprefixed, English under /en/', () => {
    expect(localize('zh-CN', '/plan/part_3/')).toBe('/plan/part_3/');
    expect(localize('en', '/plan/part_3/')).toBe('/en/plan/part_3/');
    expect(localize('en', '/')).toBe('/en/');
    expect(unlocalize('/en/units/')).toEqual({ lang: 'en', path: '/units/' });
    expect(unlocalize('/units/')).toEqual({ lang: 'zh-CN', path: '/units/' });
  });
  it('formats dates', () => {
    expect(formatDate('zh-CN', '2018-11-19')).toBe('2018年11月19日');
    expect(formatDate('en', '2018-11-19')).toBe('19 November 2018');
  });
});
