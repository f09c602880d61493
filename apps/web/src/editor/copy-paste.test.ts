import { addKpi, addPhase, addTouchpoint, connectStep, createJourney, toJSON } from '@touchpoint/model';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { copySelection, pasteClipboard } from './copy-paste.ts';

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
  it('pastes copies with new ids into the same phase, keeping KPIs and the steps between them', () => {
    const { doc, p1, a, b, origin } = setup();
    const clip = copySelection(toJSON(doc), [a, b])!;
    expect(clip.steps).toHaveLength(1);
    const ids = pasteClipboard(doc, origin, toJSON(doc), clip);
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

});
