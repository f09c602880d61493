// Guards the fast scoring pass against silent changes of output. The journey in
// data/generated-300.json was made once with generateJourney({ touchpoints: 300, steps: 450,
// phases: 6, seed: 11 }) plus an empty "use" phase at the end, and is stored so that a
// change of the generator cannot move this test. The expected hashes are of
// JSON.stringify(score(...)) as computed by the straightforward implementation before the
// pass was restructured around numeric positions and typed arrays; the per-rule counts say
// what the journey holds. The rule tests pin what each rule means; this test pins that the
// restructured pass gives, byte for byte, the same findings (ids, targets, messages in both
// languages, order) and scores. A deliberate change of a rule or a message changes these
// hashes: check the difference, then update them.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Journey } from '@touchpoint/model';
import { describe, expect, it } from 'vitest';
import { resolveConfig, score, type ScoreResult } from '../src/index.ts';
import { indexJourney } from '../src/journey-index.ts';
import { ruleList } from '../src/rules/index.ts';
import { FindingSink } from '../src/sink.ts';

const journey = JSON.parse(readFileSync(new URL('./data/generated-300.json', import.meta.url), 'utf8')) as Journey;
const hash = (result: ScoreResult) => createHash('sha256').update(JSON.stringify(result)).digest('hex');
const perRule = (result: ScoreResult) => {
  const counts: Record<string, number> = {};
  for (const f of result.findings) counts[f.ruleId] = (counts[f.ruleId] ?? 0) + 1;
  return counts;
};

const defaults = {
  'emotion-low': 125,
  'emotion-drop': 97,
  'switch-no-handoff': 227,
  'kpi-miss': 47,
  'key-moment-at-risk': 18,
  loop: 2,
  'no-channel': 6,
  'no-conversion': 4,
  'empty-phase': 1,
  'high-effort': 6,
};

describe('the scoring pass gives the same output as before its restructuring', () => {
  it('in English, with the default config', () => {
    const result = score(journey);
    expect(perRule(result)).toEqual(defaults);
    expect(result.journeyScore).toBe(46);
    expect(hash(result)).toBe('d90c964d8ef38c38b13a187d83e3c169666e5488bb381b498cf9da9c95579f23');
  });

  it('in Dutch', () => {
    expect(hash(score(journey, { locale: 'nl' }))).toBe('eefebac62d4a3270c1744a8d661e863d73f658a0458a88761bd46506c0a02d76');
  });

  it('with a config that changes thresholds, a severity, a weight and turns a rule off', () => {
    const config = {
      rules: {
        'emotion-low': { thresholds: { max: -2 } },
        'switch-no-handoff': { severity: 'warning', weight: 2 },
        'no-channel': { enabled: false },
        'high-effort': { thresholds: { maxEffort: 200, maxSteps: 60 } },
      },
    };
    const result = score(journey, { config });
    expect(perRule(result)).toEqual({ ...defaults, 'emotion-low': 64, 'no-channel': undefined });
    expect(result.journeyScore).toBe(51);
    expect(hash(result)).toBe('4e5245e2ff9df4ca9380886c7c13685e8713022f20e08fbb29b594e9db88fe15');
  });
});

describe('FindingSink', () => {
  it('sorts by counting the same as a comparator sort by bucket, rule, id and report order', () => {
    // Re-run the rules into a sink of our own, then sort it and compare with a plain sort.
    const index = indexJourney(journey);
    const config = resolveConfig({ rules: {} });
    const sink = new FindingSink(index);
    ruleList.forEach((rule, rank) => {
      sink.startRule(rule.id, rank, config[rule.id]!.weight);
      rule.check({ journey, index, settings: config[rule.id]!, config, locale: 'en' }, sink);
    });
    const { findings, keys, buckets } = sink;
    const byComparator = findings
      .map((f, k) => k)
      .sort(
        (a, b) =>
          (keys[a]! % buckets) - (keys[b]! % buckets) ||
          keys[a]! - keys[b]! ||
          (findings[a]!.id < findings[b]!.id ? -1 : findings[a]!.id > findings[b]!.id ? 1 : a - b),
      )
      .map((k) => findings[k]!.id);
    const counted = sink.sorted().map((f) => f.id);
    expect(counted).toEqual(byComparator);
    expect(counted).toEqual(score(journey).findings.map((f) => f.id));
    // Runs of one rule in one bucket exist (several steps out of one touchpoint) and are ordered by id.
    expect(new Set(keys).size).toBeLessThan(keys.length);
  });
});
