// The model's templates are journeys from practice; these are the findings a practitioner
// expects on them, checked by hand against each map.
import { buildTemplate, type Journey } from '@touchpoint/model';
import { describe, expect, it } from 'vitest';
import { score, type ScoreResult } from '../src/index.ts';

const find = (result: ScoreResult, id: string) => result.findings.find((f) => f.id === id);
const ruleIds = (result: ScoreResult, ruleId: string) => result.findings.filter((f) => f.ruleId === ruleId).map((f) => f.id);
const lowestPhase = (result: ScoreResult) => Object.entries(result.phaseScores).sort((a, b) => a[1] - b[1])[0]![0];
const template = (id: string, locale: 'en' | 'nl' = 'en') => buildTemplate(id, { locale, journeyId: 'j' });

describe('insurance-application', () => {
  const result = score(template('insurance-application'));

  it('flags the switch from the web form to the phone, where the customer starts over, as critical', () => {
    const finding = find(result, 'switch-no-handoff:step/s-risk-call+touchpoint/t-call');
    expect(finding?.severity).toBe('critical');
    expect(finding?.message).toContain('have to start over');
    // The agent's partial handoff to the confirmation email is a warning, not critical.
    expect(find(result, 'switch-no-handoff:step/s-agent-confirm+touchpoint/t-confirm')?.severity).toBe('warning');
  });

  it('sees the phone call as a key moment at risk and the application as the weakest, most effortful phase', () => {
    expect(find(result, 'key-moment-at-risk:touchpoint/t-call')?.severity).toBe('critical');
    expect(find(result, 'emotion-low:touchpoint/t-call')).toBeDefined();
    expect(ruleIds(result, 'high-effort')).toEqual(['high-effort:phase/p-application']);
    expect(lowestPhase(result)).toBe('p-application');
  });

  it('finds no broken paths: no dead ends, unreachable touchpoints or loops, and service in the use phase', () => {
    for (const rule of ['dead-end', 'unreachable', 'loop', 'no-service', 'empty-phase', 'no-channel']) {
      expect(ruleIds(result, rule)).toEqual([]);
    }
  });

  it('gives the same findings in Dutch, in Dutch words', () => {
    const nl = score(template('insurance-application', 'nl'));
    expect(nl.findings.map((f) => f.id)).toEqual(result.findings.map((f) => f.id));
    expect(find(nl, 'switch-no-handoff:step/s-risk-call+touchpoint/t-call')?.message).toContain('moeten opnieuw beginnen');
  });
});

describe('car-rental-winter', () => {
  const journey = template('car-rental-winter');
  const result = score(journey);

  it('lifts the pickup phase with its wow moment, compared with the same journey without it', () => {
    const plain: Journey = {
      ...journey,
      touchpoints: journey.touchpoints.map((t) => (t.id === 't-ready' ? { ...t, isWowMoment: false } : t)),
    };
    const without = score(plain);
    expect(journey.touchpoints.find((t) => t.id === 't-ready')?.isWowMoment).toBe(true);
    expect(result.phaseScores['p-pickup']).toBeGreaterThan(without.phaseScores['p-pickup']!);
    expect(result.journeyScore).toBeGreaterThanOrEqual(without.journeyScore);
    expect(result.findings).toEqual(without.findings);
  });

  it('flags the breakdown call: a key moment at risk right after the high point', () => {
    expect(find(result, 'key-moment-at-risk:touchpoint/t-breakdown')?.severity).toBe('critical');
    expect(find(result, 'emotion-drop:step/s-ready-breakdown+touchpoint/t-breakdown')).toBeDefined();
    expect(lowestPhase(result)).toBe('p-trip');
    expect(ruleIds(result, 'no-service')).toEqual([]);
  });
});

describe('omnichannel-retail', () => {
  const journey = template('omnichannel-retail');
  const result = score(journey);

  it('has service in its use cycle, and misses it once the service touchpoints are gone', () => {
    expect(journey.phases.filter((p) => p.cycle === 'use').map((p) => p.id)).toEqual(['p-service', 'p-aftersales']);
    expect(ruleIds(result, 'no-service')).toEqual([]);
    const serviceless: Journey = {
      ...journey,
      touchpoints: journey.touchpoints.filter((t) => t.id !== 't-chat' && t.id !== 't-repair'),
      steps: journey.steps.filter((s) => ![s.from, s.to].some((id) => id === 't-chat' || id === 't-repair')),
    };
    expect(score(serviceless).findings.filter((f) => f.ruleId === 'no-service').map((f) => f.targets)).toEqual([
      [
        { kind: 'phase', id: 'p-service' },
        { kind: 'phase', id: 'p-aftersales' },
      ],
    ]);
  });

  it('sees the support chat as the weak spot of the service phase', () => {
    expect(find(result, 'key-moment-at-risk:touchpoint/t-chat')?.severity).toBe('critical');
    expect(lowestPhase(result)).toBe('p-service');
    expect(result.counts.critical).toBe(1);
  });
});
