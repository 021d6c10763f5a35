/**
 * Target figures in English keep what the Chinese says about the number: a change of rank says which way
 * it moves ("排名前移 2—3 位" → "up 2–3 places", never the bare "2–3 places", which reads as a rank).
 */
import { describe, expect, it } from 'vitest';
import { plan, targetMove, type Target } from '../../../src/lib/plan';
import { edition, enTargetFigure } from '../../../src/lib/english';

const base = plan.targets[0]!;
const make = (over: Partial<Target>): Target => ({ ...base, valueMax: undefined, ...over });

describe('English edition: target figures', () => {
  it('a move in a ranking says which way, from the model (the ingest reads the verb)', () => {
    const up = make({ value: 2, valueMax: 3, unit: '位', bound: 'range', move: 'up' });
    const down = make({ value: 1, unit: '位', bound: 'exact', move: 'down' });
    const rank = make({ value: 2, valueMax: 3, unit: '位', bound: 'range', move: undefined });
    const level = make({ value: 55, unit: '%', bound: 'at-least', move: undefined });
    const place = make({ value: 3, unit: '位', bound: 'exact', move: undefined });
    expect(targetMove(up)).toBe('up');
    expect(targetMove(down)).toBe('down');
    expect(targetMove(rank)).toBeUndefined();
    expect(enTargetFigure(up)).toBe('up 2–3 places');
    expect(enTargetFigure(down)).toBe('down 1 place');
    expect(enTargetFigure(rank)).toBe('2–3 places');
    expect(enTargetFigure(place)).toBe('3rd place');
    expect(enTargetFigure(level)).toBe('55% or above');
    expect(enTargetFigure(make({ value: 500, unit: '件', bound: 'more-than', move: undefined }))).toBe('more than 500');
  });

  it('every target of the plan whose Chinese moves a ranking has an English figure that says which way', () => {
    const moves = plan.targets.filter((x) => /[前后]移/.test(x.quote) && x.unit === '位');
    expect(moves.length).toBeGreaterThan(0);
    for (const x of moves) {
      const dir = x.quote.includes('前移') ? 'up' : 'down';
      const figure = enTargetFigure(x);
      expect(figure, x.id).toMatch(new RegExp(`^${dir} `));
      for (const v of [x.value, x.valueMax].filter((v) => v !== undefined)) expect(figure, x.id).toContain(String(v));
      // The English clause says the same.
      expect(edition.targets[x.id]?.quote, x.id).toMatch(new RegExp(`\\b${dir}\\b`));
    }
  });
});
