import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addPhase,
  JourneyValidationError,
  movePhase,
  removePhase,
  renamePhase,
  toJSON,
  updatePhase,
} from '../src/index.ts';
import { journeyMaps, PHASE_KEYS } from '../src/layout.ts';
import { expectRefused, layoutOf, sampleDoc } from './fixtures.ts';

const phaseIds = (doc: Y.Doc) => toJSON(doc).phases.map((p) => p.id);

describe('addPhase', () => {
  it('appends by default and inserts at an index', () => {
    const doc = sampleDoc();
    addPhase(doc, { id: 'end', name: 'Aftersales', cycle: 'use', description: 'Loyalty' });
    addPhase(doc, { id: 'first', name: 'Awareness', index: 0 });
    addPhase(doc, { id: 'middle', name: 'Comparison', index: 2 });
    const journey = toJSON(doc);
    expect(journey.phases.map((p) => [p.id, p.order])).toEqual([
      ['first', 0],
      ['orientation', 1],
      ['middle', 2],
      ['purchase', 3],
      ['service', 4],
      ['end', 5],
    ]);
    expect(journey.phases[5]).toMatchObject({ name: 'Aftersales', cycle: 'use', description: 'Loyalty', kpis: [] });
  });

  it('gives a new phase a fresh id when none is given', () => {
    const doc = sampleDoc();
    const a = addPhase(doc, { name: 'A' });
    const b = addPhase(doc, { name: 'B' });
    expect(a).not.toBe(b);
    expect(phaseIds(doc).slice(-2)).toEqual([a, b]);
  });

  it('refuses invalid input by field path and writes nothing', () => {
    const doc = sampleDoc();
    const empty = expectRefused(doc, () => addPhase(doc, { name: '   ' }));
    expect((empty as JourneyValidationError).issues).toEqual([{ path: 'name', message: 'required', code: 'textEmpty' }]);
    const cycle = expectRefused(doc, () => addPhase(doc, { name: 'X', cycle: 'sell' as never }));
    expect((cycle as JourneyValidationError).issues[0]!.path).toBe('cycle');
    const unknown = expectRefused(doc, () => addPhase(doc, { name: 'X', colour: 'red' } as never));
    expect((unknown as JourneyValidationError).issues).toEqual([{ path: 'colour', message: 'unknown or read-only field', code: 'other' }]);
  });
});

describe('updatePhase / renamePhase', () => {
  it('changes only the given fields and reports whether anything changed', () => {
    const doc = sampleDoc();
    expect(renamePhase(doc, 'purchase', 'Buy')).toBe(true);
    expect(updatePhase(doc, 'purchase', { cycle: 'use', description: 'Checkout' })).toBe(true);
    const phase = toJSON(doc).phases[1]!;
    expect(phase).toMatchObject({ id: 'purchase', name: 'Buy', cycle: 'use', description: 'Checkout' });
    expect(phase.kpis.map((k) => k.id)).toEqual(['k-conv']);
  });

  it('writes nothing when the value is the same', () => {
    const doc = sampleDoc();
    const before = Y.encodeStateVector(doc);
    expect(renamePhase(doc, 'purchase', 'Purchase')).toBe(false);
    expect(Y.encodeStateVector(doc)).toEqual(before);
  });

  it('refuses an empty name and leaves the old one', () => {
    const doc = sampleDoc();
    const error = expectRefused(doc, () => renamePhase(doc, 'purchase', ''));
    expect((error as JourneyValidationError).issues).toEqual([{ path: 'name', message: 'required', code: 'textEmpty' }]);
    expect(toJSON(doc).phases[1]!.name).toBe('Purchase');
  });

  it('ignores unknown and removed phases', () => {
    const doc = sampleDoc();
    removePhase(doc, 'service');
    expect(renamePhase(doc, 'service', 'Back')).toBe(false);
    expect(renamePhase(doc, 'nope', 'Back')).toBe(false);
    expect(phaseIds(doc)).toEqual(['orientation', 'purchase']);
  });
});

