import { describe, expect, it } from 'vitest';
import { buildTemplate, channelSwitches, type Journey } from '@touchpoint/model';
import { audiences, buildLookbook, channelPhrase, kpiMet, switchInstruction, type LookbookScore } from './content.ts';

const journey = buildTemplate('insurance-application');

function withHandoff(j: Journey, stepId: string, handoff: 'full' | 'partial' | 'none' | null): Journey {
  return { ...j, steps: j.steps.map((s) => (s.id === stepId ? { ...s, handoff } : s)) };
}

describe('audiences', () => {
  it('lists everyone and then the owner teams the journey has', () => {
    const list = audiences(journey);
    expect(list[0]).toBe('all');
    expect(list).toContain('contact-center');
    expect(list).toContain('web');
    expect(new Set(list).size).toBe(list.length);
    const teams = new Set(journey.touchpoints.map((t) => t.ownerTeam));
    expect(list.length).toBe(teams.size + 1);
  });
});

describe('buildLookbook', () => {
  it('leaves the comments out: they are the team’s discussion, not the staff briefing', () => {
    const card = journey.touchpoints[0]!;
    const comment = { id: 'm1', touchpointId: card.id, author: 'Anna', text: 'Internal: rethink this card', createdAt: '2025-03-01T09:30:00.000Z', resolved: false };
    const content = buildLookbook({ ...journey, comments: [comment] }, null, 'all', 'en');
    expect(content).toEqual(buildLookbook(journey, null, 'all', 'en'));
    expect(JSON.stringify(content)).not.toContain('rethink');
  });

  it('shows every phase and touchpoint to everyone', () => {
    const content = buildLookbook(journey, null, 'all', 'en');
    expect(content.phases.map((p) => p.phase.id)).toEqual(journey.phases.map((p) => p.id));
    expect(content.touchpointCount).toBe(journey.touchpoints.length);
    expect(content.switches).toHaveLength(channelSwitches(journey).length);
  });

  it('tells for each touchpoint where customers come from and where they go next, in map order', () => {
    const content = buildLookbook(journey, null, 'all', 'en');
    const brief = (id: string) => content.phases.flatMap((p) => p.touchpoints).find((t) => t.touchpoint.id === id)!;
    const title = (id: string) => journey.touchpoints.find((t) => t.id === id)!.title;
    // The risk questions lead online to the confirmation and, by phone, to the call; the
    // confirmation is reached from both the questions and the agent.
    expect(brief('t-risk').next.map((t) => t.id)).toEqual(['t-call', 't-confirm']);
    expect(brief('t-confirm').cameFrom.map((t) => t.id)).toEqual(['t-risk', 't-agent']);
    expect(brief('t-confirm').cameFrom.map((t) => t.title)).toEqual([title('t-risk'), title('t-agent')]);
    // The start has nothing before it.
    const start = journey.touchpoints.find((t) => t.isStart)!;
    expect(brief(start.id).cameFrom).toEqual([]);
  });

  it('shows a team only its touchpoints, plus the switches into its channels', () => {
    const content = buildLookbook(journey, null, 'contact-center', 'en');
    const shown = content.phases.flatMap((p) => p.touchpoints.map((t) => t.touchpoint));
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.every((t) => t.ownerTeam === 'contact-center')).toBe(true);
    expect(shown.length).toBe(journey.touchpoints.filter((t) => t.ownerTeam === 'contact-center').length);
    const teamChannels = new Set(shown.map((t) => t.channelId));
    expect(content.switches.length).toBeGreaterThan(0);
    for (const sw of content.switches) expect(teamChannels.has(sw.toChannel.id) || sw.to.ownerTeam === 'contact-center').toBe(true);
    // Every switch into a contact-center channel is there.
    const expected = channelSwitches(journey).filter((sw) => teamChannels.has(sw.toChannel.id) || sw.to.ownerTeam === 'contact-center');
    expect(content.switches.map((s) => s.stepId).sort()).toEqual(expected.map((s) => s.step.id).sort());
    // Phases with nothing for the team are left out.
    for (const phase of content.phases) expect(phase.touchpoints.length + phase.switches.length).toBeGreaterThan(0);
  });

  it('keeps only the findings about what the team sees, most severe first', () => {
    const cc = journey.touchpoints.find((t) => t.ownerTeam === 'contact-center')!;
    const web = journey.touchpoints.find((t) => t.ownerTeam === 'web')!;
    const score: LookbookScore = {
      journeyScore: 70,
      counts: { critical: 1, warning: 1, info: 0 },
      findings: [
        { id: 'a', ruleId: 'emotion-low', severity: 'warning', targets: [{ kind: 'touchpoint', id: cc.id }], message: 'Low', suggestion: 'Fix' },
        { id: 'b', ruleId: 'dead-end', severity: 'critical', targets: [{ kind: 'touchpoint', id: web.id }], message: 'Dead', suggestion: 'Link' },
      ],
    };
    const all = buildLookbook(journey, score, 'all', 'en');
    expect(all.findings.map((f) => f.finding.id)).toEqual(['b', 'a']);
    expect(all.findings[1]!.places).toEqual([cc.title]);
    const team = buildLookbook(journey, score, 'contact-center', 'en');
    expect(team.findings.map((f) => f.finding.id)).toEqual(['a']);
    const card = team.phases.flatMap((p) => p.touchpoints).find((t) => t.touchpoint.id === cc.id)!;
    expect(card.findings.map((f) => f.finding.id)).toEqual(['a']);
  });

  it('counts the findings the reader sees: a team its own, everyone the whole journey', () => {
    const cc = journey.touchpoints.find((t) => t.ownerTeam === 'contact-center')!;
    const web = journey.touchpoints.find((t) => t.ownerTeam === 'web')!;
    const finding = (id: string, severity: 'critical' | 'warning' | 'info', touchpoint: string) => ({
      id,
      ruleId: 'emotion-low',
      severity,
      targets: [{ kind: 'touchpoint', id: touchpoint }],
      message: id,
      suggestion: '',
    });
    const score: LookbookScore = {
      journeyScore: 55,
      counts: { critical: 2, warning: 2, info: 1 },
      findings: [finding('a', 'critical', web.id), finding('b', 'critical', cc.id), finding('c', 'warning', web.id), finding('d', 'warning', web.id), finding('e', 'info', cc.id)],
    };
    expect(buildLookbook(journey, score, 'all', 'en').counts).toEqual({ critical: 2, warning: 2, info: 1 });
    expect(buildLookbook(journey, score, 'contact-center', 'en').counts).toEqual({ critical: 1, warning: 0, info: 1 });
    expect(buildLookbook(journey, null, 'contact-center', 'en').counts).toEqual({ critical: 0, warning: 0, info: 0 });
  });

  it('keeps every finding but only the suggestions staff can act on', () => {
    const [first] = journey.touchpoints;
    const on = (ruleId: string, suggestion: string) => ({
      id: ruleId,
      ruleId,
      severity: 'warning' as const,
      targets: [{ kind: 'touchpoint', id: first!.id }],
      message: `About ${ruleId}`,
      suggestion,
    });
    const score: LookbookScore = {
      journeyScore: 70,
      counts: { critical: 0, warning: 3, info: 0 },
      findings: [
        on('kpi-miss', 'Find out why “NPS” falls short here and agree on an improvement with the team that owns it.'),
        on('switch-no-handoff', 'Find out what is passed on at this switch and record it as the handoff (full, partial or none).'),
        on('emotion-low', 'Reassure them with clear information.'),
      ],
    };
    const findings = buildLookbook(journey, score, 'all', 'en').findings;
    expect(findings.map((f) => f.finding.message)).toEqual(['About kpi-miss', 'About switch-no-handoff', 'About emotion-low']);
    expect(findings.map((f) => f.suggestion)).toEqual([null, null, 'Reassure them with clear information.']);
  });

  it('lists a finding under every card it names, once each', () => {
    const [first, second] = journey.touchpoints;
    const score: LookbookScore = {
      journeyScore: 70,
      counts: { critical: 0, warning: 1, info: 0 },
      findings: [
        {
          id: 'loop',
          ruleId: 'loop',
          severity: 'warning',
          targets: [{ kind: 'touchpoint', id: first!.id }, { kind: 'touchpoint', id: second!.id }, { kind: 'touchpoint', id: first!.id }],
          message: 'Loop',
          suggestion: 'Break it',
        },
      ],
    };
    const cards = buildLookbook(journey, score, 'all', 'en').phases.flatMap((p) => p.touchpoints);
    const findingsOf = (id: string) => cards.find((c) => c.touchpoint.id === id)!.findings.map((f) => f.finding.id);
    expect(findingsOf(first!.id)).toEqual(['loop']);
    expect(findingsOf(second!.id)).toEqual(['loop']);
    expect(cards.filter((c) => c.findings.length > 0)).toHaveLength(2);
  });

  it('names each place of a finding once: not a card again when a step to it is named', () => {
    const step = journey.steps[0]!;
    const from = journey.touchpoints.find((t) => t.id === step.from)!;
    const to = journey.touchpoints.find((t) => t.id === step.to)!;
    const other = journey.touchpoints.find((t) => t.id !== step.from && t.id !== step.to)!;
    const score: LookbookScore = {
      journeyScore: 70,
      counts: { critical: 1, warning: 0, info: 0 },
      findings: [
        {
          id: 'switch',
          ruleId: 'switch-no-handoff',
          severity: 'critical',
          targets: [{ kind: 'step', id: step.id }, { kind: 'touchpoint', id: to.id }, { kind: 'touchpoint', id: other.id }, { kind: 'touchpoint', id: other.id }],
          message: 'Starts over',
          suggestion: 'Pass it on',
        },
      ],
    };
    expect(buildLookbook(journey, score, 'all', 'en').findings[0]!.places).toEqual([`${from.title} → ${to.title}`, other.title]);
  });

  it('marks KPIs as met or missed by their direction', () => {
    expect(kpiMet({ id: 'k', name: 'NPS', unit: '', target: 50, actual: 60, direction: 'higher' })).toBe(true);
    expect(kpiMet({ id: 'k', name: 'Wait', unit: 's', target: 60, actual: 90, direction: 'lower' })).toBe(false);
    expect(kpiMet({ id: 'k', name: 'X', unit: '', target: 1, actual: null, direction: 'higher' })).toBeNull();
  });
});

