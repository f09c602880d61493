// A read-only index of a journey, built once per scoring pass: phases and touchpoints in
// map order (phase order, then order within the phase, then id), steps by the positions of
// their ends, and the step graph as compact adjacency arrays (typed arrays of positions) so
// the rules work with numbers instead of id lookups and stay fast on very large maps.
import type { Channel, Journey, Phase, Step, Touchpoint } from '@touchpoint/model';

export interface JourneyIndex {
  phases: Phase[];
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
  /**
   * Channel of each touchpoint: its position in `channelList`, -1 without a channel, -2
   * for a channel id the journey does not define.
   */
  channelOf: Int32Array;
  /** The channels by position (for `channelOf`). */
  channelList: Channel[];
  /** Steps in map order: by the positions of their touchpoints (from, then to), then by id. */
  steps: Step[];
  /** Positions of each step's touchpoints. */
  stepFrom: Int32Array;
  stepTo: Int32Array;
  /**
   * Outgoing steps of node i: entries outStart[i] to outStart[i+1] of `outSteps` (step
   * positions, ascending) and `outTo` (the touchpoints they lead to).
   */
  outStart: Int32Array;
  outSteps: Int32Array;
  outTo: Int32Array;
  inDegree: Int32Array;
}

export class ScoringInputError extends Error {
  constructor(problems: string[]) {
    super(`cannot score this journey:\n${problems.join('\n')}`);
    this.name = 'ScoringInputError';
  }
}

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Sorts `items` with `compare`, skipping the sort when they are already in order. */
function sorted<T>(items: readonly T[], compare: (a: T, b: T) => number): T[] {
  for (let i = 1; i < items.length; i++) {
    if (compare(items[i - 1]!, items[i]!) > 0) return [...items].sort(compare);
  }
  return items.slice();
}

