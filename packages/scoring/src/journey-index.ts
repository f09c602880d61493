// A read-only index of a journey, built once per scoring pass: phases and touchpoints in
// map order (phase order, then order within the phase, then id), steps by id, and the step
// graph as compact adjacency arrays so the path rules stay fast on very large maps.
import type { Channel, Journey, Phase, Step, Touchpoint } from '@touchpoint/model';

export interface IndexedStep {
  step: Step;
  from: number;
  to: number;
}

export interface JourneyIndex {
  phases: Phase[];
  phaseById: Map<string, Phase>;
  /** Position of each phase in `phases`. */
  phaseRank: Map<string, number>;
  /** Touchpoints in map order; graph nodes are positions in this array. */
  touchpoints: Touchpoint[];
  touchpointIndex: Map<string, number>;
  /** For each phase position, the positions of its touchpoints in map order. */
  touchpointsByPhase: number[][];
  /** Phase position of each touchpoint. */
  phaseOf: Int32Array;
  channelById: Map<string, Channel>;
  /** Steps sorted by id. */
  steps: IndexedStep[];
  /** Outgoing steps of node i: positions in `steps` from outStart[i] to outStart[i+1]. */
  outStart: Int32Array;
  outSteps: Int32Array;
  inDegree: Int32Array;
}

export class ScoringInputError extends Error {
  constructor(problems: string[]) {
    super(`cannot score this journey:\n${problems.join('\n')}`);
    this.name = 'ScoringInputError';
  }
}

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function indexJourney(journey: Journey): JourneyIndex {
  const problems: string[] = [];
  const phases = [...journey.phases].sort((a, b) => a.order - b.order || byString(a.id, b.id));
  const phaseById = new Map(phases.map((p) => [p.id, p]));
  const phaseRank = new Map(phases.map((p, i) => [p.id, i]));
  const channelById = new Map(journey.channels.map((c) => [c.id, c]));

  journey.touchpoints.forEach((t, i) => {
    if (!phaseRank.has(t.phaseId)) problems.push(`touchpoints[${i}].phaseId: unknown phase "${t.phaseId}"`);
  });
  if (problems.length > 0) throw new ScoringInputError(problems);

  const touchpoints = [...journey.touchpoints].sort(
    (a, b) => phaseRank.get(a.phaseId)! - phaseRank.get(b.phaseId)! || a.order - b.order || byString(a.id, b.id),
  );
  const touchpointIndex = new Map<string, number>();
  const touchpointsByPhase: number[][] = phases.map(() => []);
  const phaseOf = new Int32Array(touchpoints.length);
  touchpoints.forEach((t, i) => {
    if (touchpointIndex.has(t.id)) problems.push(`touchpoints: duplicate id "${t.id}"`);
    touchpointIndex.set(t.id, i);
    const rank = phaseRank.get(t.phaseId)!;
    phaseOf[i] = rank;
    touchpointsByPhase[rank]!.push(i);
  });

  const steps: IndexedStep[] = [];
  journey.steps.forEach((step, i) => {
    const from = touchpointIndex.get(step.from);
    const to = touchpointIndex.get(step.to);
    if (from === undefined) problems.push(`steps[${i}].from: unknown touchpoint "${step.from}"`);
    if (to === undefined) problems.push(`steps[${i}].to: unknown touchpoint "${step.to}"`);
    if (from !== undefined && to !== undefined) steps.push({ step, from, to });
  });
  if (problems.length > 0) throw new ScoringInputError(problems);
  steps.sort((a, b) => byString(a.step.id, b.step.id));

  const n = touchpoints.length;
  const outStart = new Int32Array(n + 1);
  const inDegree = new Int32Array(n);
  for (const s of steps) {
    outStart[s.from + 1] = outStart[s.from + 1]! + 1;
    inDegree[s.to] = inDegree[s.to]! + 1;
  }
  for (let i = 0; i < n; i++) outStart[i + 1] = outStart[i + 1]! + outStart[i]!;
  const fill = outStart.slice(0, n);
  const outSteps = new Int32Array(steps.length);
  steps.forEach((s, k) => {
    const at = fill[s.from]!;
    outSteps[at] = k;
    fill[s.from] = at + 1;
  });

  return {
    phases,
    phaseById,
    phaseRank,
    touchpoints,
    touchpointIndex,
    touchpointsByPhase,
    phaseOf,
    channelById,
    steps,
    outStart,
    outSteps,
    inDegree,
  };
}
