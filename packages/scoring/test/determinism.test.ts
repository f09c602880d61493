import fc from 'fast-check';
import { generateJourney, type Journey } from '@touchpoint/model';
import { describe, expect, it } from 'vitest';
import { score, SEVERITIES } from '../src/index.ts';
import { journey, PHONE, WEB } from './fixtures.ts';

function shuffled<T>(items: T[], seed: number): T[] {
  const out = [...items];
  let s = seed >>> 0;
  for (let i = out.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const shuffle = (j: Journey, seed: number): Journey => ({
  ...j,
  phases: shuffled(j.phases, seed),
  touchpoints: shuffled(j.touchpoints, seed + 1),
  steps: shuffled(j.steps, seed + 2),
  channels: shuffled(j.channels, seed + 3),
});

describe('determinism', () => {
  it('gives the same result, in the same order, for shuffled input arrays', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 0, max: 2 ** 31 }), (journeySeed, shuffleSeed) => {
        const j = generateJourney({ touchpoints: 60, steps: 90, phases: 5, seed: journeySeed });
        const expected = score(j);
        const actual = score(shuffle(j, shuffleSeed));
        expect(JSON.stringify(actual)).toBe(JSON.stringify(expected));
      }),
      { numRuns: 40 },
    );
  });

  it('orders findings critical first, then along the map, with unique ids', () => {
    const result = score(generateJourney({ touchpoints: 200, steps: 300, seed: 3 }));
    const ranks = result.findings.map((f) => SEVERITIES.indexOf(f.severity));
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
    expect(new Set(result.findings.map((f) => f.id)).size).toBe(result.findings.length);
    expect(result.findings.length).toBeGreaterThan(0);
  });

  it('sorts by severity, then along the map (a phase before its touchpoints), then by rule', () => {
    const j = journey({
      phases: [{ id: 'p1' }, { id: 'p2' }, { id: 'p3' }],
      channels: [WEB, PHONE],
      touchpoints: [
        { id: 'a', channelId: 'web', emotion: -2, kpis: [{ id: 'k', name: 'Conversion', target: 5, actual: 1 }] },
        { id: 'b', channelId: 'phone', emotion: 0 },
        { id: 'c', phaseId: 'p3', channelId: 'web', emotion: -1 },
      ],
      steps: [
        { from: 'a', to: 'b', handoff: 'none' },
        { from: 'b', to: 'c', handoff: 'full' },
      ],
    });
    expect(score(j).findings.map((f) => f.id)).toEqual([
      'switch-no-handoff:step/s1+touchpoint/b',
      'emotion-low:touchpoint/a',
      'kpi-miss:kpi/k+touchpoint/a',
      'empty-phase:phase/p2',
      'emotion-low:touchpoint/c',
    ]);
  });
});