describe('switchInstruction', () => {
  const sw = channelSwitches(journey)[0]!;
  const instruction = (handoff: 'full' | 'partial' | 'none' | null, locale: 'en' | 'nl' = 'en') =>
    switchInstruction(channelSwitches(withHandoff(journey, sw.step.id, handoff)).find((s) => s.step.id === sw.step.id)!, locale);

  it('names both channels and touchpoints', () => {
    const text = instruction('full');
    expect(text).toContain(sw.fromChannel.name);
    expect(text).toContain(sw.toChannel.name);
    expect(text).toContain(sw.from.title);
    expect(text).toContain(sw.to.title);
  });

  it('says what to do for each handoff level', () => {
    expect(instruction('full')).toMatch(/Full handoff: everything .* comes along.*do not ask again/);
    expect(instruction('partial')).toMatch(/Partial handoff.*ask only for what is missing/);
    expect(instruction('none')).toMatch(/No handoff.*start over.*Report this gap/);
    expect(instruction(null)).toMatch(/Handoff not specified/);
    expect(new Set([instruction('full'), instruction('partial'), instruction('none'), instruction(null)]).size).toBe(4);
  });

  it('tells the receiving channel how to find the customer', () => {
    const phoneSwitch = channelSwitches(journey).find((s) => s.toChannel.kind === 'phone');
    expect(phoneSwitch).toBeDefined();
    expect(switchInstruction(phoneSwitch!, 'en')).toMatch(/phone number or reference/i);
  });

  it('speaks Dutch', () => {
    expect(instruction('none', 'nl')).toMatch(/Geen overdracht.*opnieuw moeten beginnen/);
  });

  it('names a channel so that any name reads right, in both languages', () => {
    expect(channelPhrase('Website', 'en')).toBe('the Website channel');
    expect(channelPhrase('Partner channel', 'en')).toBe('the Partner channel');
    expect(channelPhrase('Vergelijkingssite', 'nl')).toBe('het kanaal Vergelijkingssite');
    expect(channelPhrase('Saleskanaal', 'nl')).toBe('het Saleskanaal');
  });

  it('puts the channel a customer comes from in a sentence, without a comma before “and”/“en”', () => {
    const dutch = buildTemplate('insurance-application', { locale: 'nl' });
    const fromCompare = channelSwitches(dutch).find((s) => s.fromChannel.name === 'Vergelijkingssite')!;
    expect(fromCompare).toBeDefined();
    const at = (handoff: 'none' | null, locale: 'en' | 'nl') => {
      const j = withHandoff(dutch, fromCompare.step.id, handoff);
      return switchInstruction(channelSwitches(j).find((s) => s.step.id === fromCompare.step.id)!, locale);
    };
    expect(at(null, 'nl')).toContain('Vraag wat de klant al via het kanaal Vergelijkingssite deed,');
    expect(at('none', 'nl')).toContain('Vraag wat de klant via het kanaal Vergelijkingssite deed,');
    expect(at(null, 'en')).toContain('Ask what they already did via the Vergelijkingssite channel,');
    expect(at(null, 'nl')).toMatch(/^Bij “[^”]+” gaat de klant van het kanaal Vergelijkingssite naar het kanaal Website: “/);
    for (const handoff of ['none', null] as const) {
      for (const locale of ['en', 'nl'] as const) {
        const text = at(handoff, locale);
        expect(text).not.toMatch(/ (in|via) Vergelijkingssite\b/);
        expect(text).not.toMatch(/, (en|and) /);
      }
    }
  });
});