export function indexJourney(journey: Journey): JourneyIndex {
  const problems: string[] = [];
  const phases = sorted(journey.phases, (a, b) => a.order - b.order || byString(a.id, b.id));
  const phaseRank = new Map<string, number>();
  for (let i = 0; i < phases.length; i++) phaseRank.set(phases[i]!.id, i);
  const channelById = new Map<string, Channel>();
  for (const c of journey.channels) channelById.set(c.id, c);
  const channelList = [...channelById.values()];
  const channelPosition = new Map<string, number>();
  for (let i = 0; i < channelList.length; i++) channelPosition.set(channelList[i]!.id, i);

  // The phase rank of each touchpoint as given (touchpoints of one phase usually come
  // together, so the last lookup is reused), then positions sorted by (rank, order, id).
  const input = journey.touchpoints;
  const n = input.length;
  const rankOfInput = new Int32Array(n);
  let lastPhaseId: string | undefined;
  let lastRank: number | undefined;
  for (let i = 0; i < n; i++) {
    const phaseId = input[i]!.phaseId;
    if (phaseId !== lastPhaseId) {
      lastPhaseId = phaseId;
      lastRank = phaseRank.get(phaseId);
    }
    if (lastRank === undefined) problems.push(`touchpoints[${i}].phaseId: unknown phase "${phaseId}"`);
    else rankOfInput[i] = lastRank;
  }
  if (problems.length > 0) throw new ScoringInputError(problems);
  const compareInput = (a: number, b: number) =>
    rankOfInput[a]! - rankOfInput[b]! || input[a]!.order - input[b]!.order || byString(input[a]!.id, input[b]!.id);
  let inMapOrder = true;
  for (let i = 1; i < n && inMapOrder; i++) inMapOrder = compareInput(i - 1, i) <= 0;
  let touchpointOrder: number[] | undefined;
  if (!inMapOrder) {
    touchpointOrder = new Array<number>(n);
    for (let i = 0; i < n; i++) touchpointOrder[i] = i;
    touchpointOrder.sort(compareInput);
  }

  const touchpoints: Touchpoint[] = new Array(n);
  const touchpointIndex = new Map<string, number>();
  const touchpointsByPhase: number[][] = phases.map(() => []);
  const phaseOf = new Int32Array(n);
  const channelOf = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const from = touchpointOrder === undefined ? i : touchpointOrder[i]!;
    const t = input[from]!;
    touchpoints[i] = t;
    const size = touchpointIndex.size;
    touchpointIndex.set(t.id, i);
    if (touchpointIndex.size === size) problems.push(`touchpoints: duplicate id "${t.id}"`);
    const rank = rankOfInput[from]!;
    phaseOf[i] = rank;
    touchpointsByPhase[rank]!.push(i);
    channelOf[i] = t.channelId === null ? -1 : (channelPosition.get(t.channelId) ?? -2);
  }

  // Steps in map order: by the positions of their ends, then by id. That is the order in
  // which the model reads them from a document, so for a journey from the editor this is
  // one pass that finds them in order; other journeys (imported files) are sorted by those
  // positions, with ids compared only between steps with the same ends.
  const inputSteps = journey.steps;
  const m = inputSteps.length;
  const fromOfInput = new Int32Array(m);
  const toOfInput = new Int32Array(m);
  let unknownEnds = false;
  let lastFromId: string | undefined;
  let lastFrom: number | undefined;
  for (let k = 0; k < m; k++) {
    const step = inputSteps[k]!;
    // Steps out of one touchpoint usually come together: reuse the last lookup.
    if (step.from !== lastFromId) {
      lastFromId = step.from;
      lastFrom = touchpointIndex.get(step.from);
    }
    const to = touchpointIndex.get(step.to);
    if (lastFrom === undefined || to === undefined) {
      unknownEnds = true;
      continue;
    }
    fromOfInput[k] = lastFrom;
    toOfInput[k] = to;
  }
  if (unknownEnds) {
    // Reported in the order of the journey's steps, as a reader would look for them.
    inputSteps.forEach((step, i) => {
      if (!touchpointIndex.has(step.from)) problems.push(`steps[${i}].from: unknown touchpoint "${step.from}"`);
      if (!touchpointIndex.has(step.to)) problems.push(`steps[${i}].to: unknown touchpoint "${step.to}"`);
    });
  }
  if (problems.length > 0) throw new ScoringInputError(problems);

  const compareSteps = (a: number, b: number) =>
    fromOfInput[a]! - fromOfInput[b]! || toOfInput[a]! - toOfInput[b]! || byString(inputSteps[a]!.id, inputSteps[b]!.id);
  let stepsInOrder = true;
  for (let k = 1; k < m && stepsInOrder; k++) stepsInOrder = compareSteps(k - 1, k) < 0;
  let steps: Step[];
  let stepFrom: Int32Array;
  let stepTo: Int32Array;
  if (stepsInOrder) {
    steps = inputSteps.slice();
    stepFrom = fromOfInput;
    stepTo = toOfInput;
  } else {
    const stepOrder = new Array<number>(m);
    for (let k = 0; k < m; k++) stepOrder[k] = k;
    stepOrder.sort(compareSteps);
    steps = new Array(m);
    stepFrom = new Int32Array(m);
    stepTo = new Int32Array(m);
    for (let k = 0; k < m; k++) {
      const from = stepOrder[k]!;
      steps[k] = inputSteps[from]!;
      stepFrom[k] = fromOfInput[from]!;
      stepTo[k] = toOfInput[from]!;
    }
  }

  const outStart = new Int32Array(n + 1);
  const inDegree = new Int32Array(n);
  for (let k = 0; k < m; k++) {
    const from = stepFrom[k]!;
    const to = stepTo[k]!;
    outStart[from + 1] = outStart[from + 1]! + 1;
    inDegree[to] = inDegree[to]! + 1;
  }
  for (let i = 0; i < n; i++) outStart[i + 1] = outStart[i + 1]! + outStart[i]!;
  const fill = outStart.slice(0, n);
  const outSteps = new Int32Array(m);
  const outTo = new Int32Array(m);
  for (let k = 0; k < m; k++) {
    const from = stepFrom[k]!;
    const at = fill[from]!;
    fill[from] = at + 1;
    outSteps[at] = k;
    outTo[at] = stepTo[k]!;
  }

  return {
    phases,
    phaseRank,
    touchpoints,
    touchpointIndex,
    touchpointsByPhase,
    phaseOf,
    channelById,
    channelOf,
    channelList,
    steps,
    stepFrom,
    stepTo,
    outStart,
    outSteps,
    outTo,
    inDegree,
  };
}
