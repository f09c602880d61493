import { addPhase, createJourney, toJSON, updateTouchpoint } from '@touchpoint/model';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { newTouchpointPlace } from './card-place.ts';
import { deleteSelection, duplicateSelection, nudgePhase, nudgeTouchpoint } from './commands.ts';
import { createUndoManager } from './undo.ts';
import { tripJourney } from './test-trip.ts';

const setup = tripJourney;

describe('editor commands', () => {
  it('places a new card after the selected card that comes last on the map, else at the end of the selected or first phase', () => {
    const { doc, p1, p2, a, b, c } = setup();
    const journey = toJSON(doc);
    // After one card, within its column.
    expect(newTouchpointPlace(journey, { touchpoints: [a], phase: null })).toEqual({ phaseId: p1, index: 1 });
    // Several cards: after the one furthest along the map, whatever the selection's order.
    expect(newTouchpointPlace(journey, { touchpoints: [c, a], phase: null })).toEqual({ phaseId: p2, index: 1 });
    expect(newTouchpointPlace(journey, { touchpoints: [b, a], phase: null })).toEqual({ phaseId: p1, index: 2 });
    // A phase: at its end; nothing (or only cards that are gone): at the end of the first phase.
    expect(newTouchpointPlace(journey, { touchpoints: [], phase: p2 })).toEqual({ phaseId: p2, index: 1 });
    expect(newTouchpointPlace(journey, { touchpoints: ['gone'], phase: null })).toEqual({ phaseId: p1, index: 2 });
    expect(newTouchpointPlace(journey, { touchpoints: [], phase: 'gone' })).toEqual({ phaseId: p1, index: 2 });
    // An empty map has nowhere to put a card.
    const empty = new Y.Doc();
    createJourney(empty, { title: 'Empty' });
    expect(newTouchpointPlace(toJSON(empty), { touchpoints: [], phase: null })).toBeNull();
  });

  it('duplicates cards just below their originals (with KPIs and the steps between them), as one undo step', () => {
    const { doc, p1, p2, a, b, c, origin } = setup();
    const undo = createUndoManager(doc, origin);
    const ids = duplicateSelection(doc, origin, toJSON(doc), [b, a, c]);
    const journey = toJSON(doc);
    const column = (phase: string) => journey.touchpoints.filter((t) => t.phaseId === phase).sort((x, y) => x.order - y.order).map((t) => t.id);
    expect(column(p1)).toEqual([a, ids[0], b, ids[1]]);
    expect(column(p2)).toEqual([c, ids[2]]);
    const copies = ids.map((id) => journey.touchpoints.find((t) => t.id === id)!);
    expect(copies.map((t) => t.title)).toEqual(['Search', 'Pay', 'Check in']);
    expect(copies[0]!.kpis).toMatchObject([{ name: 'Conversion', target: 5, actual: 3 }]);
    // The steps between the copies, like those between the originals; none to the originals.
    expect(journey.steps.filter((s) => ids.includes(s.from) || ids.includes(s.to)).map((s) => [s.from, s.to])).toEqual([
      [ids[0], ids[1]],
      [ids[1], ids[2]],
    ]);
    undo.undo();
    expect(toJSON(doc).touchpoints).toHaveLength(3);
    expect(duplicateSelection(doc, origin, toJSON(doc), [])).toEqual([]);
  });
  it('deletes selected touchpoints and steps as one undo step that only undoes this person', () => {
    const { doc, a, b, c, origin } = setup();
    const undo = createUndoManager(doc, origin);
    const stepBC = toJSON(doc).steps.find((s) => s.from === b)!.id;
    deleteSelection(doc, origin, [a], [stepBC]);
    updateTouchpoint(doc, c, { title: 'Someone else' }, { other: true });
    expect(toJSON(doc).touchpoints.map((t) => t.title)).toEqual(['Pay', 'Someone else']);
    expect(toJSON(doc).steps).toHaveLength(0);
    undo.undo();
    const journey = toJSON(doc);
    expect(journey.touchpoints.map((t) => t.title)).toEqual(['Search', 'Pay', 'Someone else']);
    expect(journey.steps).toHaveLength(2);
    expect(undo.undoStack).toHaveLength(0);
  });

  it('nudges a card within its column and to the neighbouring phase', () => {
    const { doc, p2, a, origin } = setup();
    expect(nudgeTouchpoint(doc, origin, toJSON(doc), a, 'up')).toBe(false);
    nudgeTouchpoint(doc, origin, toJSON(doc), a, 'down');
    expect(toJSON(doc).touchpoints.map((t) => t.title)).toEqual(['Pay', 'Search', 'Check in']);
    nudgeTouchpoint(doc, origin, toJSON(doc), a, 'right');
    const moved = toJSON(doc).touchpoints.find((t) => t.id === a)!;
    expect([moved.phaseId, moved.order]).toEqual([p2, 1]);
    expect(nudgeTouchpoint(doc, origin, toJSON(doc), a, 'right')).toBe(false);
  });

  it('moves a phase one column left or right, with its cards, as one undo step, and stops at either end', () => {
    const { doc, p1, p2, a, origin } = setup();
    const p3 = addPhase(doc, { name: 'Return' });
    const undo = createUndoManager(doc, origin);
    const order = () => toJSON(doc).phases.map((p) => p.id);
    expect(nudgePhase(doc, origin, toJSON(doc), p1, 'left')).toBe(false);
    expect(nudgePhase(doc, origin, toJSON(doc), p3, 'right')).toBe(false);
    expect(order()).toEqual([p1, p2, p3]);
    expect(nudgePhase(doc, origin, toJSON(doc), p1, 'right')).toBe(true);
    expect(order()).toEqual([p2, p1, p3]);
    expect(toJSON(doc).touchpoints.find((t) => t.id === a)!.phaseId).toBe(p1);
    undo.stopCapturing();
    expect(nudgePhase(doc, origin, toJSON(doc), p3, 'left')).toBe(true);
    expect(order()).toEqual([p2, p3, p1]);
    undo.undo();
    expect(order()).toEqual([p2, p1, p3]);
    expect(nudgePhase(doc, origin, toJSON(doc), 'no-such-phase', 'left')).toBe(false);
  });
});
