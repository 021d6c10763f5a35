import { describe, expect, it } from 'vitest';
import { toBlocks } from '../../../scripts/ingest/blocks.ts';
import { LineError } from '../../../scripts/ingest/errors.ts';
import { buildTable, statedByCategory } from '../../../scripts/ingest/tables.ts';
import { tableChecks } from '../../../scripts/ingest/validate.ts';

const table = (src: string, unit?: string) =>
  buildTable({ id: 'att_9__tbl_1', provision: 'att_9', citation: '附件9', title: '测试表', rows: toBlocks(src), ...(unit ? { unit } : {}) });

describe('tables: PDF tables to typed rows', () => {
  it('skips repeated, not identical header rows and aligns a merged blank column', () => {
    const t = table(
      ['序号\t类别\t\t数量 (个)\t牵头部门', '1\t基地\t实验室 中心\t4\t自治区科技厅', '', '序号\t类别\t数量(个)\t牵头部门', '2\t高新区\t3\t自治区科技厅、自治区发展改革委等', '合计\t\t7\t'].join('\n') + '\n',
    );
    expect(t.columns.map((c) => [c.key, c.type, c.continues ?? ''])).toEqual([
      ['col_1', 'seq', ''],
      ['col_2', 'text', ''],
      ['col_3', 'text', 'col_2'],
      ['col_4', 'number', ''],
      ['col_5', 'units', ''],
    ]);
    expect(t.columns[3]!.unit).toBe('个');
    expect(t.rows.map((r) => [r.id, r.values.col_4, r.cells.col_3])).toEqual([
      ['att_9__tbl_1__row_1', 4, '实验室 中心'],
      ['att_9__tbl_1__row_2', 3, ''],
    ]);
    expect(t.rows[1]!.units!.col_5).toEqual(['自治区科技厅', '自治区发展改革委']);
    expect(t.totals[0]!.values).toEqual({ col_4: 7 });
  });

  it('keeps category rows, restarts numbering under each, and reads a worded total', () => {
    const t = table('序号\t名称\n\t一、核心技术\n1\t甲\n2\t乙\n二、共性技术\t\n1\t丙\n合计：核心技术 2 项，共性技术 2 项，共 4 项\t\n');
    expect(t.categories.map((c) => [c.id, c.title])).toEqual([
      ['att_9__tbl_1__cat_1', '核心技术'],
      ['att_9__tbl_1__cat_2', '共性技术'],
    ]);
    expect(t.rows.map((r) => r.id)).toEqual(['att_9__tbl_1__cat_1__row_1', 'att_9__tbl_1__cat_1__row_2', 'att_9__tbl_1__cat_2__row_1']);
    expect(t.totals[0]!.byCategory).toEqual({ att_9__tbl_1__cat_1: 2, att_9__tbl_1__cat_2: 2, all: 4 });
    // The document says 2 共性技术 and 4 in all; the list has 1 and 3: two findings, numbers kept as stated.
    const findings = tableChecks(t).filter((c) => !c.agrees);
    expect(findings.map((f) => [f.id, f.stated, f.computed])).toEqual([
      ['att_9__tbl_1__total__count_cat_2', 2, 1],
      ['att_9__tbl_1__total__count_all', 4, 3],
    ]);
  });

  it('joins the two halves of a row a page break cut', () => {
    const t = table('序号\t名称\t数量\n1\t高性能稀土磁钢及高效\t5\n\t稀土永磁电机\t\n2\t乙\t6\n');
    expect(t.rows.map((r) => r.cells.col_2)).toEqual(['高性能稀土磁钢及高效稀土永磁电机', '乙']);
  });

  it('checks row sums against a 合计 column and column sums against a 合计 row', () => {
    const t = table('序号\t市\t2018年\t2019年\t合计\n1\t甲\t1\t2\t3\n2\t乙\t2\t2\t5\n合计\t\t3\t4\t8\n', '项');
    const byId = Object.fromEntries(tableChecks(t).map((c) => [c.id, [c.stated, c.computed, c.agrees]]));
    expect(byId['att_9__tbl_1__row_2__sum']).toEqual([5, 4, false]);
    expect(byId['att_9__tbl_1__total__col_5']).toEqual([8, 8, true]); // the 合计 column adds up
    expect(byId['att_9__tbl_1__total__sum']).toEqual([8, 7, false]); // but the 合计 row does not
    expect(new Set(tableChecks(t).map((c) => c.id)).size).toBe(tableChecks(t).length);
    expect(byId['att_9__tbl_1__total__col_3']).toEqual([3, 3, true]);
    expect(t.columns[2]!.unit).toBe('项');
  });

  it('refuses a row cut off mid-row and a non-numeric count, naming the line', () => {
    const cut = () => table('序号\t名称\t数量\t单位\n1\t甲\t4\t乙\n2\t丙\n');
    expect(cut).toThrow(LineError);
    expect(cut).toThrow(/line 3: table row has 2 cells but the table's header has 4/);
    expect(() => table('序号\t名称\t数量 (个)\n1\t甲\t四\n')).toThrow(/line 2: "四" in column "数量 \(个\)" is not a number/);
  });

  it('reads stated counts per category from the words of a total', () => {
    const cats = [{ id: 'c1', num: '一、', title: '核心技术', source: { line: 1, endLine: 1 } }];
    expect(statedByCategory('合计：核心技术 44 项，共 123 项', cats)).toEqual({ c1: 44, all: 123 });
    expect(statedByCategory('合计', cats)).toBeUndefined();
  });
});

describe('tables: merged cells the source did not repeat', () => {
  it('keeps a shorter line under a numbered row as that row\'s continuation, with its own units', () => {
    const t = table(
      ['序号\t事项\t内容\t牵头单位\t配合单位', '1\t甲事项\t第一段。\t市卫生局\t/', '第二段。\t各区政府\t市卫生局、市财政局', '2\t乙事项\t内容。\t市民政局，市残联\t/'].join('\n') + '\n',
    );
    expect(t.rows.map((r) => r.id)).toEqual(['att_9__tbl_1__row_1', 'att_9__tbl_1__row_2']);
    expect(t.rows[0]!.cells).toMatchObject({ col_3: '第一段。', col_4: '市卫生局', col_5: '/' }); // as printed
    expect(t.rows[0]!.units).toEqual({ col_4: ['市卫生局'], col_5: [] });
    expect(t.rows[0]!.continued).toEqual([
      { cells: { col_3: '第二段。', col_4: '各区政府', col_5: '市卫生局、市财政局' }, values: {}, units: { col_4: ['各区政府'], col_5: ['市卫生局', '市财政局'] }, source: { line: 3, endLine: 3 } },
    ]);
    expect(t.rows[0]!.source).toEqual({ line: 2, endLine: 3 });
    expect(t.rows[1]!.units!.col_4).toEqual(['市民政局', '市残联']);
  });

  it('numbers rows from a text cell when there is no 序号, and says which cells a merged cell covers', () => {
    const t = table(['类别\t指标\t标准', '数量\t1.覆盖率\t提高', '2.续约率\t提高', '质量\t3.满意率\t不低于85%'].join('\n') + '\n');
    expect(t.rows.map((r) => [r.id, r.num, r.cells.col_1, r.cells.col_2, r.spannedFrom])).toEqual([
      ['att_9__tbl_1__row_1', '1', '数量', '1.覆盖率', undefined],
      ['att_9__tbl_1__row_2', '2', '', '2.续约率', { col_1: 'att_9__tbl_1__row_1' }],
      ['att_9__tbl_1__row_3', '3', '质量', '3.满意率', undefined],
    ]);
  });

  it('still refuses a row cut off after its 序号', () => {
    expect(() => table('序号\t名称\t数量\t单位\n1\t甲\t4\t乙\n2\t丙\n')).toThrow(/line 3: table row has 2 cells but the table's header has 4/);
  });
});
