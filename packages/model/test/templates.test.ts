import { describe, expect, it } from 'vitest';
import {
  buildTemplate,
  channelSwitches,
  fromJSON,
  parseJourney,
  templates,
  toJSON,
  type Journey,
} from '../src/index.ts';

const ids = ['insurance-application', 'car-rental-winter', 'omnichannel-retail'];

function averageEmotion(journey: Journey, phaseId: string): number {
  const list = journey.touchpoints.filter((t) => t.phaseId === phaseId);
  return list.reduce((sum, t) => sum + t.emotion, 0) / list.length;
}

describe('templates', () => {
  it('lists the three templates with names and descriptions in both languages', () => {
    expect(templates.map((t) => t.id)).toEqual(ids);
    for (const t of templates) {
      for (const text of [t.name.en, t.name.nl, t.description.en, t.description.nl]) expect(text.length).toBeGreaterThan(5);
      expect(t.name.nl).not.toBe(t.name.en);
    }
  });

  it('refuses an unknown template id, naming the known ones', () => {
    expect(() => buildTemplate('space-travel')).toThrow(
      'unknown template "space-travel"; known templates: insurance-application, car-rental-winter, omnichannel-retail',
    );
    expect(() => buildTemplate('car-rental-winter', { locale: 'de' as never })).toThrow('unknown locale "de"');
  });

  for (const id of ids) {
    describe(id, () => {
      const en = buildTemplate(id, { locale: 'en', journeyId: 'j-en' });
      const nl = buildTemplate(id, { locale: 'nl', journeyId: 'j-nl' });

      it('is a valid plain journey that round-trips through a Yjs document', () => {
        for (const journey of [en, nl]) {
          expect(parseJourney(journey)).toEqual({ ok: true, journey });
          expect(toJSON(fromJSON(journey))).toEqual(journey);
        }
      });

      it('has the same stable ids in both languages, with translated text', () => {
        const shape = (j: Journey) => ({
          phases: j.phases.map((p) => p.id),
          touchpoints: j.touchpoints.map((t) => [t.id, t.phaseId, t.channelId, t.emotion]),
          steps: j.steps.map((s) => [s.id, s.from, s.to, s.handoff]),
          kpis: j.touchpoints.flatMap((t) => t.kpis.map((k) => k.id)),
        });
        expect(shape(nl)).toEqual(shape(en));
        expect(shape(buildTemplate(id))).toEqual(shape(en));
        expect([en.id, en.locale, nl.id, nl.locale]).toEqual(['j-en', 'en', 'j-nl', 'nl']);
        expect(nl.title).not.toBe(en.title);
        expect(nl.touchpoints.map((t) => t.title)).not.toEqual(en.touchpoints.map((t) => t.title));
        expect(buildTemplate(id).id).not.toBe(buildTemplate(id).id);
      });

      it('writes KPI units as symbols or in the journey\'s language', () => {
        const units = (j: Journey) => [...j.phases, ...j.touchpoints].flatMap((o) => o.kpis.map((k) => k.unit));
        const symbols = new Set(['', '%', '/10', 'min', 's']);
        const words = units(nl).filter((unit) => !symbols.has(unit));
        expect(words.filter((unit) => units(en).includes(unit))).toEqual([]);
        expect(units(nl)).toHaveLength(units(en).length);
      });

      it('is complete enough to score: personas, channels, cycles, KPIs, notes, start and end', () => {
        expect(en.personas.length).toBeGreaterThan(0);
        expect(en.touchpoints.every((t) => t.channelId !== null && t.ownerTeam !== null && t.goal !== '')).toBe(true);
        expect(en.phases.some((p) => p.cycle === 'use')).toBe(true);
        expect(en.touchpoints.some((t) => t.isKeyMoment)).toBe(true);
        expect(en.touchpoints.some((t) => t.callToAction !== '')).toBe(true);
        expect(en.touchpoints.some((t) => t.notes !== '')).toBe(true);
        const kpis = [...en.phases, ...en.touchpoints].flatMap((o) => o.kpis);
        expect(kpis.every((k) => k.target !== null && k.actual !== null)).toBe(true);
        const missed = kpis.filter((k) => (k.direction === 'higher' ? k.actual! < k.target! : k.actual! > k.target!));
        expect(missed.length).toBeGreaterThan(0);
        expect(missed.length).toBeLessThan(kpis.length);
        expect(en.steps.some((s) => s.label !== '')).toBe(true);
        // Every touchpoint is reachable from a start; only ends have no next step.
        const starts = en.touchpoints.filter((t) => t.isStart).map((t) => t.id);
        expect(starts.length).toBeGreaterThan(0);
        const reached = new Set(starts);
        for (let grew = true; grew; ) {
          grew = false;
          for (const s of en.steps) if (reached.has(s.from) && !reached.has(s.to)) grew = reached.add(s.to).size > 0;
        }
        expect(reached.size).toBe(en.touchpoints.length);
        const leaves = en.touchpoints.filter((t) => !en.steps.some((s) => s.from === t.id));
        expect(leaves.every((t) => t.isEnd)).toBe(true);
      });
    });
  }

  it('insurance-application: the web→phone switch has no full handoff and the emotion drops there', () => {
    const journey = buildTemplate('insurance-application');
    const toPhone = channelSwitches(journey).filter((s) => s.fromChannel.kind === 'web' && s.toChannel.kind === 'phone');
    expect(toPhone.length).toBeGreaterThan(0);
    const bad = toPhone.filter((s) => s.step.handoff === 'none' || s.step.handoff === 'partial');
    expect(bad.some((s) => s.from.emotion - s.to.emotion >= 2)).toBe(true);
  });

  it('car-rental-winter: the wow moment lifts its phase above every other phase', () => {
    const journey = buildTemplate('car-rental-winter', { locale: 'nl' });
    const wow = journey.touchpoints.filter((t) => t.isWowMoment);
    expect(wow.map((t) => t.title)).toEqual(['Auto staat klaar: dakkoffer gemonteerd, sneeuwkettingen in de kofferbak']);
    const lifted = averageEmotion(journey, wow[0]!.phaseId);
    for (const phase of journey.phases) if (phase.id !== wow[0]!.phaseId) expect(averageEmotion(journey, phase.id)).toBeLessThan(lifted);
  });

  it('omnichannel-retail: five channel kinds, and a service touchpoint in the use cycle', () => {
    const journey = buildTemplate('omnichannel-retail');
    const kinds = new Set(journey.channels.map((c) => c.kind));
    for (const kind of ['web', 'app', 'store', 'email', 'chat'] as const) expect(kinds.has(kind)).toBe(true);
    const use = new Set(journey.phases.filter((p) => p.cycle === 'use').map((p) => p.name));
    expect(use).toEqual(new Set(['Service', 'Aftersales']));
    const service = journey.touchpoints.filter((t) => t.ownerTeam === 'service');
    expect(service.some((t) => journey.phases.find((p) => p.id === t.phaseId)!.cycle === 'use')).toBe(true);
  });
});
