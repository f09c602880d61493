import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { score, type Finding } from '../src/index.ts';
import { chain, EMAIL, journey, PHONE, WEB } from './fixtures.ts';

const of = (findings: Finding[], ruleId: string) => findings.filter((f) => f.ruleId === ruleId);
const ids = (findings: Finding[], ruleId: string) => of(findings, ruleId).map((f) => f.id);

describe('emotion-low', () => {
  it('flags touchpoints at or below -1 and nothing above', () => {
    const j = journey({ touchpoints: [{ id: 'a', emotion: -2 }, { id: 'b', emotion: -1 }, { id: 'c', emotion: 0 }] });
    expect(ids(score(j).findings, 'emotion-low')).toEqual(['emotion-low:touchpoint/a', 'emotion-low:touchpoint/b']);
  });

  it('follows a configured threshold', () => {
    const j = journey({ touchpoints: [{ id: 'a', emotion: -2 }, { id: 'b', emotion: -1 }] });
    const result = score(j, { config: { rules: { 'emotion-low': { thresholds: { max: -2 } } } } });
    expect(ids(result.findings, 'emotion-low')).toEqual(['emotion-low:touchpoint/a']);
  });

  it('writes its message in English and Dutch', () => {
    const j = journey({ touchpoints: [{ id: 'a', title: 'Fill in the form', emotion: -2 }] });
    expect(of(score(j, { locale: 'en' }).findings, 'emotion-low')[0]!.message).toBe(
      'Customers feel bad at “Fill in the form” (emotion -2).',
    );
    const nl = of(score(j, { locale: 'nl' }).findings, 'emotion-low')[0]!;
    expect(nl.message).toBe('Klanten voelen zich slecht bij “Fill in the form” (emotie -2).');
    expect(nl.suggestion).toMatch(/^Zoek uit wat klanten hier frustreert/);
  });
});

describe('emotion-drop', () => {
  it('flags a fall of 2 or more along a step, on the step and the touchpoint it lands on', () => {
    const j = journey({
      touchpoints: [{ id: 'a', emotion: 2 }, { id: 'b', emotion: 0 }, { id: 'c', emotion: -1 }],
      steps: chain('a', 'b', 'c'),
    });
    const drops = of(score(j).findings, 'emotion-drop');
    expect(drops.map((f) => f.targets)).toEqual([
      [
        { kind: 'step', id: 's1' },
        { kind: 'touchpoint', id: 'b' },
      ],
    ]);
  });

  it('follows the steps, not the map order, when the journey has steps', () => {
    // In map order a (2) is next to b (-2), but the customer goes a → c → b.
    const j = journey({
      touchpoints: [{ id: 'a', emotion: 2 }, { id: 'b', emotion: -2 }, { id: 'c', emotion: 1 }],
      steps: chain('a', 'c', 'b'),
    });
    expect(ids(score(j).findings, 'emotion-drop')).toEqual(['emotion-drop:step/s2+touchpoint/b']);
  });

  it('reads the emotion curve in map order when the journey has no steps', () => {
    const j = journey({
      phases: [{ id: 'p1' }, { id: 'p2' }],
      touchpoints: [{ id: 'a', emotion: 1 }, { id: 'b', phaseId: 'p2', emotion: -1 }, { id: 'c', phaseId: 'p2', emotion: 0 }],
    });
    expect(ids(score(j).findings, 'emotion-drop')).toEqual(['emotion-drop:touchpoint/b']);
  });

  it('stays silent on a rise or a fall of 1', () => {
    const j = journey({
      touchpoints: [{ id: 'a', emotion: 0 }, { id: 'b', emotion: -1 }, { id: 'c', emotion: 2 }],
      steps: chain('a', 'b', 'c'),
    });
    expect(of(score(j).findings, 'emotion-drop')).toEqual([]);
  });
});

