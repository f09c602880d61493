import { describe, expect, it } from 'vitest';
import { KEY_MOMENT_WEIGHT, score, SEVERITY_PENALTY, WOW_BONUS, WOW_HEADROOM } from '../src/index.ts';
import { chain, journey as fixture, WEB, type FixtureInput } from './fixtures.ts';

/** Touchpoints on the web channel, so that no-channel does not take points off. */
const journey = (input: FixtureInput) =>
  fixture({ channels: [WEB], ...input, touchpoints: input.touchpoints?.map((t) => ({ channelId: 'web', ...t })) });

describe('score model', () => {
  it('takes severity × weight off a touchpoint for each finding on it', () => {
    const j = journey({ touchpoints: [{ id: 'a', emotion: -2 }, { id: 'b', emotion: 1 }] });
    const plain = score(j).touchpointScores;
    expect(plain).toEqual({ a: 100 - SEVERITY_PENALTY.warning, b: 100 });
    const heavy = score(j, { config: { rules: { 'emotion-low': { weight: 2, severity: 'critical' } } } });
    expect(heavy.touchpointScores.a).toBe(100 - 2 * SEVERITY_PENALTY.critical);
    const weightless = score(j, { config: { rules: { 'emotion-low': { weight: 0 } } } });
    expect(weightless.touchpointScores.a).toBe(100);
    expect(weightless.findings.map((f) => f.ruleId)).toEqual(['emotion-low']);
  });

  it('never goes below 0', () => {
    const j = journey({
      touchpoints: [{ id: 'a', emotion: -2, isKeyMoment: true }],
      scoring: { rules: { 'emotion-low': { weight: 10, severity: 'critical' } } },
    });
    expect(score(j).touchpointScores.a).toBe(0);
  });

  it('keeps the top of a phase for delight: no friction scores 90, a wow moment lifts it', () => {
    const calm = journey({ touchpoints: [{ id: 'a' }, { id: 'b' }] });
    expect(score(calm).phaseScores.p1).toBe(100 - WOW_HEADROOM);
    const wow = journey({ touchpoints: [{ id: 'a' }, { id: 'b', isWowMoment: true }] });
    expect(score(wow).phaseScores.p1).toBe(100 - WOW_HEADROOM + WOW_BONUS);
    const wows = journey({ touchpoints: [{ id: 'a', isWowMoment: true }, { id: 'b', isWowMoment: true }, { id: 'c', isWowMoment: true }] });
    expect(score(wows).phaseScores.p1).toBe(100);
  });

  it('weighs key moments more in the phase average', () => {
    // a scores 90 (one warning), b scores 100: 1:1 gives 95, key moment a gives (3·90+100)/4.
    const plain = journey({ touchpoints: [{ id: 'a', emotion: -1 }, { id: 'b' }] });
    const key = journey({ touchpoints: [{ id: 'a', emotion: -1, isKeyMoment: true }, { id: 'b' }], scoring: { rules: { 'key-moment-at-risk': { enabled: false } } } });
    const headroom = (100 - WOW_HEADROOM) / 100;
    expect(score(plain).phaseScores.p1).toBe(Math.round(((90 + 100) / 2) * headroom));
    expect(score(key).phaseScores.p1).toBe(Math.round(((KEY_MOMENT_WEIGHT * 90 + 100) / (KEY_MOMENT_WEIGHT + 1)) * headroom));
    expect(score(key).phaseScores.p1).toBeLessThan(score(plain).phaseScores.p1!);
  });

  it('takes phase-level findings off the phase, and weighs phases by their touchpoints in the journey score', () => {
    const j = journey({
      phases: [{ id: 'p1' }, { id: 'p2' }],
      touchpoints: [{ id: 'a' }, { id: 'b' }, { id: 'c' }],
    });
    const result = score(j);
    expect(result.phaseScores).toEqual({ p1: 90, p2: 90 - SEVERITY_PENALTY.warning });
    // p1 weighs 3 (three touchpoints), the empty p2 weighs 1.
    expect(result.journeyScore).toBe(Math.round((3 * 90 + 1 * 80) / 4));
  });

  it('gives integer scores from 0 to 100 for every touchpoint and phase', () => {
    const j = journey({
      phases: [{ id: 'p1' }, { id: 'p2', cycle: 'use' }],
      touchpoints: [
        { id: 'a', emotion: 2, effort: 5 },
        { id: 'b', emotion: -2, effort: 5, isKeyMoment: true, kpis: [{ id: 'k', name: 'NPS', target: 10, actual: 3 }] },
        { id: 'c', emotion: 0, effort: 5, isWowMoment: true },
        { id: 'd', phaseId: 'p2', emotion: -1 },
      ],
      steps: [...chain('a', 'b', 'a'), { from: 'c', to: 'c' }],
    });
    const result = score(j);
    const values = [...Object.values(result.touchpointScores), ...Object.values(result.phaseScores), result.journeyScore];
    for (const v of values) {
      expect(Number.isInteger(v)).toBe(true);
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThanOrEqual(100);
    }
    expect(Object.keys(result.touchpointScores)).toEqual(['a', 'b', 'c', 'd']);
    expect(result.counts).toEqual({
      info: result.findings.filter((f) => f.severity === 'info').length,
      warning: result.findings.filter((f) => f.severity === 'warning').length,
      critical: result.findings.filter((f) => f.severity === 'critical').length,
    });
  });
});
