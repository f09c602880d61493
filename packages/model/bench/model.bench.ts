// Benchmarks of the journey document: operation throughput, toJSON, and the size of the
// encoded Yjs state. Run: npx tsx --expose-gc packages/model/bench/model.bench.ts
import { performance } from 'node:perf_hooks';
import * as Y from 'yjs';
import { median, record, type BenchRow } from '../../../bench/record.ts';
import {
  addChannel,
  addKpi,
  addPhase,
  addTouchpoint,
  connectStep,
  createJourney,
  fromJSON,
  generateJourney,
  moveTouchpoint,
  removeTouchpoint,
  seededRandom,
  toJSON,
  updateStep,
  updateTouchpoint,
} from '../src/index.ts';

const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});

/** Applies `count` operations of an editing session's mix to a journey; returns the doc. */
function editingSession(count: number, seed: number): Y.Doc {
  const random = seededRandom(seed);
  const doc = new Y.Doc();
  createJourney(doc, { id: 'bench', title: 'Bench' }, 'bench');
  const phases = Array.from({ length: 8 }, (_, i) => addPhase(doc, { id: `p${i}`, name: `Phase ${i}` }, 'bench'));
  const touchpoints: string[] = [];
  const steps: string[] = [];
  const pick = <T>(items: T[]) => items[Math.floor(random() * items.length)]!;
  for (let i = 0; touchpoints.length === 0 || i < count - phases.length - 1; i++) {
    const roll = random();
    if (roll < 0.3 || touchpoints.length < 2) {
      touchpoints.push(addTouchpoint(doc, { id: `t${i}`, phaseId: pick(phases), title: `Touchpoint ${i}` }, 'bench'));
    } else if (roll < 0.55) {
      updateTouchpoint(doc, pick(touchpoints), { emotion: Math.floor(random() * 5) - 2, title: `Edited ${i}` }, 'bench');
    } else if (roll < 0.7) {
      moveTouchpoint(doc, pick(touchpoints), { phaseId: pick(phases), index: Math.floor(random() * 20) }, 'bench');
    } else if (roll < 0.85) {
      steps.push(connectStep(doc, { id: `s${i}`, from: pick(touchpoints), to: pick(touchpoints) }, 'bench'));
    } else if (roll < 0.9 && steps.length > 0) {
      updateStep(doc, pick(steps), { handoff: 'partial', label: `Step ${i}` }, 'bench');
    } else if (roll < 0.95) {
      addKpi(doc, pick(touchpoints), { id: `k${i}`, name: 'Conversion', target: 5, actual: 3 }, 'bench');
    } else {
      const index = Math.floor(random() * touchpoints.length);
      removeTouchpoint(doc, touchpoints[index]!, 'bench');
      touchpoints.splice(index, 1);
    }
  }
  return doc;
}

const rows: BenchRow[] = [];

// 1. Operation throughput: 10,000 operations (one transaction each) on a growing journey.
{
  editingSession(1000, 1); // warm up the JIT
  gc();
  const times: number[] = [];
  let touchpoints = 0;
  for (let run = 0; run < 5; run++) {
    const start = performance.now();
    const doc = editingSession(10_000, 2 + run);
    times.push(performance.now() - start);
    touchpoints = doc.getMap('touchpoints').size;
    gc();
  }
  const ms = median(times);
  rows.push({
    name: `10,000 operations (add/update/move touchpoints, steps, KPIs; ends with ~${touchpoints} touchpoints), median of 5`,
    value: `${ms.toFixed(0)} ms`,
    target: '< 1000 ms',
    pass: ms < 1000,
  });
}

// 2. toJSON of a 5,000-touchpoint journey.
{
  const doc = fromJSON(generateJourney({ touchpoints: 5000, steps: 7500, phases: 10, seed: 5 }));
  for (let i = 0; i < 5; i++) toJSON(doc);
  const times: number[] = [];
  for (let i = 0; i < 25; i++) {
    gc();
    const start = performance.now();
    toJSON(doc);
    times.push(performance.now() - start);
  }
  const ms = median(times);
  rows.push({
    name: 'toJSON of a 5,000-touchpoint, 7,500-step journey, median of 25',
    value: `${ms.toFixed(1)} ms`,
    target: '< 50 ms',
    pass: ms < 50,
  });
}

// 3. Encoded state of a 1,000-touchpoint journey: imported in one go, and built up by
//    operations with edits on top (the history a live document carries).
{
  const journey = generateJourney({ touchpoints: 1000, steps: 1500, phases: 8, seed: 9 });
  const imported = Y.encodeStateAsUpdate(fromJSON(journey)).byteLength;
  rows.push({
    name: 'Y.encodeStateAsUpdate, 1,000 touchpoints + 1,500 steps, imported',
    value: `${(imported / 1024).toFixed(0)} KB`,
    target: '< 400 KB',
    pass: imported < 400 * 1024,
  });

  const doc = new Y.Doc();
  createJourney(doc, { id: journey.id, title: journey.title });
  for (const channel of journey.channels) addChannel(doc, channel);
  for (const phase of journey.phases) addPhase(doc, { id: phase.id, name: phase.name, cycle: phase.cycle });
  for (const t of journey.touchpoints) {
    const { id, phaseId, title, channelId, goal, emotion, effort, isKeyMoment, ownerTeam, callToAction } = t;
    addTouchpoint(doc, { id, phaseId, title, channelId, goal, emotion, effort, isKeyMoment, ownerTeam, callToAction });
    for (const kpi of t.kpis) addKpi(doc, id, kpi);
  }
  for (const s of journey.steps) connectStep(doc, s);
  // Two rounds of edits on every touchpoint: each leaves history behind.
  const random = seededRandom(3);
  for (let round = 0; round < 2; round++) {
    for (const t of journey.touchpoints) {
      updateTouchpoint(doc, t.id, { emotion: Math.floor(random() * 5) - 2, title: `${t.title} (rev ${round})` });
      moveTouchpoint(doc, t.id, { index: Math.floor(random() * 10) });
    }
  }
  const built = Y.encodeStateAsUpdate(doc).byteLength;
  rows.push({
    name: 'Y.encodeStateAsUpdate, same journey built op by op, then every touchpoint edited and moved twice',
    value: `${(built / 1024).toFixed(0)} KB`,
    target: '< 400 KB',
    pass: built < 400 * 1024,
  });
}

record('model', 'Model', rows);
