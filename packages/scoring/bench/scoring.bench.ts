// Scoring speed on a very large journey: 10,000 touchpoints and 15,000 steps, generated
// deterministically by the model and read back from a document as the editor has it,
// scored through the real score() path (config validation, index, every rule, sort,
// scores). Median of repeated runs after a warm-up,
// as an editor re-scoring a journey after each edit would call it. The machine may be shared, so
// the CPU time of the process during each run is reported next to the wall-clock time, and
// a second series of runs times each stage (index, every rule, sort, scores) to show where
// the time goes.
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { fromJSON, generateJourney, toJSON } from '@touchpoint/model';
import { median, percentile, record } from '../../../bench/record.ts';
import { score } from '../src/index.ts';
import { scoreTimed } from '../src/score.ts';

const TARGET_MS = 30;
const RUNS = 100;

const journey = toJSON(fromJSON(generateJourney({ touchpoints: 10_000, steps: 15_000, seed: 7 })));
// The same journey as an imported file may hold it: steps in another order, which the pass
// sorts into map order first.
const imported = { ...journey, steps: [...journey.steps].reverse() };
// A short pause between runs, and no forced collection: a forced full collection (gc())
// between runs made V8 drop optimised code of the pass (about 17 functions recompiled in
// every measured run, --trace-opt), so each run ran partly unoptimised (median 77–89 ms against
// 45 ms without it, on the same machine). The collections that score() itself causes stay
// inside the measurement, as they would in the editor.
async function collect(): Promise<void> {
  await sleep(5);
}

for (let i = 0; i < 5; i++) score(journey);
const times: number[] = [];
const cpuTimes: number[] = [];
let findings = 0;
for (let i = 0; i < RUNS; i++) {
  await collect();
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  const result = score(journey);
  times.push(performance.now() - start);
  const cpu = process.cpuUsage(cpuStart);
  cpuTimes.push((cpu.user + cpu.system) / 1000);
  findings = result.findings.length;
}

const importedTimes: number[] = [];
for (let i = 0; i < RUNS; i++) {
  await collect();
  const start = performance.now();
  score(imported);
  importedTimes.push(performance.now() - start);
}

// Where the time goes: the median of each stage over separate runs.
const stages = new Map<string, number[]>();
for (let i = 0; i < RUNS; i++) {
  await collect();
  scoreTimed(journey, {}, (stage, ms) => {
    const list = stages.get(stage) ?? [];
    list.push(ms);
    stages.set(stage, list);
  });
}
console.log('\nMedian time per stage (ms):');
for (const [stage, list] of stages) console.log(`  ${stage.padEnd(20)} ${median(list).toFixed(2).padStart(7)}`);

const med = median(times);
record('scoring', 'Scoring', [
  {
    name: `score() on 10,000 touchpoints / 15,000 steps (${findings} findings), median of ${RUNS}`,
    value: `${med.toFixed(1)} ms`,
    target: `< ${TARGET_MS} ms`,
    pass: med < TARGET_MS,
  },
  {
    name: 'same, fastest run',
    value: `${Math.min(...times).toFixed(1)} ms`,
    target: 'for information',
    pass: true,
  },
  {
    name: 'same, 90th percentile',
    value: `${percentile(times, 90).toFixed(1)} ms`,
    target: 'for information',
    pass: true,
  },
  {
    name: 'same, CPU time of the process per run (median)',
    value: `${median(cpuTimes).toFixed(1)} ms`,
    target: 'for information',
    pass: true,
  },
  {
    name: 'the journey with its steps in reverse order (as a file may hold them), median',
    value: `${median(importedTimes).toFixed(1)} ms`,
    target: 'for information',
    pass: true,
  },
], [
  `Load average during the run: ${loadavg()[0]!.toFixed(1)} on ${cpus().length} CPUs; a busy machine slows every run.`,
  `Median per stage: ${[...stages].map(([stage, list]) => `${stage} ${median(list).toFixed(1)}`).join(', ')} (ms).`,
].filter(Boolean).join(' '));
