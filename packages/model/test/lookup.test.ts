// The indexes behind the operations' lookups stay right after remote updates, undo, and
// several operations batched in one outer transaction.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addTouchpoint, connectStep, journeyMaps, moveTouchpoint, removePhase, removeTouchpoint, toJSON, touchpointsIn } from '../src/index.ts';
import { keyOf } from '../src/layout.ts';
import { layoutOf, sampleDoc } from './fixtures.ts';

const idsIn = (doc: Y.Doc, phaseId: string) => touchpointsIn(doc, phaseId).map(keyOf);

describe('indexed lookups', () => {
  it('see touchpoints added earlier in the same outer transaction', () => {
    const doc = sampleDoc();
    expect(idsIn(doc, 'service')).toEqual(['support']); // builds the index
    doc.transact(() => {
      addTouchpoint(doc, { id: 'a', phaseId: 'service', title: 'A' });
      addTouchpoint(doc, { id: 'b', phaseId: 'service', title: 'B' });
      expect(idsIn(doc, 'service')).toEqual(['support', 'a', 'b']);
      moveTouchpoint(doc, 'a', { phaseId: 'purchase', index: 0 });
    });
    expect(idsIn(doc, 'service')).toEqual(['support', 'b']);
    expect(idsIn(doc, 'purchase')).toEqual(['a', 'call', 'order']);
  });

  it('follow remote updates: a step connected elsewhere is removed with its touchpoint', () => {
    const local = sampleDoc();
    const remote = new Y.Doc();
    Y.applyUpdate(remote, Y.encodeStateAsUpdate(local));
    expect(idsIn(local, 'purchase')).toEqual(['call', 'order']);
    removeTouchpoint(local, 'ad'); // builds the step and KPI indexes
    connectStep(remote, { id: 'remote-step', from: 'support', to: 'call' });
    moveTouchpoint(remote, 'support', { phaseId: 'purchase', index: 0 });
    Y.applyUpdate(local, Y.encodeStateAsUpdate(remote));
    expect(idsIn(local, 'purchase')).toEqual(['support', 'call', 'order']);
    removeTouchpoint(local, 'call');
    expect(journeyMaps(local).steps.has('remote-step')).toBe(false);
    // A removal moves what the phase holds, as the index sees it after the remote move.
    removePhase(local, 'purchase');
    expect(layoutOf(toJSON(local))).toEqual({ orientation: ['compare', 'support', 'order'], service: [] });
  });

  it('follow undo', () => {
    const doc = sampleDoc();
    const undo = new Y.UndoManager(journeyMaps(doc).touchpoints, { trackedOrigins: new Set(['me']), captureTimeout: 0 });
    expect(idsIn(doc, 'purchase')).toEqual(['call', 'order']);
    moveTouchpoint(doc, 'call', { phaseId: 'service' }, 'me');
    expect(idsIn(doc, 'purchase')).toEqual(['order']);
    undo.undo();
    expect(idsIn(doc, 'purchase')).toEqual(['call', 'order']);
    expect(idsIn(doc, 'service')).toEqual(['support']);
  });
});
