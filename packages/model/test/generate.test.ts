import { describe, expect, it } from 'vitest';
import { fromJSON, generateJourney, parseJourney, seededRandom, toJSON } from '../src/index.ts';

describe('generateJourney', () => {
  it('is deterministic from its seed', () => {
    expect(generateJourney({ touchpoints: 50, steps: 80, seed: 7 })).toEqual(generateJourney({ touchpoints: 50, steps: 80, seed: 7 }));
    const other = generateJourney({ touchpoints: 50, steps: 80, seed: 8 });
    expect(other.touchpoints.map((t) => t.emotion)).not.toEqual(
      generateJourney({ touchpoints: 50, steps: 80, seed: 7 }).touchpoints.map((t) => t.emotion),
    );
  });

  it('gives exactly the asked counts, valid and already normalised', () => {
    for (const [touchpoints, steps, phases] of [
      [0, 0, 0],
      [1, 0, undefined],
      [10, 9, 3],
      [7, 30, 10],
      [500, 900, undefined],
    ] as const) {
      const journey = generateJourney({ touchpoints, steps, phases });
      expect(journey.touchpoints).toHaveLength(touchpoints);
      expect(journey.steps).toHaveLength(steps);
      if (phases !== undefined) expect(journey.phases).toHaveLength(phases);
      expect(parseJourney(journey)).toEqual({ ok: true, journey });
    }
  });

  it('looks like a real journey: a main path, a start and an end, switches with handoffs, KPIs', () => {
    const journey = generateJourney({ touchpoints: 200, steps: 300, seed: 3 });
    const links = new Set(journey.steps.map((s) => `${s.from}>${s.to}`));
    for (let i = 0; i < 199; i++) expect(links.has(`gen-t${i}>gen-t${i + 1}`)).toBe(true);
    expect(journey.touchpoints[0]!.isStart && journey.touchpoints[199]!.isEnd).toBe(true);
    expect(new Set(journey.touchpoints.map((t) => t.emotion))).toEqual(new Set([-2, -1, 0, 1, 2]));
    expect(journey.steps.some((s) => s.handoff !== null)).toBe(true);
    expect(journey.touchpoints.some((t) => t.kpis.length > 0)).toBe(true);
    expect(new Set(journey.phases.map((p) => p.cycle))).toEqual(new Set(['buy', 'use']));
    // Texts of the length people write: some touchpoints have a description and notes.
    const described = journey.touchpoints.filter((t) => t.description !== '');
    const noted = journey.touchpoints.filter((t) => t.notes !== '');
    expect(described.length).toBeGreaterThan(80);
    expect(described.length).toBeLessThan(160);
    expect(noted.length).toBeGreaterThan(30);
    expect(noted.length).toBeLessThan(100);
    expect([...described, ...noted].every((t) => t.description.length + t.notes.length < 250)).toBe(true);
  });

  it('round-trips through a Yjs document', () => {
    const journey = generateJourney({ touchpoints: 300, steps: 450, seed: 11 });
    expect(toJSON(fromJSON(journey))).toEqual(journey);
  });

  it('refuses impossible sizes', () => {
    expect(() => generateJourney({ touchpoints: -1, steps: 0 })).toThrow('touchpoints must be a whole number from 0 to 50000');
    expect(() => generateJourney({ touchpoints: 2.5, steps: 0 })).toThrow(RangeError);
    expect(() => generateJourney({ touchpoints: 0, steps: 3 })).toThrow('steps need at least one touchpoint');
    expect(() => generateJourney({ touchpoints: 3, steps: 0, phases: 0 })).toThrow('touchpoints need at least one phase');
  });

  it('seededRandom repeats its sequence and stays in [0, 1)', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const values = Array.from({ length: 1000 }, () => a());
    expect(values).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
    expect(new Set(values).size).toBeGreaterThan(990);
  });
});
