import { describe, expect, it } from 'vitest';
import { excerptPieces, highlightTerms, printedText, printsQuery, resultHref } from '../../../src/search/terms';

describe('excerptPieces', () => {
  it('joins the words Pagefind marked one by one', () => {
    expect(excerptPieces('<mark>石墨</mark><mark>烯</mark>改性')).toEqual([
      { text: '石墨烯', mark: true },
      { text: '改性', mark: false },
    ]);
  });
  it('unmarks lone characters', () => {
    expect(excerptPieces('各设<mark>区</mark>市').map((p) => p.mark)).toEqual([false]);
    expect(excerptPieces('各设<mark>区</mark>市')[0]!.text).toBe('各设区市');
  });
  it('decodes entities and drops other tags', () => {
    expect(excerptPieces('a &amp; <b>b</b> <mark>R&amp;D</mark>')).toEqual([
      { text: 'a & b ', mark: false },
      { text: 'R&D', mark: true },
    ]);
  });
});

describe('highlightTerms', () => {
  it('puts the whole query first, then the whole words matched, no single characters, no punctuation', () => {
    expect(highlightTerms(' 研发费用加计扣除 ', '企业<mark>研发</mark><mark>费用</mark>税前<mark>加计</mark><mark>扣除</mark>政策，各设<mark>区</mark>市')).toEqual([
      '研发费用加计扣除',
      '研发费用',
      '加计扣除',
    ]);
    expect(highlightTerms('gazelle', 'the <mark>“gazelle</mark> enterprise')).toEqual(['gazelle']);
  });
  it('nothing for an empty query', () => {
    expect(highlightTerms('  ', '<mark>x</mark>')).toEqual([]);
  });
  it('takes the excerpt as pieces too, with the same terms', () => {
    const html = '企业<mark>研发</mark><mark>费用</mark>税前<mark>加计</mark><mark>扣除</mark>政策';
    expect(highlightTerms('扣除', excerptPieces(html))).toEqual(highlightTerms('扣除', html));
    expect(highlightTerms('扣除', excerptPieces(html))).toEqual(['扣除', '研发费用', '加计扣除']);
  });
});

describe('resultHref', () => {
  it('puts hl before the fragment', () => {
    expect(resultHref('/plan/part_3/#part_3__sec_1__item_10', ['石墨烯'])).toBe(
      `/plan/part_3/?hl=${encodeURIComponent('石墨烯')}#part_3__sec_1__item_10`,
    );
    expect(resultHref('/plan/notice/', ['a b', 'c'])).toBe('/plan/notice/?hl=a+b&hl=c');
    expect(resultHref('/plan/notice/', [])).toBe('/plan/notice/');
  });
});

describe('printsQuery', () => {
  it('ignores spaces and case, needs every part, and not the added full-names line', () => {
    expect(printsQuery('南宁\n2018年 76 项\n2019年 79 项', '南宁 2019年')).toBe(true);
    expect(printsQuery('The “Gazelle” plan', 'gazelle')).toBe(true);
    expect(printsQuery('主要配合部门：国家税务总局广西税务局等\n单位全称：国家税务总局广西壮族自治区税务局', '国家税务总局广西壮族自治区税务局')).toBe(false);
    expect(printsQuery('国家税务总局广西壮族自治区税务局', '国家税务总局广西壮族自治区税务局')).toBe(true);
    expect(printsQuery('abc', '  ')).toBe(false);
  });
});

describe('printedText', () => {
  it('cuts the full-names line, with or without the line break', () => {
    expect(printedText('甲等\n单位全称：乙')).toBe('甲等\n');
    expect(printedText('甲等 单位全称：乙')).toBe('甲等 ');
    expect(printedText('text Units in full: X')).toBe('text ');
  });
});
