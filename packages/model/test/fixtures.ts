// Shared test fixtures: a small journey document and helpers to prove nothing was written.
import { expect } from 'vitest';
import * as Y from 'yjs';
import { addChannel, addKpi, addPhase, addTouchpoint, connectStep, createJourney } from '../src/index.ts';

/** Orientation [ad, compare] → Purchase [call, order] → Service [support], linked in a chain. */
export function sampleDoc(): Y.Doc {
  const doc = new Y.Doc();
  createJourney(doc, { id: 'j', title: 'Sample' }, 'setup');
  addChannel(doc, { id: 'web', name: 'Web', kind: 'web', canConvert: true }, 'setup');
  addChannel(doc, { id: 'phone', name: 'Phone', kind: 'phone' }, 'setup');
  addPhase(doc, { id: 'orientation', name: 'Orientation' }, 'setup');
  addPhase(doc, { id: 'purchase', name: 'Purchase' }, 'setup');
  addPhase(doc, { id: 'service', name: 'Service', cycle: 'use' }, 'setup');
  addTouchpoint(doc, { id: 'ad', phaseId: 'orientation', title: 'Ad', channelId: 'web', isStart: true }, 'setup');
  addTouchpoint(doc, { id: 'compare', phaseId: 'orientation', title: 'Compare', channelId: 'web' }, 'setup');
  addTouchpoint(doc, { id: 'call', phaseId: 'purchase', title: 'Call', channelId: 'phone' }, 'setup');
  addTouchpoint(doc, { id: 'order', phaseId: 'purchase', title: 'Order', channelId: 'web' }, 'setup');
  addTouchpoint(doc, { id: 'support', phaseId: 'service', title: 'Support', channelId: 'phone', isEnd: true }, 'setup');
  connectStep(doc, { id: 's1', from: 'ad', to: 'compare' }, 'setup');
  connectStep(doc, { id: 's2', from: 'compare', to: 'call', handoff: 'none' }, 'setup');
  connectStep(doc, { id: 's3', from: 'call', to: 'order', handoff: 'partial' }, 'setup');
  connectStep(doc, { id: 's4', from: 'order', to: 'support' }, 'setup');
  addKpi(doc, 'call', { id: 'k-fcr', name: 'First call resolution', unit: '%', target: 80, actual: 60 }, 'setup');
  addKpi(doc, 'purchase', { id: 'k-conv', name: 'Conversion', unit: '%', target: 5, actual: 4 }, 'setup');
  return doc;
}

/** Runs `write`, expects it to throw, and checks the document did not change at all. */
export function expectRefused(doc: Y.Doc, write: () => unknown): Error {
  const before = Y.encodeStateAsUpdate(doc);
  let error: unknown;
  try {
    write();
  } catch (e) {
    error = e;
  }
  expect(error, 'expected the operation to be refused').toBeInstanceOf(Error);
  expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
  return error as Error;
}

/** The ids of the touchpoints of each phase, in order, as `{ phaseId: [ids] }`. */
export function layoutOf(journey: { phases: { id: string }[]; touchpoints: { id: string; phaseId: string }[] }) {
  return Object.fromEntries(
    journey.phases.map((p) => [p.id, journey.touchpoints.filter((t) => t.phaseId === p.id).map((t) => t.id)]),
  );
}
