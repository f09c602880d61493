// Scoring speed on a very large journey: 10,000 touchpoints and 15,000 steps, generated
// deterministically by the model, scored through the real score() path (config
// validation, index, every rule, sort, scores). Median of repeated runs after a warm-up,
// with garbage collection forced between runs (--expose-gc). The machine may be shared, so
// the CPU time of the process during each run is reported next to the wall-clock time, and
// a second series of runs times each stage (index, every rule, sort, scores) to show where
// the time goes.
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { generateJourney } from '@touchpoint/model';
import { median, percentile, record } from '../../../bench/record.ts';
import { score } from '../src/index.ts';
import { scoreTimed } from '../src/score.ts';

const TARGET_MS = 30;
const RUNS = 30;

const journey = generateJourney({ touchpoints: 10_000, steps: 15_000, seed: 7 });
const gc = (globalThis as { gc?: () => void }).gc;
// A full collection between runs, then a short pause so its background sweeping does not
// compete with the measured run. The young-generation collections that score() itself
// causes stay inside the measurement.
async function collect(): Promise<void> {
  if (!gc) return;
  gc();
  await sleep(20);
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
], [
  `Load average during the run: ${loadavg()[0]!.toFixed(1)} on ${cpus().length} CPUs; a busy machine slows every run.`,
  `Median per stage: ${[...stages].map(([stage, list]) => `${stage} ${median(list).toFixed(1)}`).join(', ')} (ms).`,
  gc ? '' : 'Run without --expose-gc: garbage collection may fall inside a measured run.',
].filter(Boolean).join(' '));
