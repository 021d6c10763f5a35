/**
 * JavaScript shipped per page type. Reader pages need only: copy buttons, ToC highlight,
 * font size, language hash.
 */
import { describe, expect, inject, it } from 'vitest';
import { loadPlan } from './helpers';
import { jsBytesPerPageType } from './js-bytes';

const dist = inject('distDir');
const BUDGET = 8 * 1024;

describe('JavaScript budget', () => {
  it(`each page type ships at most ${BUDGET} bytes of JS`, () => {
    const rows = jsBytesPerPageType(dist, loadPlan());
    console.log(
      'JS bytes per page type (uncompressed):\n' +
        rows
          .map((r) => `${r.type.padEnd(14)} ${r.path.padEnd(28)} js=${String(r.js).padStart(5)} B (inline ${r.inline}, external ${r.external})  html=${r.html} B`)
          .join('\n'),
    );
    for (const r of rows) expect(r.js, r.path).toBeLessThanOrEqual(BUDGET);
  });
});
