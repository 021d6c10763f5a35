import { describe, expect, it } from 'vitest';
import { toBlocks } from '../../../scripts/ingest/blocks.ts';
import { normaliseBlocks, normaliseText } from '../../../scripts/ingest/normalise.ts';

const blocksOf = (src: string) => normaliseBlocks(toBlocks(src));

describe('normalise: undo the PDF conversion', () => {
  it('removes line-wrap spaces between CJK characters only', () => {
    expect(normaliseText('广西壮族自治区 人民政府文件')).toBe('广西壮族自治区人民政府文件');
    expect(normaliseText('突破 100 项重大技术')).toBe('突破 100 项重大技术');
    expect(normaliseText('高品质 MPV（多用途乘用车）')).toBe('高品质 MPV（多用途乘用车）');
  });

  it('joins a paragraph a page break cut mid-word (自治区|科技厅)', () => {
    const b = blocksOf('1. 汽车领域。攻关。（牵头单位：自治区\n\n科技厅、工业和信息化厅）\n\n2. 机械领域。攻关。\n');
    expect(b.map((x) => x.text)).toEqual(['1. 汽车领域。攻关。（牵头单位：自治区科技厅、工业和信息化厅）', '2. 机械领域。攻关。']);
    expect(b[0]).toMatchObject({ line: 1, endLine: 3 });
  });

  it('does not join after a full stop, before a numbered item, or after a date', () => {
    const b = blocksOf('第一段。\n\n第二段\n\n（一）标题。\n\n2018年11月19日\n\n（公开方式：公开）\n');
    expect(b.map((x) => x.text)).toEqual(['第一段。', '第二段', '（一）标题。', '2018年11月19日', '（公开方式：公开）']);
  });

  it('drops stray page-number lines and joins across them', () => {
    const b = blocksOf('依托甲城、乙城开展攻关（牵头单位：省\n\n- 12 -\n\n工业和信息化厅）\n\n— 13 —\n\n下一段。\n');
    expect(b.map((x) => x.text)).toEqual(['依托甲城、乙城开展攻关（牵头单位：省工业和信息化厅）', '下一段。']);
  });

  it('ignores Markdown heading depth and bold: the text is what counts', () => {
    const b = blocksOf('### **三、主要任务**\n\n**1. 汽车领域。**着力攻关。\n');
    expect(b.map((x) => [x.kind, x.text])).toEqual([
      ['heading', '三、主要任务'],
      ['para', '1. 汽车领域。着力攻关。'],
    ]);
  });

  it('reads table rows from the source, keeping leading and trailing empty cells', () => {
    const b = blocksOf('序号\t课题名称\n\t一、核心技术\n二、共性技术\t\n1\t甲\n');
    expect(b.map((x) => x.cells)).toEqual([['序号', '课题名称'], ['', '一、核心技术'], ['二、共性技术', ''], ['1', '甲']]);
  });
});
