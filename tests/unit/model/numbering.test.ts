import { describe, expect, it } from 'vitest';
import { chineseNumber, readNumbering, splitLeadIn } from '../../../scripts/model/numbering.ts';

describe('numbering: 一、 > （一） > 1. > （1）', () => {
  it('reads Chinese numerals', () => {
    expect([chineseNumber('一'), chineseNumber('十'), chineseNumber('十三'), chineseNumber('二十一'), chineseNumber('一百零五')]).toEqual([1, 10, 13, 21, 105]);
    expect(chineseNumber('甲')).toBeNaN();
  });

  it('recognises each style with full- or half-width punctuation', () => {
    expect(readNumbering('三、主要任务')).toMatchObject({ style: 'cn-dun', value: 3, label: '三', printed: '三、' });
    expect(readNumbering('(一) 加强组织领导。')).toMatchObject({ style: 'cn-paren', value: 1, label: '（一）', printed: '(一)' });
    expect(readNumbering('12. 海洋资源开发利用领域。')).toMatchObject({ style: 'arabic-dot', value: 12, label: '12' });
    expect(readNumbering('（2）数据平台。')).toMatchObject({ style: 'arabic-paren', value: 2, label: '（2）' });
  });

  it('does not take years, decimals or counts for numbering', () => {
    expect(readNumbering('2018年末实现新增')).toBeNull();
    expect(readNumbering('3.5 倍')).toBeNull();
    expect(readNumbering('100 项')).toBeNull();
  });

  it('splits a short lead-in title from the body', () => {
    expect(splitLeadIn('汽车领域。着力夯实', 'arabic-dot')).toEqual({ title: '汽车领域', text: '着力夯实' });
    expect(splitLeadIn('市场主导、政府引导。发挥市场', 'arabic-dot')).toEqual({ title: '市场主导、政府引导', text: '发挥市场' });
    expect(splitLeadIn('现实基础', 'cn-dun')).toEqual({ title: '现实基础', text: '' });
    // A first sentence with a comma is the text itself, not a title.
    expect(splitLeadIn('2018 年末实现新增 500 家，达到 1700 家。', 'cn-paren')).toEqual({ title: null, text: '2018 年末实现新增 500 家，达到 1700 家。' });
  });
});
