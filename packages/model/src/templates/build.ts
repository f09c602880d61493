// Turns a template spec into a plain journey in one language.
import type { Journey, Kpi, Locale } from '../schema.ts';
import { assertJourney } from '../validation.ts';
import type { KpiSpec, TemplateSpec, Text } from './spec.ts';

export function buildFromSpec(spec: TemplateSpec, locale: Locale, journeyId: string): Journey {
  const t = (text: Text | undefined): string => (text ? text[locale] : '');
  const kpis = (owner: string, list: KpiSpec[] | undefined): Kpi[] =>
    (list ?? []).map((k) => ({
      id: `k-${owner}-${k.key}`,
      name: t(k.name),
      unit: typeof k.unit === 'string' ? k.unit : t(k.unit),
      target: k.target,
      actual: k.actual,
      direction: k.direction ?? 'higher',
    }));
  const phaseOrder = new Map(spec.phases.map((p, i) => [p.key, i]));
  const counters = new Map<string, number>();
  const touchpoints = [...spec.touchpoints]
    .sort((a, b) => (phaseOrder.get(a.phase) ?? 0) - (phaseOrder.get(b.phase) ?? 0))
    .map((tp) => {
      const order = counters.get(tp.phase) ?? 0;
      counters.set(tp.phase, order + 1);
      return {
        id: `t-${tp.key}`,
        phaseId: `p-${tp.phase}`,
        order,
        title: t(tp.title),
        channelId: `c-${tp.channel}`,
        goal: t(tp.goal),
        description: t(tp.description),
        emotion: tp.emotion,
        effort: tp.effort,
        isKeyMoment: tp.isKeyMoment ?? false,
        isWowMoment: tp.isWowMoment ?? false,
        isStart: tp.isStart ?? false,
        isEnd: tp.isEnd ?? false,
        callToAction: t(tp.callToAction),
        ownerTeam: tp.ownerTeam,
        kpis: kpis(`t-${tp.key}`, tp.kpis),
        notes: t(tp.notes),
      };
    });
  const journey: Journey = {
    schemaVersion: 1,
    id: journeyId,
    title: t(spec.title),
    description: t(spec.journeyDescription),
    campaign: t(spec.campaign),
    locale,
    personas: spec.personas.map((p) => ({
      id: `u-${p.key}`,
      name: t(p.name),
      description: t(p.description),
      goals: p.goals.map(t),
    })),
    channels: spec.channels.map((c) => ({ id: `c-${c.key}`, name: t(c.name), kind: c.kind, canConvert: c.canConvert })),
    phases: spec.phases.map((p, order) => ({
      id: `p-${p.key}`,
      name: t(p.name),
      order,
      cycle: p.cycle,
      description: t(p.description),
      kpis: kpis(`p-${p.key}`, p.kpis),
    })),
    touchpoints,
    // In the order toJSON reads them back (by the position of their ends), so a template
    // round-trips through a document unchanged.
    steps: sortSteps(spec.steps, touchpoints.map((tp) => tp.id)).map((s) => ({
      id: `s-${s.from}-${s.to}`,
      from: `t-${s.from}`,
      to: `t-${s.to}`,
      label: t(s.label),
      handoff: s.handoff ?? null,
    })),
    scoring: {},
    comments: [],
  };
  // A template is code: a broken reference in one is a bug, reported with its path.
  return assertJourney(journey);
}

function sortSteps<S extends { from: string; to: string }>(steps: readonly S[], touchpointIds: string[]): S[] {
  const position = new Map(touchpointIds.map((id, i) => [id, i]));
  const at = (key: string) => position.get(`t-${key}`) ?? -1;
  return [...steps].sort((a, b) => at(a.from) - at(b.from) || at(a.to) - at(b.to));
}