describe('movePhase', () => {
  it('reorders the columns and keeps orders a permutation', () => {
    const doc = sampleDoc();
    expect(movePhase(doc, 'service', 0)).toBe(true);
    expect(phaseIds(doc)).toEqual(['service', 'orientation', 'purchase']);
    movePhase(doc, 'service', 99);
    expect(phaseIds(doc)).toEqual(['orientation', 'purchase', 'service']);
    movePhase(doc, 'orientation', 1);
    expect(toJSON(doc).phases.map((p) => [p.id, p.order])).toEqual([
      ['purchase', 0],
      ['orientation', 1],
      ['service', 2],
    ]);
  });

  it('keeps the touchpoints with their phase', () => {
    const doc = sampleDoc();
    movePhase(doc, 'purchase', 0);
    expect(layoutOf(toJSON(doc))).toEqual({ purchase: ['call', 'order'], orientation: ['ad', 'compare'], service: ['support'] });
  });

  it('survives many moves between the same neighbours (orders are renumbered when too close)', () => {
    const doc = sampleDoc();
    // Each move halves the gap between the first phase and the second one.
    for (let i = 0; i < 80; i++) {
      const moving = i % 2 ? 'service' : 'purchase';
      movePhase(doc, moving, 1);
      expect(phaseIds(doc)[1]).toBe(moving);
    }
    expect(phaseIds(doc)).toEqual(['orientation', 'service', 'purchase']);
    const orders = [...journeyMaps(doc).phases.values()].map((p) => p.get(PHASE_KEYS.order) as number);
    expect(new Set(orders).size).toBe(3);
  });

  it('does nothing for a removed phase', () => {
    const doc = sampleDoc();
    removePhase(doc, 'purchase');
    expect(movePhase(doc, 'purchase', 0)).toBe(false);
  });
});

describe('removePhase', () => {
  it('moves its touchpoints to the phase before it, after the ones already there, and drops its KPIs', () => {
    const doc = sampleDoc();
    const result = removePhase(doc, 'purchase');
    expect(result).toEqual({ removed: true, movedTo: 'orientation', touchpoints: 2 });
    const journey = toJSON(doc);
    expect(layoutOf(journey)).toEqual({ orientation: ['ad', 'compare', 'call', 'order'], service: ['support'] });
    expect(journey.touchpoints.map((t) => t.order)).toEqual([0, 1, 2, 3, 0]);
    // Steps and touchpoint KPIs stay; the phase's own KPI is gone.
    expect(journey.steps).toHaveLength(4);
    expect(journey.touchpoints.find((t) => t.id === 'call')!.kpis.map((k) => k.id)).toEqual(['k-fcr']);
    expect(journeyMaps(doc).kpis.has('k-conv')).toBe(false);
  });

  it('moves the first phase’s touchpoints to the phase after it, at its end', () => {
    const doc = sampleDoc();
    expect(removePhase(doc, 'orientation').movedTo).toBe('purchase');
    expect(layoutOf(toJSON(doc))).toEqual({ purchase: ['call', 'order', 'ad', 'compare'], service: ['support'] });
  });

  it('moves the touchpoints to a chosen phase', () => {
    const doc = sampleDoc();
    expect(removePhase(doc, 'orientation', { touchpoints: 'move-to', phaseId: 'service' }).movedTo).toBe('service');
    expect(layoutOf(toJSON(doc))).toEqual({ purchase: ['call', 'order'], service: ['support', 'ad', 'compare'] });
  });

  it('deletes the touchpoints with their steps and KPIs when asked', () => {
    const doc = sampleDoc();
    expect(removePhase(doc, 'purchase', { touchpoints: 'delete' })).toEqual({ removed: true, movedTo: null, touchpoints: 2 });
    const journey = toJSON(doc);
    expect(layoutOf(journey)).toEqual({ orientation: ['ad', 'compare'], service: ['support'] });
    expect(journey.steps.map((s) => s.id)).toEqual(['s1']);
    expect([...journeyMaps(doc).kpis.keys()]).toEqual([]);
    expect([...journeyMaps(doc).steps.keys()].sort()).toEqual(['s1']);
  });

  it('deletes the touchpoints of the last remaining phase', () => {
    const doc = sampleDoc();
    removePhase(doc, 'orientation', { touchpoints: 'delete' });
    removePhase(doc, 'purchase', { touchpoints: 'delete' });
    expect(removePhase(doc, 'service')).toEqual({ removed: true, movedTo: null, touchpoints: 1 });
    const journey = toJSON(doc);
    expect(journey.phases).toEqual([]);
    expect(journey.touchpoints).toEqual([]);
  });

  it('keeps a tombstone of the removed phase and removes nothing twice', () => {
    const doc = sampleDoc();
    removePhase(doc, 'purchase');
    expect((journeyMaps(doc).phases.get('purchase') as Y.Map<unknown>).get(PHASE_KEYS.removed)).toBe(true);
    expect(removePhase(doc, 'purchase')).toEqual({ removed: false, movedTo: null, touchpoints: 0 });
  });

  it('refuses to move the touchpoints to itself or to an unknown phase, and writes nothing', () => {
    const doc = sampleDoc();
    const self = expectRefused(doc, () => removePhase(doc, 'purchase', { touchpoints: 'move-to', phaseId: 'purchase' }));
    expect(self.message).toBe('cannot move touchpoints to phase "purchase"');
    expectRefused(doc, () => removePhase(doc, 'purchase', { touchpoints: 'move-to', phaseId: 'nope' }));
    expect(phaseIds(doc)).toEqual(['orientation', 'purchase', 'service']);
  });
});
