import { describe, expect, it } from 'vitest';
import { applyLeadRule, findOwnership, regionAliases, regionOf, splitUnits, writesPrefixesInFull } from '../../../scripts/ingest/ownership.ts';

describe('ownership: 牵头单位 and 配合单位', () => {
  it('parses leads and cooperating units and writes the prefix into every name of a run', () => {
    const o = findOwnership('攻关。（牵头单位：自治区科技厅、工业和信息化厅；配合单位：自治区发展改革委、国资委，广西科学院，各设区市人民政府）', '广西');
    expect(o?.ownership).toMatchObject({
      lead: ['自治区科技厅', '自治区工业和信息化厅'],
      cooperating: ['自治区发展改革委', '自治区国资委', '广西科学院', '各设区市人民政府'],
      leadsSeparately: false,
    });
  });

  it('handles 按职能分别负责, a missing 配合 part, and half-width brackets', () => {
    const sep = findOwnership('（牵头单位：自治区科技厅、发展改革委按职能分别负责；配合单位：各设区市人民政府）', '广西')!.ownership;
    expect(sep.lead).toEqual(['自治区科技厅', '自治区发展改革委']);
    expect(sep.leadsSeparately).toBe(true);
    const only = findOwnership('工作。(牵头单位：省工业和信息化厅)', '江川')!.ownership;
    expect(only).toMatchObject({ lead: ['省工业和信息化厅'], cooperating: [] });
    const mixed = findOwnership('工作。（牵头单位:自治区科技厅;配合单位:自治区财政厅)', '广西')!.ownership;
    expect(mixed).toMatchObject({ lead: ['自治区科技厅'], cooperating: ['自治区财政厅'] });
  });

  it('does not give the prefix to a name that carries its own', () => {
    expect(splitUnits('自治区药品监督管理局、国家税务总局广西税务局、广西日报社、各设区市人民政府', '广西')).toEqual([
      '自治区药品监督管理局',
      '国家税务总局广西税务局',
      '广西日报社',
      '各设区市人民政府',
    ]);
  });

  it('only takes a statement at the end of the text', () => {
    expect(findOwnership('（牵头单位：甲）之后还有正文。', '广西')).toBeNull();
  });

  it('reads the region from the issuer', () => {
    expect(regionOf('广西壮族自治区人民政府')).toBe('广西');
    expect(regionOf('江川省人民政府')).toBe('江川');
  });
});

describe('one body, one name', () => {
  it('merges a unit the document writes with the short region name into its full name', () => {
    const names = ['国家税务总局广西壮族自治区税务局', '国家税务总局广西税务局', '广西大学', '自治区科技厅'];
    expect([...regionAliases(names, '广西壮族自治区人民政府')]).toEqual([['国家税务总局广西税务局', '国家税务总局广西壮族自治区税务局']]);
    // "广西大学" has no full-name twin in the document, so it stays as printed.
    expect(regionAliases(['广西大学'], '广西壮族自治区人民政府').size).toBe(0);
  });
});

describe('ownership: every form plans of the genre print', () => {
  const own = (text: string) => findOwnership(text, '')?.ownership;
  it('reads 牵头部门 like 牵头单位, and 配合部门 after it', () => {
    expect(own('推进。（牵头部门：市交通委、市水务局）')).toMatchObject({ form: 'labelled', lead: ['市交通委', '市水务局'], cooperating: [], responsible: [] });
    expect(own('推进。（牵头部门：市科委；配合部门：市财政局）')).toMatchObject({ lead: ['市科委'], cooperating: ['市财政局'] });
  });
  it('keeps 责任单位 and 责任部门 as one responsible list, separators mixed', () => {
    expect(own('落实。（责任单位：市科委、市教委，市人才局；各区政府）')).toMatchObject({
      form: 'responsible',
      lead: [],
      cooperating: [],
      responsible: ['市科委', '市教委', '市人才局', '各区政府'],
    });
    expect(own('落实。（责任部门：市科委）')!.responsible).toEqual(['市科委']);
  });
  it('reads the State Council form as a list, and notes a statement of the lead rule', () => {
    const found = findOwnership('攻关。（工业和信息化部、科技部等负责。列第一位者为牵头单位，下同）', '')!;
    expect(found.ownership).toMatchObject({ form: 'listed', responsible: ['工业和信息化部', '科技部'], lead: [] });
    expect(found.statesLeadRule).toBe(true);
    expect(findOwnership('推进。（农业农村部等负责）', '')!.statesLeadRule).toBe(false);
    expect(own('推进。（农业农村部、工业和信息化部牵头负责）')).toMatchObject({ form: 'listed-lead', lead: ['农业农村部', '工业和信息化部'] });
    expect(own('落实。（各省级人民政府负责）')!.responsible).toEqual(['各省级人民政府']);
  });
  it('reads a bare list only when its units are collective', () => {
    expect(own('建立机制。（各有关单位）')).toMatchObject({ form: 'unlabelled', responsible: ['各有关单位'] });
    expect(own('建设若干平台（工程技术研究中心）。')).toBeUndefined();
    expect(own('按规定执行（不含有偿服务包）。')).toBeUndefined();
    expect(own('详见附件（附件1）。')).toBeUndefined();
  });
  it('reads "/" as none', () => {
    expect(own('推进。（牵头单位：市科委；配合单位：/）')).toMatchObject({ lead: ['市科委'], cooperating: [] });
  });
  it('writes a prefix once for a run only in documents that never repeat it', () => {
    expect(splitUnits('市科委、申康医院发展中心', '', false)).toEqual(['市科委', '申康医院发展中心']);
    expect(splitUnits('市科委、经济信息化委', '', true)).toEqual(['市科委', '市经济信息化委']);
    expect(splitUnits('市场监管总局、农业农村部', '', true)).toEqual(['市场监管总局', '农业农村部']); // 市场 is no prefix
    expect(writesPrefixesInFull(['工作。（责任单位：市交通委、市水务局）'])).toBe(true);
    expect(writesPrefixesInFull(['工作。（牵头单位：自治区科技厅、工业和信息化厅；配合单位：自治区国资委）'])).toBe(false);
  });
});

describe('the lead rule (列第一位者为牵头单位)', () => {
  const found = (text: string) => ({ id: text.slice(0, 2), found: findOwnership(text, '')! });
  it('applies from the statement that says it on, and to 牵头负责 lists too', () => {
    const before = found('甲甲。（科技部、财政部等负责）');
    const rule = found('乙乙。（工业和信息化部、科技部等负责。列第一位者为牵头单位，下同）');
    const after = found('丙丙。（农业农村部、工业和信息化部牵头负责）');
    applyLeadRule([before, rule, after], null);
    expect(before.found.ownership).toMatchObject({ lead: [], responsible: ['科技部', '财政部'] });
    expect(rule.found.ownership).toMatchObject({ lead: ['工业和信息化部'], cooperating: ['科技部'], responsible: [], leadRule: '乙乙' });
    expect(after.found.ownership).toMatchObject({ lead: ['农业农村部'], cooperating: ['工业和信息化部'], leadRule: '乙乙' });
  });
  it('applies to every list when the notice states it', () => {
    const t = found('甲甲。（科技部、财政部等负责）');
    applyLeadRule([t], 'notice');
    expect(t.found.ownership).toMatchObject({ lead: ['科技部'], cooperating: ['财政部'], leadRule: 'notice' });
  });
});
