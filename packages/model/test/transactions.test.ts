// Every operation is one Yjs transaction carrying the caller's origin, which is what lets
// a Y.UndoManager undo one person's edits and never another's.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addChannel,
  addKpi,
  addPersona,
  addPhase,
  addTouchpoint,
  connectStep,
  disconnectStep,
  journeyMaps,
  movePhase,
  moveTouchpoint,
  removeChannel,
  removeKpi,
  removePersona,
  removePhase,
  removeTouchpoint,
  removeTouchpoints,
  renamePhase,
  replaceJourney,
  ROOT_NAMES,
  toJSON,
  updateChannel,
  updateJourney,
  updateKpi,
  updatePersona,
  updatePhase,
  updateStep,
  updateTouchpoint,
} from '../src/index.ts';
import { layoutOf, sampleDoc } from './fixtures.ts';

const ORIGIN = { user: 'alice' };

/** Each operation, run on a fresh sample document with the origin given. */
const operations: Record<string, (doc: Y.Doc, origin: unknown) => unknown> = {
  updateJourney: (doc, o) => updateJourney(doc, { title: 'New' }, o),
  addPhase: (doc, o) => addPhase(doc, { name: 'New', index: 1 }, o),
  updatePhase: (doc, o) => updatePhase(doc, 'purchase', { cycle: 'use' }, o),
  renamePhase: (doc, o) => renamePhase(doc, 'purchase', 'Buy', o),
  movePhase: (doc, o) => movePhase(doc, 'service', 0, o),
  removePhase: (doc, o) => removePhase(doc, 'purchase', undefined, o),
  removePhaseDeleting: (doc, o) => removePhase(doc, 'purchase', { touchpoints: 'delete' }, o),
  addTouchpoint: (doc, o) => addTouchpoint(doc, { phaseId: 'purchase', title: 'New', index: 0 }, o),
  updateTouchpoint: (doc, o) => updateTouchpoint(doc, 'call', { emotion: -2, title: 'Calls' }, o),
  moveTouchpoint: (doc, o) => moveTouchpoint(doc, 'call', { phaseId: 'service', index: 0 }, o),
  removeTouchpoint: (doc, o) => removeTouchpoint(doc, 'call', o),
  removeTouchpoints: (doc, o) => removeTouchpoints(doc, ['call', 'order'], o),
  connectStep: (doc, o) => connectStep(doc, { from: 'support', to: 'ad' }, o),
  updateStep: (doc, o) => updateStep(doc, 's2', { handoff: 'full' }, o),
  disconnectStep: (doc, o) => disconnectStep(doc, 's2', o),
  addChannel: (doc, o) => addChannel(doc, { name: 'Chat', kind: 'chat' }, o),
  updateChannel: (doc, o) => updateChannel(doc, 'web', { canConvert: false }, o),
  removeChannel: (doc, o) => removeChannel(doc, 'phone', o),
  addPersona: (doc, o) => addPersona(doc, { name: 'Sanne' }, o),
  updatePersona: (doc, o) => {
    const id = addPersona(doc, { name: 'Sanne' }, 'setup');
    return updatePersona(doc, id, { goals: ['x'] }, o);
  },
  removePersona: (doc, o) => {
    const id = addPersona(doc, { name: 'Sanne' }, 'setup');
    return removePersona(doc, id, o);
  },
  addKpi: (doc, o) => addKpi(doc, 'order', { name: 'Orders' }, o),
  updateKpi: (doc, o) => updateKpi(doc, 'k-fcr', { actual: 90 }, o),
  removeKpi: (doc, o) => removeKpi(doc, 'k-fcr', o),
  replaceJourney: (doc, o) => replaceJourney(doc, { ...toJSON(doc), title: 'Replaced' }, o),
};

describe('one transaction per operation, with the caller’s origin', () => {
  for (const [name, run] of Object.entries(operations)) {
    it(name, () => {
      const doc = sampleDoc();
      let before = '';
      doc.on('beforeTransaction', (tr: Y.Transaction) => {
        if (tr.origin !== 'setup') before = JSON.stringify(toJSON(doc));
      });
      const origins: unknown[] = [];
      const changing: unknown[] = [];
      doc.on('afterTransaction', (tr: Y.Transaction) => {
        if (tr.origin === 'setup') return;
        origins.push(tr.origin);
        if (tr.changed.size > 0) changing.push(tr.origin);
      });
      run(doc, ORIGIN);
      expect(origins).toEqual([ORIGIN]);
      expect(changing).toEqual([ORIGIN]);
      expect(JSON.stringify(toJSON(doc))).not.toBe(before);
    });
  }
});

function undoManagerFor(doc: Y.Doc, origin: unknown): Y.UndoManager {
  const maps = journeyMaps(doc);
  return new Y.UndoManager(
    ROOT_NAMES.map((name) => maps[name]),
    { trackedOrigins: new Set([origin]), captureTimeout: 0 },
  );
}

describe('per-person undo', () => {
  it('undoes one person’s edit but not another’s, across two synced peers', () => {
    const alice = sampleDoc();
    const bob = new Y.Doc();
    Y.applyUpdate(bob, Y.encodeStateAsUpdate(alice), 'remote');
    alice.on('update', (u: Uint8Array, origin: unknown) => origin !== 'remote' && Y.applyUpdate(bob, u, 'remote'));
    bob.on('update', (u: Uint8Array, origin: unknown) => origin !== 'remote' && Y.applyUpdate(alice, u, 'remote'));
    const aliceUndo = undoManagerFor(alice, 'alice');

    addTouchpoint(alice, { id: 'alice-tp', phaseId: 'purchase', title: 'Alice adds' }, 'alice');
    renamePhase(bob, 'purchase', 'Bob renames', 'bob');
    updateTouchpoint(alice, 'call', { emotion: -2 }, 'alice');
    updateTouchpoint(bob, 'call', { title: 'Bob retitles' }, 'bob');

    aliceUndo.undo();
    let journey = toJSON(alice);
    expect(journey.touchpoints.find((t) => t.id === 'call')).toMatchObject({ emotion: 0, title: 'Bob retitles' });
    aliceUndo.undo();
    journey = toJSON(alice);
    expect(journey.touchpoints.map((t) => t.id)).not.toContain('alice-tp');
    expect(journey.phases[1]!.name).toBe('Bob renames');
    expect(toJSON(bob)).toEqual(journey);
    expect(aliceUndo.canUndo()).toBe(false);

    aliceUndo.redo();
    expect(toJSON(bob).touchpoints.map((t) => t.id)).toContain('alice-tp');
  });

  it('undoes a phase removal in one step, bringing back its place, touchpoints and KPIs', () => {
    const doc = sampleDoc();
    const undo = undoManagerFor(doc, 'alice');
    const before = toJSON(doc);
    removePhase(doc, 'purchase', { touchpoints: 'delete' }, 'alice');
    expect(layoutOf(toJSON(doc))).toEqual({ orientation: ['ad', 'compare'], service: ['support'] });
    undo.undo();
    expect(toJSON(doc)).toEqual(before);
  });

  it('undoes removing several touchpoints at once as one step', () => {
    const doc = sampleDoc();
    const undo = undoManagerFor(doc, 'alice');
    const before = toJSON(doc);
    removeTouchpoints(doc, ['ad', 'call', 'support'], 'alice');
    undo.undo();
    expect(toJSON(doc)).toEqual(before);
    expect(undo.canUndo()).toBe(false);
  });
});