describe('switch-no-handoff', () => {
  const base = (handoff: 'full' | 'partial' | 'none' | null) =>
    journey({
      channels: [WEB, PHONE],
      touchpoints: [{ id: 'a', channelId: 'web' }, { id: 'b', channelId: 'phone' }],
      steps: [{ from: 'a', to: 'b', handoff }],
    });

  it('rates no handoff critical, partial a warning, an unspecified one a warning, full fine', () => {
    const severity = (h: 'full' | 'partial' | 'none' | null) => of(score(base(h)).findings, 'switch-no-handoff').map((f) => f.severity);
    expect(severity('none')).toEqual(['critical']);
    expect(severity('partial')).toEqual(['warning']);
    expect(severity(null)).toEqual(['warning']);
    expect(severity('full')).toEqual([]);
  });

  it('says an unspecified handoff is not specified', () => {
    const [finding] = of(score(base(null)).findings, 'switch-no-handoff');
    expect(finding!.message).toContain('not specified');
    expect(finding!.targets).toEqual([
      { kind: 'step', id: 's1' },
      { kind: 'touchpoint', id: 'b' },
    ]);
  });

  it('ignores steps on one channel and steps whose channel is unset', () => {
    const j = journey({
      channels: [WEB],
      touchpoints: [{ id: 'a', channelId: 'web' }, { id: 'b', channelId: 'web' }, { id: 'c' }],
      steps: [
        { from: 'a', to: 'b', handoff: 'none' },
        { from: 'b', to: 'c', handoff: 'none' },
      ],
    });
    expect(of(score(j).findings, 'switch-no-handoff')).toEqual([]);
  });

  it('uses a configured severity for no handoff and one level lower for the rest', () => {
    const config = { rules: { 'switch-no-handoff': { severity: 'warning' } } };
    expect(of(score(base('none'), { config }).findings, 'switch-no-handoff')[0]!.severity).toBe('warning');
    expect(of(score(base('partial'), { config }).findings, 'switch-no-handoff')[0]!.severity).toBe('info');
  });
});

describe('kpi-miss', () => {
  const kpi = (target: number | null, actual: number | null, direction: 'higher' | 'lower' = 'higher') => ({
    id: `k-${target}-${actual}-${direction}`,
    name: 'Conversion',
    unit: '%',
    target,
    actual,
    direction,
  });

  it('flags an actual worse than its target, by direction', () => {
    const j = journey({
      touchpoints: [
        { id: 'a', kpis: [kpi(5, 3), kpi(5, 5), kpi(5, 7)] },
        { id: 'b', kpis: [kpi(60, 90, 'lower'), kpi(60, 30, 'lower')] },
      ],
    });
    expect(ids(score(j).findings, 'kpi-miss')).toEqual([
      'kpi-miss:kpi/k-5-3-higher+touchpoint/a',
      'kpi-miss:kpi/k-60-90-lower+touchpoint/b',
    ]);
    expect(of(score(j).findings, 'kpi-miss')[0]!.message).toBe(
      'KPI “Conversion” at “A” misses its target: 3% against 5% (higher is better).',
    );
  });

  it('writes the numbers in the findings’ language: a decimal comma and a thousands dot in Dutch', () => {
    const j = journey({ touchpoints: [{ id: 'a', kpis: [kpi(12.5, 1.25), { ...kpi(1500, 1250.5), unit: 'kr' }] }] });
    expect(of(score(j, { locale: 'nl' }).findings, 'kpi-miss').map((f) => f.message)).toEqual([
      'KPI “Conversion” bij “A” haalt het doel niet: 1,25% tegenover 12,5% (hoger is beter).',
      'KPI “Conversion” bij “A” haalt het doel niet: 1.250,5 kr tegenover 1.500 kr (hoger is beter).',
    ]);
    expect(of(score(j).findings, 'kpi-miss').map((f) => f.message)).toEqual([
      'KPI “Conversion” at “A” misses its target: 1.25% against 12.5% (higher is better).',
      'KPI “Conversion” at “A” misses its target: 1,250.5 kr against 1,500 kr (higher is better).',
    ]);
  });

  it('never flags a KPI without a target or an actual', () => {
    const j = journey({ touchpoints: [{ id: 'a', kpis: [kpi(null, 3), kpi(5, null)] }] });
    expect(of(score(j).findings, 'kpi-miss')).toEqual([]);
  });

  it('flags phase KPIs on the phase and respects a tolerance', () => {
    const j = journey({ phases: [{ id: 'p1', kpis: [kpi(100, 95)] }], touchpoints: [{ id: 'a' }] });
    expect(ids(score(j).findings, 'kpi-miss')).toEqual(['kpi-miss:kpi/k-100-95-higher+phase/p1']);
    const tolerant = { rules: { 'kpi-miss': { thresholds: { tolerancePercent: 10 } } } };
    expect(of(score(j, { config: tolerant }).findings, 'kpi-miss')).toEqual([]);
  });
});

