/**
 * Ingest time for the seed, for synthetic plans 10× and 100× its size (cost should grow linearly),
 * and for each real plan of ../shared/corpus/ when that folder is beside the clone.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ingest } from '../ingest/pipeline.ts';
import { renderOutputs } from '../ingest/emit.ts';
import { scalePlan } from './synthetic.ts';

function timeIt(bytes: Uint8Array, runs: number): number {
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    renderOutputs(ingest(bytes, 'bench'));
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!; // median
}

export function benchIngest(seedPath: string): string[] {
  const seed = readFileSync(seedPath, 'utf8');
  const out = ['## Ingest (median of runs; parse + validate + render, no disk writes)', '', '| input | size | lines | time | × size | × time |', '|---|---:|---:|---:|---:|---:|'];
  timeIt(new TextEncoder().encode(seed), 2); // warm up the JIT
  let base: { size: number; ms: number } | null = null;
  for (const k of [1, 10, 100]) {
    const text = k === 1 ? seed : scalePlan(seed, k);
    const bytes = new TextEncoder().encode(text);
    const ms = timeIt(bytes, k === 100 ? 3 : 7);
    base ??= { size: bytes.length, ms };
    out.push(
      `| ${k === 1 ? 'seed' : `synthetic ${k}×`} | ${(bytes.length / 1024).toFixed(0)} KiB | ${text.split('\n').length} | ${ms.toFixed(1)} ms | ${(bytes.length / base.size).toFixed(1)} | ${(ms / base.ms).toFixed(1)} |`,
    );
  }
  out.push(...benchCorpus(join('..', 'shared', 'corpus')));
  return out;
}

/** One row per corpus document: its size, what the ingest found, and the time. */
export function benchCorpus(dir: string): string[] {
  if (!existsSync(dir)) return ['', `(corpus: ${dir} not found, skipped)`];
  const out = ['', `### Corpus (${dir})`, '', '| document | size | lines | provisions | tasks | tables | time |', '|---|---:|---:|---:|---:|---:|---:|'];
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
    const bytes = readFileSync(join(dir, name));
    const plan = ingest(bytes, name);
    let provisions = 0;
    let tasks = 0;
    const walk = (ps: typeof plan.provisions) =>
      ps.forEach((p) => {
        provisions++;
        if (p.ownership) tasks++;
        walk(p.children);
      });
    walk(plan.provisions);
    const ms = timeIt(bytes, 5);
    out.push(
      `| ${name} | ${(bytes.length / 1024).toFixed(0)} KiB | ${plan.document.source.lines} | ${provisions} | ${tasks} | ${plan.tables.length} | ${ms.toFixed(1)} ms |`,
    );
  }
  return out;
}
