import { describe, expect, it } from 'vitest';
import { findOwnership, regionAliases, regionOf, splitUnits } from '../../../scripts/ingest/ownership.ts';

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
