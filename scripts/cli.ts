/**
 * npm run ingest                      → seeds/*.txt into content/
 * PLAN_SOURCE=FILE npm run ingest     → FILE into its own git-ignored folder under .build/ (scripts/build/plan-source.ts)
 * npm run ingest -- FILE --out DIR    → FILE into DIR
 *
 * Bad input exits 1 with one line, `FILE:LINE: what is wrong`, and leaves DIR untouched.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { SourceError } from './ingest/errors.ts';
import { ingest } from './ingest/pipeline.ts';
import { renderOutputs, writeOutputs } from './ingest/emit.ts';
import { planSource } from './build/plan-source.ts';

function usage(): never {
  console.error('usage: npm run ingest [-- FILE] [--out DIR]');
  process.exit(2);
}

function parseArgs(argv: string[]): { file: string; out: string } {
  let file: string | undefined;
  let out: string | undefined;
  for (let k = 0; k < argv.length; k++) {
    const a = argv[k]!;
    if (a === '--out') out = argv[++k] ?? usage();
    else if (a === '-h' || a === '--help') usage();
    else if (a.startsWith('-')) usage();
    else if (file) usage();
    else file = a;
  }
  if (!file && !out && process.env.PLAN_SOURCE) {
    const source = planSource();
    return { file: relative(process.cwd(), source.file) || source.file, out: relative(process.cwd(), source.contentDir) };
  }
  if (!file) {
    const seeds = readdirSync('seeds').filter((f) => f.endsWith('.txt')).sort();
    if (seeds.length !== 1) {
      console.error(`seeds/ holds ${seeds.length} .txt files; name the one to ingest`);
      process.exit(2);
    }
    file = join('seeds', seeds[0]!);
  }
  return { file, out: out ?? 'content' };
}

const { file, out } = parseArgs(process.argv.slice(2));
const shown = relative(process.cwd(), file) || file;
try {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    throw new SourceError(shown, 1, `cannot read the file (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  const plan = ingest(bytes, shown.replace(/\\/g, '/'));
  const files = renderOutputs(plan);
  writeOutputs(out, files);
  const count = (ps: typeof plan.provisions): number => ps.reduce((n, p) => n + 1 + count(p.children), 0);
  console.log(
    `${shown} → ${out}/: ${count(plan.provisions)} provisions, ${plan.targets.length} targets, ` +
      `${plan.tables.length} tables (${plan.tables.reduce((n, t) => n + t.rows.length, 0)} rows), ` +
      `${plan.units.length} units, ${plan.checks.length} checks, ${plan.findings.length} findings`,
  );
} catch (e) {
  if (e instanceof SourceError) {
    console.error(e.message);
    process.exit(1);
  }
  throw e;
}
