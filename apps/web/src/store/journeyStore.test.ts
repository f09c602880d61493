import { addComment, addPhase, addTouchpoint, connectStep, createJourney, setCommentResolved, updateTouchpoint } from '@touchpoint/model';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createJourneyStore } from './journeyStore.ts';

function setup() {
  const doc = new Y.Doc();
  createJourney(doc, { title: 'Trip' });
  const phase = addPhase(doc, { name: 'Book' });
  const a = addTouchpoint(doc, { phaseId: phase, title: 'Search' });
  const b = addTouchpoint(doc, { phaseId: phase, title: 'Pay' });
  connectStep(doc, { from: a, to: b });
  return { doc, phase, a, b, store: createJourneyStore(doc) };
}

describe('journey read view', () => {
  it('keeps the identity of unchanged touchpoints, phases and steps', () => {
    const { doc, a, b, store } = setup();
    const before = store.getState().journey!;
    updateTouchpoint(doc, b, { emotion: 2 });
    const after = store.getState().journey!;
    expect(after).not.toBe(before);
    expect(after.touchpoints.find((t) => t.id === a)).toBe(before.touchpoints.find((t) => t.id === a));
    expect(after.touchpoints.find((t) => t.id === b)).not.toBe(before.touchpoints.find((t) => t.id === b));
    expect(after.touchpoints.find((t) => t.id === b)!.emotion).toBe(2);
    expect(after.phases).toBe(before.phases);
    expect(after.steps).toBe(before.steps);
  });

  it('a comment changes the comments only: every touchpoint, phase and step keeps its identity', () => {
    const { doc, a, store } = setup();
    const first = addComment(doc, { touchpointId: a, author: 'Otter', text: 'First' });
    const before = store.getState().journey!;
    addComment(doc, { touchpointId: a, author: 'Heron', text: 'Second' });
    const after = store.getState().journey!;
    expect(after.comments.map((c) => c.text)).toEqual(['First', 'Second']);
    expect(after.comments[0]).toBe(before.comments[0]);
    expect(after.touchpoints).toBe(before.touchpoints);
    expect(after.phases).toBe(before.phases);
    expect(after.steps).toBe(before.steps);
    setCommentResolved(doc, first, true);
    expect(store.getState().journey!.comments[1]).toBe(after.comments[1]);
  });

  it('refreshes once per transaction, and not for a write that changes nothing', () => {
    const { doc, a, b, store } = setup();
    let refreshes = 0;
    store.subscribe(() => refreshes++);
    doc.transact(() => {
      updateTouchpoint(doc, a, { title: 'Search trips' });
      updateTouchpoint(doc, b, { title: 'Pay online' });
    });
    expect(refreshes).toBe(1);
    updateTouchpoint(doc, a, { title: 'Search trips' });
    expect(refreshes).toBe(1);
  });

  it('follows remote updates and stops after destroy', () => {
    const { doc, a, store } = setup();
    const remote = new Y.Doc();
    Y.applyUpdate(remote, Y.encodeStateAsUpdate(doc));
    updateTouchpoint(remote, a, { title: 'From elsewhere' });
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(remote));
    expect(store.getState().journey!.touchpoints[0]!.title).toBe('From elsewhere');
    store.destroy();
    updateTouchpoint(doc, a, { title: 'Unseen' });
    expect(store.getState().journey!.touchpoints[0]!.title).toBe('From elsewhere');
  });
});
