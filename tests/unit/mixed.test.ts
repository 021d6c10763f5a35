import { describe, expect, it } from 'vitest';
import { chineseOnly, langRuns } from '../../src/lib/mixed';

describe('langRuns', () => {
  it('cuts English with Chinese in it into runs, Chinese punctuation with the Chinese', () => {
    expect(langRuns('Cumulative since the "三百二千" programme')).toEqual([
      { text: 'Cumulative since the "', zh: false },
      { text: '三百二千', zh: true },
      { text: '" programme', zh: false },
    ]);
    expect(langRuns('a position (三（一）7, 附件5 附表)')).toEqual([
      { text: 'a position (', zh: false },
      { text: '三（一）', zh: true },
      { text: '7, ', zh: false },
      { text: '附件', zh: true },
      { text: '5 ', zh: false },
      { text: '附表', zh: true },
      { text: ')', zh: false },
    ]);
  });

  it('gives back the text unchanged when joined, and one run for text of one kind', () => {
    for (const s of ['Read side by side (中文 | English)', '科技日报（报道2020年广西政府工作报告）', 'plain English', '']) {
      expect(langRuns(s).map((r) => r.text).join('')).toBe(s);
    }
    expect(langRuns('plain English')).toEqual([{ text: 'plain English', zh: false }]);
    expect(langRuns('特此通知。')).toEqual([{ text: '特此通知。', zh: true }]);
    expect(langRuns('')).toEqual([]);
  });
});

describe('chineseOnly', () => {
  it('is true for Han without Latin letters beside it; entities and digits do not count', () => {
    expect(chineseOnly('市科委')).toBe(true);
    expect(chineseOnly('2021年 &amp; 2022年')).toBe(true);
    expect(chineseOnly('市科委: responsible for 17 tasks')).toBe(false);
    expect(chineseOnly('（）')).toBe(false);
    expect(chineseOnly('Science and Technology Daily')).toBe(false);
  });
});