describe('key-moment-at-risk', () => {
  it('flags a key moment with low emotion or a missed KPI one level above, and leaves others alone', () => {
    const j = journey({
      touchpoints: [
        { id: 'a', isKeyMoment: true, emotion: -1 },
        { id: 'b', isKeyMoment: true, kpis: [{ id: 'k', name: 'NPS', target: 40, actual: 20 }] },
        { id: 'c', isKeyMoment: true, emotion: 1 },
        { id: 'd', emotion: -2 },
      ],
    });
    const found = of(score(j).findings, 'key-moment-at-risk');
    expect(found.map((f) => [f.id, f.severity])).toEqual([
      ['key-moment-at-risk:touchpoint/a', 'critical'],
      ['key-moment-at-risk:touchpoint/b', 'critical'],
    ]);
    expect(found[1]!.message).toBe('Key moment “B” is at risk: KPI “NPS” misses its target.');
  });

  it('raises the severity of the rule behind it, unless its own severity is set', () => {
    const j = journey({ touchpoints: [{ id: 'a', isKeyMoment: true, emotion: -2 }] });
    const infoLow = { rules: { 'emotion-low': { severity: 'info' } } };
    expect(of(score(j, { config: infoLow }).findings, 'key-moment-at-risk')[0]!.severity).toBe('warning');
    const set = { rules: { 'emotion-low': { severity: 'info' }, 'key-moment-at-risk': { severity: 'info' } } };
    expect(of(score(j, { config: set }).findings, 'key-moment-at-risk')[0]!.severity).toBe('info');
  });
});

describe('dead-end', () => {
  const twoPhases = [{ id: 'p1' }, { id: 'p2' }];

  it('flags a touchpoint without a next step outside the last phase', () => {
    const j = journey({
      phases: twoPhases,
      touchpoints: [{ id: 'a' }, { id: 'b' }, { id: 'c', phaseId: 'p2' }],
      steps: chain('a', 'c'),
    });
    expect(ids(score(j).findings, 'dead-end')).toEqual(['dead-end:touchpoint/b']);
  });

  it('respects isEnd and the last phase that holds touchpoints', () => {
    const j = journey({
      phases: [...twoPhases, { id: 'p3' }],
      touchpoints: [{ id: 'a' }, { id: 'b', isEnd: true }, { id: 'c', phaseId: 'p2' }],
      steps: chain('a', 'c'),
    });
    expect(of(score(j).findings, 'dead-end')).toEqual([]);
  });

  it('stays silent for a journey without steps and for a single phase', () => {
    const noSteps = journey({ phases: twoPhases, touchpoints: [{ id: 'a' }, { id: 'b', phaseId: 'p2' }] });
    expect(of(score(noSteps).findings, 'dead-end')).toEqual([]);
    const single = journey({ touchpoints: [{ id: 'a' }, { id: 'b' }, { id: 'c' }], steps: chain('a', 'b') });
    expect(of(score(single).findings, 'dead-end')).toEqual([]);
  });
});

