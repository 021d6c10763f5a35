import { describe, expect, it } from 'vitest';
import { plan, pageOf, permalink, fullCitation, linkUnits, targetFigure, flat, unitByName } from '../../src/lib/plan';

describe('site plan helpers', () => {
  it('every provision, target, table, row and total lives on its top-level part page', () => {
    for (const f of flat) expect(pageOf(f.node.id)).toBe(f.node.id.split('__')[0]);
    for (const x of plan.targets) expect(pageOf(x.id)).toBe(x.provision.split('__')[0]);
    for (const tb of plan.tables) {
      expect(pageOf(tb.id)).toBe(tb.provision.split('__')[0]);
      for (const r of tb.rows) expect(pageOf(r.id)).toBe(tb.provision.split('__')[0]);
      for (const s of tb.totals) expect(pageOf(s.id)).toBe(tb.provision.split('__')[0]);
    }
    expect(pageOf('no_such_id')).toBeUndefined();
  });
  it('builds permalinks and citations from the model', () => {
    const item = flat.find((f) => f.depth === 3 && f.node.lead)!.node;
    expect(permalink('zh-CN', item.id)).toBe(`/plan/${item.id.split('__')[0]}/#${item.id}`);
    expect(permalink('en', item.id)).toBe(`/en/plan/${item.id.split('__')[0]}/#${item.id}`);
    expect(fullCitation(item.citation)).toBe(`《${plan.document.planTitle}》（${plan.document.docNumber}）${item.citation}`);
  });
  it('links unit names inside a printed cell without changing its text', () => {
    const [a, b] = [...unitByName.keys()];
    const text = `${a}、${b}等`;
    const pieces = linkUnits(text, [b!, a!, '不存在的单位']);
    expect(pieces.map((p) => p.text).join('')).toBe(text);
    expect(pieces.filter((p) => 'unit' in p).length).toBe(2);
  });
  it('writes target figures as the document does', () => {
    const base = { ...plan.targets[0]!, move: undefined };
    expect(targetFigure({ ...base, value: 55, unit: '%', bound: 'at-least', valueMax: undefined })).toBe('55%以上');
    const rank = { ...base, value: 2, valueMax: 3, unit: '位', bound: 'range' as const };
    expect(targetFigure({ ...rank, move: 'up' })).toBe('前移 2—3 位');
    expect(targetFigure({ ...rank, move: 'down' })).toBe('后移 2—3 位');
    expect(targetFigure({ ...rank, move: undefined })).toBe('2—3 位');
    expect(targetFigure({ ...base, value: 100, unit: '项', bound: 'exact', valueMax: undefined })).toBe('100 项');
    expect(targetFigure({ ...base, value: 500, unit: '件', bound: 'more-than', valueMax: undefined })).toBe('超过 500 件');
  });
});
