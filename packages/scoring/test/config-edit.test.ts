import { describe, expect, it } from 'vitest';
import { changeRuleSetting, ScoringConfigError } from '../src/index.ts';

describe('changeRuleSetting', () => {
  it('stores only what differs from the rule’s defaults', () => {
    let config = changeRuleSetting({}, 'emotion-low', { thresholds: { max: -2 } });
    expect(config).toEqual({ rules: { 'emotion-low': { thresholds: { max: -2 } } } });
    config = changeRuleSetting(config, 'emotion-low', { severity: 'critical', enabled: false });
    expect(config.rules['emotion-low']).toEqual({ enabled: false, severity: 'critical', thresholds: { max: -2 } });
    // Back to a default value: the setting goes; with nothing left, the rule's entry goes.
    config = changeRuleSetting(config, 'emotion-low', { thresholds: { max: -1 }, severity: 'warning', enabled: true });
    expect(config).toEqual({ rules: {} });
  });

  it('keeps the other rules and the other thresholds of the rule', () => {
    const start = { rules: { loop: { weight: 2 }, 'high-effort': { thresholds: { maxEffort: 30 } } } };
    const config = changeRuleSetting(start, 'high-effort', { thresholds: { maxSteps: 40 } });
    expect(config.rules).toEqual({ loop: { weight: 2 }, 'high-effort': { thresholds: { maxEffort: 30, maxSteps: 40 } } });
    expect(start.rules['high-effort']).toEqual({ thresholds: { maxEffort: 30 } });
  });

  it('compares list thresholds as sets', () => {
    expect(changeRuleSetting({}, 'no-service', { thresholds: { channelKinds: ['chat', 'phone'] } })).toEqual({ rules: {} });
    expect(changeRuleSetting({}, 'no-service', { thresholds: { channelKinds: ['chat'] } }).rules['no-service']).toEqual({
      thresholds: { channelKinds: ['chat'] },
    });
  });

  it('refuses a value out of range, an unknown rule or a broken config, naming the problem', () => {
    expect(() => changeRuleSetting({}, 'emotion-low', { thresholds: { max: 7 } })).toThrow(/rules\.emotion-low\.thresholds\.max: must be between -2 and 2/);
    expect(() => changeRuleSetting({}, 'no-such-rule', { enabled: false })).toThrow(ScoringConfigError);
    expect(() => changeRuleSetting({ rules: { loop: { weight: 'heavy' } } }, 'loop', { enabled: false })).toThrow(/rules\.loop\.weight/);
  });
});