describe('unreachable', () => {
  it('starts from the touchpoints marked as start', () => {
    const j = journey({
      touchpoints: [{ id: 'a' }, { id: 'b', isStart: true }, { id: 'c' }],
      steps: chain('b', 'c'),
    });
    expect(ids(score(j).findings, 'unreachable')).toEqual(['unreachable:touchpoint/a']);
  });

  it('without a marked start, starts from the first phase: its first touchpoint and its entry points', () => {
    const j = journey({
      phases: [{ id: 'p0' }, { id: 'p1' }, { id: 'p2' }],
      touchpoints: [
        { id: 'a', phaseId: 'p1' },
        { id: 'ad', phaseId: 'p1' },
        { id: 'b', phaseId: 'p2' },
        { id: 'orphan', phaseId: 'p2' },
        { id: 'x', phaseId: 'p2' },
      ],
      steps: [...chain('a', 'b'), { from: 'ad', to: 'b' }, { from: 'orphan', to: 'x' }],
    });
    // p0 is empty, so p1 is the first phase; "ad" has no incoming step, so it is an entry point.
    expect(ids(score(j).findings, 'unreachable')).toEqual(['unreachable:touchpoint/orphan', 'unreachable:touchpoint/x']);
  });

  it('counts the first touchpoint as a start even when a step leads back to it', () => {
    const j = journey({ touchpoints: [{ id: 'a' }, { id: 'b' }], steps: chain('a', 'b', 'a') });
    expect(of(score(j).findings, 'unreachable')).toEqual([]);
  });

  it('stays silent for a journey without steps', () => {
    const j = journey({ touchpoints: [{ id: 'a' }, { id: 'b' }] });
    expect(of(score(j).findings, 'unreachable')).toEqual([]);
  });
});

describe('loop', () => {
  it('reports a cycle once, with its touchpoints and the step that leads back', () => {
    const j = journey({
      touchpoints: [{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'd' }],
      steps: [...chain('a', 'b', 'c', 'd'), { from: 'c', to: 'b' }, { from: 'c', to: 'b', label: 'twice' }],
    });
    const loops = of(score(j).findings, 'loop');
    expect(loops).toHaveLength(1);
    expect(loops[0]!.id).toBe('loop:touchpoint/b');
    expect(loops[0]!.targets).toEqual([
      { kind: 'touchpoint', id: 'b' },
      { kind: 'touchpoint', id: 'c' },
      { kind: 'step', id: 's4' },
      { kind: 'step', id: 's5' },
    ]);
  });

  it('reports two interlocking cycles as one loop and separate loops apart', () => {
    const j = journey({
      touchpoints: [{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'd' }, { id: 'e' }],
      steps: [...chain('a', 'b', 'c', 'a'), { from: 'b', to: 'a' }, ...chain('c', 'd', 'e', 'd')],
    });
    expect(ids(score(j).findings, 'loop')).toEqual(['loop:touchpoint/a', 'loop:touchpoint/d']);
  });

  it('reports a self-loop', () => {
    const j = journey({ touchpoints: [{ id: 'a' }, { id: 'b' }], steps: [...chain('a', 'b'), { from: 'b', to: 'b' }] });
    const [finding] = of(score(j).findings, 'loop');
    expect(finding!.id).toBe('loop:touchpoint/b');
    expect(finding!.message).toBe('“B” sends customers back to itself: they have to do it again.');
  });

  it('stays silent on a journey without cycles', () => {
    const j = journey({ touchpoints: [{ id: 'a' }, { id: 'b' }, { id: 'c' }], steps: [...chain('a', 'b', 'c'), { from: 'a', to: 'c' }] });
    expect(of(score(j).findings, 'loop')).toEqual([]);
  });

  it('handles a chain of 50,000 touchpoints closed into one cycle without running out of stack', () => {
    const n = 50_000;
    const touchpoints = Array.from({ length: n }, (_, i) => ({ id: `t${i}` }));
    const steps = Array.from({ length: n }, (_, i) => ({ from: `t${i}`, to: `t${(i + 1) % n}` }));
    const loops = of(score(journey({ touchpoints, steps })).findings, 'loop');
    expect(loops.map((f) => f.id)).toEqual(['loop:touchpoint/t0']);
    expect(loops[0]!.targets.filter((t) => t.kind === 'touchpoint')).toHaveLength(n);
    expect(loops[0]!.message).toContain('and 49997 more');
  });
});

