import { describe, expect, it } from 'vitest';
import { rules, score, ScoringConfigError, validateScoringConfig } from '../src/index.ts';
import { journey } from './fixtures.ts';

const issues = (raw: unknown) => {
  const result = validateScoringConfig(raw);
  return result.ok ? [] : result.issues;
};

describe('validateScoringConfig', () => {
  it('accepts an empty config, a missing one and every documented setting', () => {
    expect(validateScoringConfig(undefined)).toEqual({ ok: true, config: { rules: {} } });
    expect(validateScoringConfig({})).toEqual({ ok: true, config: { rules: {} } });
    const full = {
      rules: {
        'emotion-low': { enabled: true, severity: 'critical', weight: 2, thresholds: { max: -2 } },
        'no-service': { thresholds: { teams: ['service'], channelKinds: ['chat', 'email'] } },
        'kpi-miss': { thresholds: { tolerancePercent: 2.5 } },
      },
    };
    expect(validateScoringConfig(full)).toEqual({ ok: true, config: full });
  });

  it('reports every problem with its path', () => {
    expect(
      issues({
        extra: 1,
        rules: {
          'emotion-lo': {},
          'emotion-low': { enabled: 'yes', severity: 'high', weight: -1, colour: 'red', thresholds: { max: 'low', min: 1 } },
          'emotion-drop': { thresholds: { minDrop: 1.5 } },
          'high-effort': { thresholds: { maxSteps: -3 } },
          'no-service': { thresholds: { teams: ['service', 'kitchen'], channelKinds: 'phone' } },
          loop: { thresholds: { max: 1 } },
          'dead-end': null,
        },
      }),
    ).toEqual([
      { path: 'extra', message: 'unknown setting (only "rules" is allowed)' },
      { path: 'rules.emotion-lo', message: expect.stringMatching(/^unknown rule \(known rules: emotion-low, emotion-drop, /) },
      { path: 'rules.emotion-low.enabled', message: 'expected true or false, got string' },
      { path: 'rules.emotion-low.severity', message: 'must be one of "info", "warning", "critical"' },
      { path: 'rules.emotion-low.weight', message: 'must be between 0 and 10' },
      { path: 'rules.emotion-low.colour', message: 'unknown setting (allowed: enabled, severity, weight, thresholds)' },
      { path: 'rules.emotion-low.thresholds.max', message: 'expected a number, got string' },
      { path: 'rules.emotion-low.thresholds.min', message: 'unknown threshold (this rule has: max)' },
      { path: 'rules.emotion-drop.thresholds.minDrop', message: 'expected a whole number' },
      { path: 'rules.high-effort.thresholds.maxSteps', message: 'must be between 0 and 1000000' },
      { path: 'rules.no-service.thresholds.teams[1]', message: expect.stringMatching(/^must be one of "web", /) },
      { path: 'rules.no-service.thresholds.channelKinds', message: 'expected a list, got string' },
      { path: 'rules.loop.thresholds.max', message: 'unknown threshold (this rule has none)' },
      { path: 'rules.dead-end', message: 'expected an object, got null' },
    ]);
  });

  it('rejects a config that is not an object', () => {
    expect(issues([])).toEqual([{ path: '', message: 'expected an object, got a list' }]);
    expect(issues({ rules: 3 })).toEqual([{ path: 'rules', message: 'expected an object, got number' }]);
  });
});

describe('score with a config', () => {
  it('uses the journey config by default and the given one when passed', () => {
    const j = journey({ touchpoints: [{ id: 'a', emotion: -1 }], scoring: { rules: { 'emotion-low': { enabled: false } } } });
    expect(score(j).findings.filter((f) => f.ruleId === 'emotion-low')).toEqual([]);
    expect(score(j, { config: {} }).findings.filter((f) => f.ruleId === 'emotion-low')).toHaveLength(1);
  });

  it('throws an error listing every issue for an invalid config', () => {
    const j = journey({ touchpoints: [{ id: 'a' }] });
    const run = () => score(j, { config: { rules: { nope: {}, loop: { weight: 'x' } } } });
    expect(run).toThrow(ScoringConfigError);
    expect(run).toThrow(/rules\.nope: unknown rule[\s\S]*rules\.loop\.weight: expected a number, got string/);
  });
});

describe('rules metadata', () => {
  it('lists every rule of the design with defaults and names in English and Dutch', () => {
    expect(rules.map((r) => r.id)).toEqual([
      'emotion-low',
      'emotion-drop',
      'switch-no-handoff',
      'kpi-miss',
      'key-moment-at-risk',
      'dead-end',
      'unreachable',
      'loop',
      'no-channel',
      'no-conversion',
      'empty-phase',
      'no-service',
      'high-effort',
    ]);
    for (const rule of rules) {
      expect(rule.name.en.length && rule.name.nl.length && rule.description.en.length && rule.description.nl.length).toBeGreaterThan(0);
      expect(rule.name.en).not.toBe(rule.name.nl);
      expect('check' in rule).toBe(false);
      for (const spec of Object.values(rule.thresholds)) {
        expect(validateScoringConfig({ rules: { [rule.id]: { thresholds: Object.fromEntries(Object.entries(rule.thresholds).map(([k, s]) => [k, s.default])) } } }).ok).toBe(true);
        expect(spec.label.nl.length).toBeGreaterThan(0);
      }
    }
    expect(rules.find((r) => r.id === 'emotion-low')!.thresholds.max!.default).toBe(-1);
    expect(rules.find((r) => r.id === 'emotion-drop')!.thresholds.minDrop!.default).toBe(2);
  });
});
