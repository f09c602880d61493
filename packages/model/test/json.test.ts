import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addChannel,
  addKpi,
  addPhase,
  addTouchpoint,
  connectStep,
  createJourney,
  fromJSON,
  JourneyValidationError,
  parseJourney,
  replaceJourney,
  toJSON,
} from '../src/index.ts';

function sample(): Y.Doc {
  const doc = new Y.Doc();
  createJourney(doc, { title: 'Apply for insurance', campaign: 'Spring', locale: 'nl' });
  const web = addChannel(doc, { name: 'Website', kind: 'web', canConvert: true });
  const phone = addChannel(doc, { name: 'Phone', kind: 'phone' });
  const orient = addPhase(doc, { name: 'Orientation' });
  const buy = addPhase(doc, { name: 'Purchase' });
  const a = addTouchpoint(doc, { phaseId: orient, title: 'Compare premiums', channelId: web, emotion: 1 });
  const b = addTouchpoint(doc, { phaseId: buy, title: 'Call for advice', channelId: phone, isKeyMoment: true });
  addKpi(doc, a, { name: 'Conversion', unit: '%', target: 5, actual: 3 });
  addKpi(doc, buy, { name: 'NPS', target: 40 });
  connectStep(doc, { from: a, to: b, handoff: 'partial' });
  return doc;
}

describe('toJSON / fromJSON', () => {
  it('round-trips a journey losslessly', () => {
    const first = toJSON(sample());
    const second = toJSON(fromJSON(first));
    expect(second).toEqual(first);
    expect(parseJourney(first)).toEqual({ ok: true, journey: first });
    expect(first.touchpoints[0]!.kpis[0]!.name).toBe('Conversion');
    expect(first.phases[1]!.kpis[0]!.name).toBe('NPS');
  });

  it('reports import errors by path and changes nothing on a failed import', () => {
    const doc = sample();
    const before = toJSON(doc);
    const broken = structuredClone(before) as Record<string, unknown> & { phases: { name?: string }[] };
    delete broken.phases[1]!.name;
    let error: unknown;
    try {
      replaceJourney(doc, broken);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(JourneyValidationError);
    expect((error as JourneyValidationError).issues).toEqual([{ path: 'phases[1].name', message: 'required' }]);
    expect(toJSON(doc)).toEqual(before);
  });

  it('names broken references', () => {
    const journey = toJSON(sample());
    const result = parseJourney({ ...journey, steps: [{ id: 'x', from: 'nope', to: journey.touchpoints[0]!.id }] });
    expect(result).toEqual({ ok: false, issues: [{ path: 'steps[0].from', message: 'unknown touchpoint "nope"' }] });
  });
});