describe('no-channel', () => {
  it('flags touchpoints without a channel as info', () => {
    const j = journey({ channels: [WEB], touchpoints: [{ id: 'a', channelId: 'web' }, { id: 'b' }] });
    expect(of(score(j).findings, 'no-channel').map((f) => [f.id, f.severity])).toEqual([['no-channel:touchpoint/b', 'info']]);
  });
});

describe('no-conversion', () => {
  it('flags a call to action on a channel that cannot convert', () => {
    const j = journey({
      channels: [WEB, PHONE],
      touchpoints: [{ id: 'a', channelId: 'phone', callToAction: 'Buy now' }, { id: 'b', channelId: 'web', callToAction: 'Buy now' }],
    });
    expect(ids(score(j).findings, 'no-conversion')).toEqual(['no-conversion:touchpoint/a']);
  });

  it('stays silent when a step leads on to a channel that converts, or without a call to action', () => {
    const j = journey({
      channels: [WEB, EMAIL],
      touchpoints: [
        { id: 'mail', channelId: 'email', callToAction: 'Book now' },
        { id: 'shop', channelId: 'web' },
        { id: 'news', channelId: 'email', callToAction: '  ' },
      ],
      steps: [{ from: 'mail', to: 'shop', handoff: 'full' }],
    });
    expect(of(score(j).findings, 'no-conversion')).toEqual([]);
  });
});

describe('empty-phase', () => {
  it('flags phases without touchpoints', () => {
    const j = journey({ phases: [{ id: 'p1' }, { id: 'p2' }], touchpoints: [{ id: 'a' }] });
    expect(ids(score(j).findings, 'empty-phase')).toEqual(['empty-phase:phase/p2']);
  });
});

describe('no-service', () => {
  const phases = [{ id: 'buy' }, { id: 'use', cycle: 'use' as const }];

  it('flags a use cycle without a service touchpoint, on the use phases', () => {
    const j = journey({ phases, channels: [WEB, PHONE], touchpoints: [{ id: 'call', channelId: 'phone' }, { id: 'app', phaseId: 'use', channelId: 'web' }] });
    expect(ids(score(j).findings, 'no-service')).toEqual(['no-service:phase/use']);
  });

  it('is satisfied by a service team or a service channel in the use cycle', () => {
    const byTeam = journey({ phases, touchpoints: [{ id: 'a', phaseId: 'use', ownerTeam: 'contact-center' }] });
    const byChannel = journey({ phases, channels: [PHONE], touchpoints: [{ id: 'a', phaseId: 'use', channelId: 'phone' }] });
    expect(of(score(byTeam).findings, 'no-service')).toEqual([]);
    expect(of(score(byChannel).findings, 'no-service')).toEqual([]);
  });

  it('stays silent without a use cycle and follows configured service teams', () => {
    expect(of(score(journey({ touchpoints: [{ id: 'a' }] })).findings, 'no-service')).toEqual([]);
    const j = journey({ phases, touchpoints: [{ id: 'a', phaseId: 'use', ownerTeam: 'shop' }] });
    expect(of(score(j).findings, 'no-service')).toHaveLength(1);
    const config = { rules: { 'no-service': { thresholds: { teams: ['shop'] } } } };
    expect(of(score(j, { config }).findings, 'no-service')).toEqual([]);
  });
});

