// A small journey for the editor's command tests: two phases, three cards, a KPI and two
// steps (Search → Pay → Check in).
import { addKpi, addPhase, addTouchpoint, connectStep, createJourney } from '@touchpoint/model';
import * as Y from 'yjs';

export function tripJourney() {
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
