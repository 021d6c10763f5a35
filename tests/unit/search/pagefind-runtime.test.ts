import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Script } from 'node:vm';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RUNTIME_CHANGES, RUNTIME_FILES, tunePagefindRuntime, tuneRuntime, workerMethodsMissing } from '../../../scripts/search/pagefind-runtime';

describe('tuneRuntime', () => {
  const [poll] = RUNTIME_CHANGES;
  it('replaces the exact text of each change, once', () => {
    const source = `a;${poll!.find};b`;
    const tuned = tuneRuntime(source, [poll!]);
    expect(tuned.source).toBe(`a;${poll!.replace};b`);
    expect(tuned).toMatchObject({ applied: ['init-poll'], missing: [] });
  });
  it('leaves a runtime without that text unchanged and names the change it could not make', () => {
    const source = 'async getPtr(){while(this.raw_ptr===null){await sleep(50);}}';
    expect(tuneRuntime(source)).toEqual({ source, applied: [], missing: RUNTIME_CHANGES.map((c) => c.name) });
  });
  it('does not guess between two places with the same text, and does not apply twice', () => {
    const twice = `${poll!.find};${poll!.find}`;
    expect(tuneRuntime(twice, [poll!])).toEqual({ source: twice, applied: [], missing: ['init-poll'] });
    const once = tuneRuntime(poll!.find, [poll!]).source;
    expect(tuneRuntime(once, [poll!])).toEqual({ source: once, applied: [], missing: ['init-poll'] });
  });
});

// The installed Pagefind writes its runtime with every index: the changes must still fit it.
describe("the installed Pagefind's runtime", () => {
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'pf-runtime-'));
    const { index } = await pagefind.createIndex({});
    await index!.addCustomRecord({ url: '/a/', content: '高新技术企业', language: 'zh-cn' });
    await index!.writeFiles({ outputPath: dir });
    await pagefind.close();
  }, 30_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('takes both changes, in the worker and in the main-thread copy, and still parses', () => {
    const before = Object.fromEntries(RUNTIME_FILES.map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
    const report = tunePagefindRuntime(dir);
    for (const f of RUNTIME_FILES) {
      expect(report[f], f).toEqual({ applied: RUNTIME_CHANGES.map((c) => c.name), missing: [] });
      const after = readFileSync(join(dir, f), 'utf8');
      expect(after.length, f).toBeGreaterThan(before[f]!.length);
      for (const c of RUNTIME_CHANGES) expect(after, `${f} ${c.name}`).toContain(c.replace);
    }
    // The worker is a classic script; pagefind.js is a module (node --check parses it without running it).
    expect(() => new Script(readFileSync(join(dir, 'pagefind-worker.js'), 'utf8'))).not.toThrow();
    const asModule = join(dir, 'pagefind.check.mjs');
    copyFileSync(join(dir, 'pagefind.js'), asModule);
    expect(() => execFileSync(process.execPath, ['--check', asModule], { stdio: 'pipe' })).not.toThrow();
  });

  it("handles every method of its worker's protocol that the search page calls directly", () => {
    const worker = readFileSync(join(dir, 'pagefind-worker.js'), 'utf8');
    expect(workerMethodsMissing(worker)).toEqual([]);
    // The check reads the worker's own dispatch: without the case, the method is reported.
    expect(workerMethodsMissing(worker.replace('case"getData"', 'case"getDatum"'))).toEqual(['getData']);
  });
});
