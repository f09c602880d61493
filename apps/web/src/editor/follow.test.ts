import { addPhase, addTouchpoint, connectStep, createJourney, toJSON } from '@touchpoint/model';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { PHASE_NODE_PREFIX } from '../canvas/JourneyCanvas.tsx';
import { wherePeerIs } from './follow.ts';

describe('wherePeerIs', () => {
  const doc = new Y.Doc();
  createJourney(doc, { title: 'Claims' });
  const phase = addPhase(doc, { name: 'Report' });
  const a = addTouchpoint(doc, { phaseId: phase, title: 'Form' });
  const b = addTouchpoint(doc, { phaseId: phase, title: 'Call' });
  const c = addTouchpoint(doc, { phaseId: phase, title: 'Letter' });
  const step = connectStep(doc, { from: b, to: c });
  const journey = toJSON(doc);

  it('is the nodes of what they selected: cards, a phase column, both ends of a step (each once)', () => {
    expect(wherePeerIs(journey, { selection: [a], cursor: { x: 5, y: 5 } })).toEqual({ nodes: [a] });
    expect(wherePeerIs(journey, { selection: [phase], cursor: null })).toEqual({ nodes: [PHASE_NODE_PREFIX + phase] });
    expect(wherePeerIs(journey, { selection: [step, c], cursor: null })).toEqual({ nodes: [b, c] });
  });

  it('is their cursor when nothing they selected is on the map, and nowhere without either', () => {
    expect(wherePeerIs(journey, { selection: ['removed-meanwhile'], cursor: { x: 400, y: 120 } })).toEqual({ point: { x: 400, y: 120 } });
    expect(wherePeerIs(journey, { selection: [], cursor: null })).toBeNull();
  });
});