describe('high-effort', () => {
  it('flags a phase whose summed effort passes the threshold', () => {
    const j = journey({
      phases: [{ id: 'p1' }, { id: 'p2' }],
      touchpoints: [{ id: 'a', effort: 5 }, { id: 'b', effort: 5 }, { id: 'c', effort: 3 }, { id: 'd', phaseId: 'p2', effort: 5 }],
    });
    const found = of(score(j).findings, 'high-effort');
    expect(found.map((f) => f.id)).toEqual(['high-effort:phase/p1']);
    expect(found[0]!.message).toBe('Phase “P1” asks a lot of customers: a total effort of 13 (more than 12).');
  });

  it('flags a phase with more steps inside it than the threshold', () => {
    const touchpoints = Array.from({ length: 4 }, (_, i) => ({ id: `t${i}`, effort: 0 }));
    const j = journey({ touchpoints, steps: chain('t0', 't1', 't2', 't3'), scoring: { rules: { 'high-effort': { thresholds: { maxSteps: 2 } } } } });
    expect(of(score(j).findings, 'high-effort')[0]!.message).toContain('3 steps (more than 2)');
    const relaxed = { rules: { 'high-effort': { thresholds: { maxSteps: 3 } } } };
    expect(of(score(j, { config: relaxed }).findings, 'high-effort')).toEqual([]);
  });
});

describe('edge cases', () => {
  it('scores an empty journey without findings', () => {
    const j = journey({ phases: [] });
    expect(score(j)).toEqual({
      findings: [],
      touchpointScores: {},
      phaseScores: {},
      journeyScore: 90,
      counts: { info: 0, warning: 0, critical: 0 },
    });
  });

  it('can switch a rule off', () => {
    const j = journey({ touchpoints: [{ id: 'a', emotion: -2 }] });
    expect(of(score(j, { config: { rules: { 'emotion-low': { enabled: false } } } }).findings, 'emotion-low')).toEqual([]);
  });

  it('throws a clear error for steps that point at unknown touchpoints', () => {
    const j = journey({ touchpoints: [{ id: 'a' }] });
    j.steps.push({ id: 's9', from: 'a', to: 'ghost', label: '', handoff: null });
    expect(() => score(j)).toThrow('steps[0].to: unknown touchpoint "ghost"');
  });

  it('names every unknown step end in the order of the journey\'s steps, whatever their ids', () => {
    const j = journey({ touchpoints: [{ id: 'a' }, { id: 'b' }] });
    j.steps.push(
      { id: 's9', from: 'ghost', to: 'a', label: '', handoff: null },
      { id: 's1', from: 'a', to: 'b', label: '', handoff: null },
      { id: 's0', from: 'b', to: 'phantom', label: '', handoff: null },
    );
    expect(() => score(j)).toThrow(
      'cannot score this journey:\nsteps[0].from: unknown touchpoint "ghost"\nsteps[2].to: unknown touchpoint "phantom"',
    );
  });

  it('throws for a touchpoint in an unknown phase and for duplicate touchpoint ids', () => {
    const unknownPhase = journey({ touchpoints: [{ id: 'a' }] });
    unknownPhase.touchpoints[0]!.phaseId = 'nowhere';
    expect(() => score(unknownPhase)).toThrow('touchpoints[0].phaseId: unknown phase "nowhere"');
    const duplicate = journey({ touchpoints: [{ id: 'a' }, { id: 'b' }] });
    duplicate.touchpoints[1]!.id = 'a';
    expect(() => score(duplicate)).toThrow('touchpoints: duplicate id "a"');
  });
});

describe('messages', () => {
  it('quote titles and names with “…” in both languages, as the rest of the product does', () => {
    const big = JSON.parse(readFileSync(new URL('./data/generated-300.json', import.meta.url), 'utf8')) as Parameters<typeof score>[0];
    for (const locale of ['en', 'nl'] as const) {
      const { findings } = score(big, { locale });
      expect(new Set(findings.map((f) => f.ruleId)).size).toBeGreaterThan(8);
      for (const { message, suggestion } of findings) {
        expect(`${message} ${suggestion}`).not.toContain('"');
        expect(message.split('“').length).toBe(message.split('”').length);
      }
      expect(findings.filter((f) => f.message.includes('“')).length).toBeGreaterThan(findings.length / 2);
    }
  });
});
