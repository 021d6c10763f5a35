/**
 * The CLI as a maintainer uses it: one `FILE:LINE: problem` line for bad input, and nothing
 * written; the committed content/ is exactly what the seed produces.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import iconv from 'iconv-lite';
import { root, SEED, MINI } from './helpers.ts';

const tsx = join(root, 'node_modules/.bin/tsx');
const run = (...args: string[]) => spawnSync(tsx, ['scripts/cli.ts', ...args], { cwd: root, encoding: 'utf8' });

function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out[relative(dir, p)] = readFileSync(p, 'latin1');
    }
  };
  walk(dir);
  return out;
}

const mini = readFileSync(join(root, MINI), 'utf8');
const tmp = mkdtempSync(join(tmpdir(), 'ingest-cli-'));
const bad: [string, string | Uint8Array, RegExp][] = [
  ['gbk.txt', iconv.encode(mini, 'gbk'), /^gbk\.txt:5: not valid UTF-8/],
  ['empty.txt', '', /^empty\.txt:1: the file is empty/],
  ['blank.txt', '\n  \n\t\n', /^blank\.txt:1: the file holds only white space/],
  ['binary.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), /^binary\.txt:\d+: (binary data|not valid UTF-8)/],
  ['prose.txt', '这是一段没有任何结构的文字。\n\n第二段。\n', /^prose\.txt:1: no recognisable structure/],
  ['cut-row.txt', mini.replace('2\t平台企业\t6\t省发展改革委', '2\t平台企业'), /^cut-row\.txt:70: table row has 2 cells but the table's header has 4/],
  ['not-a-number.txt', mini.replace('3\t数据服务企业\t12\t', '3\t数据服务企业\t十二\t'), /^not-a-number\.txt:67: "十二" in column "数量 \(家\)" is not a number/],
];
for (const [name, content] of bad) writeFileSync(join(tmp, name), content);

// Each test spawns the CLI (a fresh tsx process): seconds on a loaded machine, so allow a minute.
describe('cli', { timeout: 60_000 }, () => {
  it.each(bad)('%s: one FILE:LINE error, exit 1, output untouched', (name, _content, message) => {
    const out = join(tmp, `out-${name}`);
    mkdirSync(join(out, 'data'), { recursive: true });
    writeFileSync(join(out, 'data', 'plan.json'), '{"earlier":"output"}');
    writeFileSync(join(out, 'keep.txt'), 'not ours');
    const before = snapshot(out);
    const r = run(join(tmp, name), '--out', out);
    expect(r.status).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    // The CLI names the file as given; strip the temporary folder to compare.
    expect(lines[0]!.slice(lines[0]!.indexOf(name))).toMatch(message);
    expect(snapshot(out)).toEqual(before);
  });

  it('writes the model, MDX and CSVs into a new folder, leaving other files there alone', () => {
    const out = join(tmp, 'out-good');
    mkdirSync(join(out, 'en'), { recursive: true });
    writeFileSync(join(out, 'en', 'units.json'), '{}');
    const r = run(SEED, '--out', out);
    expect(r.status, r.stderr).toBe(0);
    const files = Object.keys(snapshot(out)).sort();
    expect(files).toContain('data/plan.json');
    expect(files).toContain('data/plan.schema.json');
    expect(files).toContain('plan/att_5.mdx');
    expect(files.filter((f) => f.endsWith('.csv'))).toEqual(['data/tables/att_1__tbl_1.csv', 'data/tables/att_2__tbl_1.csv', 'data/tables/att_3__tbl_1.csv', 'data/tables/att_5__tbl_1.csv']);
    expect(files).toContain('en/units.json');
    expect(files.some((f) => f.includes('.ingest-'))).toBe(false);
  });

  it('regenerating content/ from seeds/ changes nothing', () => {
    // Compared with what git has committed, not with the work tree: `npm test` builds (and so
    // ingests) before the tests run, which would hide a stale commit.
    const out = join(tmp, 'out-regen');
    expect(run('--out', out).status).toBe(0);
    const fresh = snapshot(out);
    const git = (...args: string[]) => spawnSync('git', args, { cwd: root, encoding: 'latin1', maxBuffer: 1 << 26 });
    const listed = git('ls-files', 'content/data', 'content/plan');
    expect(listed.status, 'this test needs a git checkout').toBe(0);
    const committed = listed.stdout.split('\n').filter(Boolean).map((f) => f.replace(/^content\//, ''));
    expect(committed.sort()).toEqual(Object.keys(fresh).sort());
    for (const [k, v] of Object.entries(fresh)) {
      expect(git('show', `HEAD:content/${k}`).stdout, `content/${k} differs from the seed's output: run npm run ingest and commit`).toBe(v);
    }
  });
});
