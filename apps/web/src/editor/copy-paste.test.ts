import { addKpi, addPhase, addTouchpoint, connectStep, createJourney, toJSON } from '@touchpoint/model';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { copySelection, pasteAtSelection, pasteClipboard } from './copy-paste.ts';

function setup() {
  const doc = new Y.Doc();
  createJourney(doc, { title: 'Trip' });
  const p1 = addPhase(doc, { name: 'Book' });
  const p2 = addPhase(doc, { name: 'Travel' });
  const a = addTouchpoint(doc, { phaseId: p1, title: 'Search' });
  const b = addTouchpoint(doc, { phaseId: p1, title: 'Pay' });
  const c = addTouchpoint(doc, { phaseId: p2, title: 'Check in' });
  addKpi(doc, a, { name: 'Conversion', target: 5, actual: 3 });
  connectStep(doc, { from: a, to: b, label: 'next' });
  connectStep(doc, { from: b, to: c });
  return { doc, p1, p2, a, b, c, origin: {} };
}

describe('copy and paste', () => {
  it('pastes copies with new ids at a place, keeping KPIs and the steps between them', () => {
    const { doc, p1, a, b, origin } = setup();
    const clip = copySelection(toJSON(doc), [a, b])!;
    expect(clip.steps).toHaveLength(1);
    const ids = pasteClipboard(doc, origin, toJSON(doc), clip, { phaseId: p1, index: 2 });
    const journey = toJSON(doc);
    expect(ids).toHaveLength(2);
    expect(ids).not.toContain(a);
    const copies = ids.map((id) => journey.touchpoints.find((t) => t.id === id)!);
    expect(copies.map((t) => [t.title, t.phaseId, t.order])).toEqual([
      ['Search', p1, 2],
      ['Pay', p1, 3],
    ]);
    expect(copies[0]!.kpis).toMatchObject([{ name: 'Conversion', target: 5, actual: 3 }]);
    expect(journey.steps.filter((s) => s.from === ids[0] && s.to === ids[1])).toMatchObject([{ label: 'next' }]);
    expect(journey.steps).toHaveLength(3);
  });

  it('pastes where N would add a card: after the selected card, else at the end of the selected phase, else of the first phase', () => {
    const { doc, p1, p2, a, b, c, origin } = setup();
    const clip = copySelection(toJSON(doc), [a, b])!;
    const column = (phase: string) => toJSON(doc).touchpoints.filter((t) => t.phaseId === phase).map((t) => t.id);

    // A card in the second phase is selected: the copies go just below it, in the copy's order.
    const afterCard = pasteAtSelection(doc, origin, toJSON(doc), clip, { touchpoints: [c], phase: null })!;
    expect(column(p2)).toEqual([c, ...afterCard]);
    // A card at the top of a column: the copies go between it and the next card.
    const afterFirst = pasteAtSelection(doc, origin, toJSON(doc), clip, { touchpoints: [a], phase: null })!;
    expect(column(p1)).toEqual([a, ...afterFirst, b]);
    // Only a phase is selected: at its end.
    const inPhase = pasteAtSelection(doc, origin, toJSON(doc), clip, { touchpoints: [], phase: p2 })!;
    expect(column(p2)).toEqual([c, ...afterCard, ...inPhase]);
    // Nothing selected: at the end of the first phase.
    const first = pasteAtSelection(doc, origin, toJSON(doc), clip, { touchpoints: [], phase: null })!;
    expect(column(p1).slice(-2)).toEqual(first);
    expect([afterCard, afterFirst, inPhase, first].map((ids) => ids.length)).toEqual([2, 2, 2, 2]);
  });

  it('pastes nothing into a journey without phases, and says so with null', () => {
    const { doc, a, b, origin } = setup();
    const clip = copySelection(toJSON(doc), [a, b])!;
    const empty = new Y.Doc();
    createJourney(empty, { title: 'Empty' });
    const before = toJSON(empty);
    expect(pasteAtSelection(empty, origin, before, clip, { touchpoints: [], phase: null })).toBeNull();
    expect(toJSON(empty)).toEqual(before);
  });
});
