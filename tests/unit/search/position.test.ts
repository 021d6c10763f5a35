import { describe, expect, it } from 'vitest';
import { findPosition, looksLikePosition, lookupKeys, normaliseCitation } from '../../../src/search/position';
import { buildPositions } from '../../../src/search/position-map';
import { plan, permalink, entryPath } from '../../../src/lib/plan';
import type { Provision } from '../../../scripts/model/plan';

describe('normaliseCitation', () => {
  it.each([
    ['三（一）7', '三(一)7'],
    ['三(一)7', '三(一)7'],
    [' 三 （一） 7. ', '三(一)7'],
    ['三（一）７', '三(一)7'],
    ['附件 5 附表', '附件5附表'],
    ['附件５', '附件5'],
    ['桂政发〔2018〕51号', '桂政发(2018)51号'],
    ['桂政发[2018]51号', '桂政发(2018)51号'],
    ['桂政发【2018】51 号', '桂政发(2018)51号'],
    ['桂政发［２０１８］５１号', '桂政发(2018)51号'],
    ['三、', '三、'],
    ['Attachment 2', 'attachment2'],
  ])('%j → %j', (input, want) => {
    expect(normaliseCitation(input)).toBe(want);
  });

  it('English attachment names look up the Chinese key too', () => {
    expect(lookupKeys('Attachment 2')).toEqual(['attachment2', '附件2']);
    expect(lookupKeys('annex 5')).toContain('附件5');
  });

  it('looksLikePosition is cheap and loose; ordinary words are not positions', () => {
    for (const q of ['三（一）7', '附件2', '附表', '桂政发〔2018〕51号', 'Attachment 2']) expect(looksLikePosition(q)).toBe(true);
    for (const q of ['石墨烯', '瞪羚企业', 'gazelle']) expect(looksLikePosition(q)).toBe(false);
  });
});

describe('the position map of this plan', () => {
  const map = buildPositions({ plan, urlOf: (id) => permalink('zh-CN', id), noticeUrl: entryPath('notice') });

  it('every provision is found by its citation, on its own page', () => {
    const walk = (nodes: Provision[]): Provision[] => nodes.flatMap((n) => [n, ...walk(n.children)]);
    for (const p of walk(plan.provisions)) {
      if ([...normaliseCitation(p.citation)].length < 2) continue; // lone numerals: see below
      const hit = findPosition(map, p.citation);
      expect(hit?.id, p.citation).toBe(p.id);
      expect(hit?.url).toBe(permalink('zh-CN', p.id));
    }
  });

  it('parts are found as "三、" and "第三部分", never as a lone "三"', () => {
    expect(findPosition(map, '三、')?.id).toBe('part_3');
    expect(findPosition(map, '第三部分')?.id).toBe('part_3');
    expect(findPosition(map, '三')).toBeUndefined();
  });

  it('every table row is found by its citation; rows by 序号 where numbers do not restart', () => {
    for (const tb of plan.tables) {
      for (const r of tb.rows) expect(findPosition(map, r.citation)?.id, r.citation).toBe(r.id);
    }
    expect(findPosition(map, '附件2 序号3')?.id).toBe('att_2__tbl_1__row_3');
    expect(findPosition(map, '附件5 附表 序号2')?.id).toBe('att_5__tbl_1__row_2');
    // 附件1 numbers restart in each category: "附件1 序号3" names no single row.
    expect(findPosition(map, '附件1 序号3')).toBeUndefined();
    expect(findPosition(map, '附件1 核心技术 序号3')?.id).toBe('att_1__tbl_1__cat_1__row_3');
  });

  it('an attachment citation names the attachment, its table label names the table', () => {
    expect(findPosition(map, '附件2')?.id).toBe('att_2');
    expect(findPosition(map, '附件5 附表')?.id).toBe('att_5__tbl_1');
    expect(findPosition(map, '附表')?.id).toBe('att_5__tbl_1');
  });

  it('the document number, however it is bracketed, opens the notice', () => {
    for (const q of ['桂政发〔2018〕51号', '桂政发[2018]51号', '桂政发（2018）51号', '桂政发 〔2018〕 51 号']) {
      expect(findPosition(map, q)?.url, q).toBe('/plan/notice/');
    }
  });

  it('labels read like the document: position then title', () => {
    expect(findPosition(map, '三（一）7')?.label).toBe('三（一）7 电子信息领域');
    expect(findPosition(map, '附件5 附表 序号2')?.label).toBe('附件5 附表 序号2 柳州');
  });
});
