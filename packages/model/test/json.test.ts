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
import { CHANNEL_KEYS, journeyMaps, KPI_KEYS, PERSONA_KEYS } from '../src/layout.ts';

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

  it('imports KPIs, channels and personas without storing their default values, and reads the defaults back', () => {
    const first = toJSON(sample());
    first.personas = [{ id: 'u1', name: 'Starter', description: '', goals: [] }];
    const doc = fromJSON(first);
    const maps = journeyMaps(doc);
    // The NPS KPI has no unit, no actual value and the default direction: only its name, target, owner and order are stored.
    const nps = first.phases[1]!.kpis[0]!;
    expect([...maps.kpis.get(nps.id)!.keys()].sort()).toEqual([KPI_KEYS.name, KPI_KEYS.order, KPI_KEYS.ownerId, KPI_KEYS.target].sort());
    const phone = first.channels.find((c) => c.name === 'Phone')!;
    expect(phone.canConvert).toBe(false);
    expect(maps.channels.get(phone.id)!.has(CHANNEL_KEYS.canConvert)).toBe(false);
    expect([...maps.personas.get('u1')!.keys()].sort()).toEqual([PERSONA_KEYS.name, PERSONA_KEYS.order].sort());
    expect(toJSON(doc)).toEqual(first);
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
    expect((error as JourneyValidationError).issues).toEqual([{ path: 'phases[1].name', message: 'required', code: 'required' }]);
    expect(toJSON(doc)).toEqual(before);
  });

  it('names broken references', () => {
    const journey = toJSON(sample());
    const result = parseJourney({ ...journey, steps: [{ id: 'x', from: 'nope', to: journey.touchpoints[0]!.id }] });
    expect(result).toEqual({
      ok: false,
      issues: [{ path: 'steps[0].from', message: 'unknown touchpoint "nope"', code: 'unknownTouchpoint', params: { id: 'nope' } }],
    });
  });
});
