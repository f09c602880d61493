// Scoring speed on a very large journey: 10,000 touchpoints and 15,000 steps, generated
// deterministically by the model. Median of repeated runs after a warm-up.
import { loadavg, cpus } from 'node:os';
import { performance } from 'node:perf_hooks';
import { generateJourney } from '@touchpoint/model';
import { median, percentile, record } from '../../../bench/record.ts';
import { score } from '../src/index.ts';

const TARGET_MS = 30;
const RUNS = 30;

const journey = generateJourney({ touchpoints: 10_000, steps: 15_000, seed: 7 });
const gc = (globalThis as { gc?: () => void }).gc;

for (let i = 0; i < 5; i++) score(journey);
const times: number[] = [];
let findings = 0;
for (let i = 0; i < RUNS; i++) {
  gc?.();
  const start = performance.now();
  const result = score(journey);
  times.push(performance.now() - start);
  findings = result.findings.length;
}

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
], [
  `Load average during the run: ${loadavg()[0]!.toFixed(1)} on ${cpus().length} CPUs; a busy machine slows every run.`,
  gc ? '' : 'Run without --expose-gc: garbage collection may fall inside a measured run.',
].filter(Boolean).join(' '));
