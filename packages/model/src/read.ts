// Readers from the Yjs layout to plain values. They never trust what is in the document
// (any client could have written anything), falling back to defaults field by field.
import { CHANNEL_KEYS as C, COMMENT_KEYS as M, KPI_KEYS as K, keyOf, PERSONA_KEYS as U, PHASE_KEYS as P, STEP_KEYS as S, stepEnds, TOUCHPOINT_KEYS as T, type YEntity } from './layout.ts';
import {
  CHANNEL_KINDS,
  CYCLES,
  EFFORT_MAX,
  EFFORT_MIN,
  EMOTION_MAX,
  EMOTION_MIN,
  HANDOFFS,
  COMMENT_AUTHOR_MAX,
  COMMENT_TEXT_MAX,
  KPI_DIRECTIONS,
  OWNER_TEAMS,
  type Channel,
  type Comment,
  type Kpi,
  type Persona,
  type Phase,
  type Step,
  type Touchpoint,
} from './schema.ts';

const str = (v: unknown, fallback = ''): string => (typeof v === 'string' ? v : fallback);
const bool = (v: unknown): boolean => v === true;
const numOrNull = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const int = (v: unknown, min: number, max: number, fallback: number): number =>
  typeof v === 'number' && Number.isFinite(v) ? Math.min(max, Math.max(min, Math.round(v))) : fallback;
const oneOf = <T extends string>(values: readonly T[], v: unknown, fallback: T): T =>
  (values as readonly unknown[]).includes(v) ? (v as T) : fallback;
const name = (v: unknown): string => {
  const s = str(v).trim();
  return s === '' ? 'Untitled' : s;
};

export function readKpi(map: YEntity): Kpi {
  return {
    id: keyOf(map),
    name: name(map.get(K.name)),
    unit: str(map.get(K.unit)),
    target: numOrNull(map.get(K.target)),
    actual: numOrNull(map.get(K.actual)),
    direction: oneOf(KPI_DIRECTIONS, map.get(K.direction), 'higher'),
  };
}

export function readPhase(map: YEntity, order: number, kpis: Kpi[]): Phase {
  return {
    id: keyOf(map),
    name: name(map.get(P.name)),
    order,
    cycle: oneOf(CYCLES, map.get(P.cycle), 'buy'),
    description: str(map.get(P.description)),
    kpis,
  };
}

export function readTouchpoint(
  map: YEntity,
  placement: { phaseId: string; order: number; channelId: string | null },
  kpis: Kpi[],
): Touchpoint {
  const team = map.get(T.ownerTeam);
  return {
    id: keyOf(map),
    phaseId: placement.phaseId,
    order: placement.order,
    title: name(map.get(T.title)),
    channelId: placement.channelId,
    goal: str(map.get(T.goal)),
    description: str(map.get(T.description)),
    emotion: int(map.get(T.emotion), EMOTION_MIN, EMOTION_MAX, 0),
    effort: int(map.get(T.effort), EFFORT_MIN, EFFORT_MAX, 1),
    isKeyMoment: bool(map.get(T.isKeyMoment)),
    isWowMoment: bool(map.get(T.isWowMoment)),
    isStart: bool(map.get(T.isStart)),
    isEnd: bool(map.get(T.isEnd)),
    callToAction: str(map.get(T.callToAction)),
    ownerTeam: team === null || team === undefined ? null : oneOf(OWNER_TEAMS, team, 'other'),
    kpis,
    notes: str(map.get(T.notes)),
  };
}

export function readStep(map: YEntity): Step {
  const handoff = map.get(S.handoff);
  const [from, to] = stepEnds(map);
  return {
    id: keyOf(map),
    from,
    to,
    label: str(map.get(S.label)),
    handoff: handoff === null || handoff === undefined ? null : oneOf(HANDOFFS, handoff, 'none'),
  };
}

export function readChannel(map: YEntity): Channel {
  return {
    id: keyOf(map),
    name: name(map.get(C.name)),
    kind: oneOf(CHANNEL_KINDS, map.get(C.kind), 'other'),
    canConvert: bool(map.get(C.canConvert)),
  };
}

export function readPersona(map: YEntity): Persona {
  const goals = map.get(U.goals);
  return {
    id: keyOf(map),
    name: name(map.get(U.name)),
    description: str(map.get(U.description)),
    goals: Array.isArray(goals) ? goals.filter((g): g is string => typeof g === 'string') : [],
  };
}

/** The time a stored comment was posted, as ISO text; the epoch when it is not a date. */
function isoTime(v: unknown): string {
  const time = typeof v === 'string' ? Date.parse(v) : NaN;
  return new Date(Number.isFinite(time) ? time : 0).toISOString();
}

/** A stored comment on `touchpointId`, or null when it has no text to show. */
export function readComment(map: YEntity, touchpointId: string): Comment | null {
  const text = str(map.get(M.text)).trim().slice(0, COMMENT_TEXT_MAX);
  if (text === '') return null;
  return {
    id: keyOf(map),
    touchpointId,
    author: str(map.get(M.author)).trim().slice(0, COMMENT_AUTHOR_MAX) || 'Someone',
    text,
    createdAt: isoTime(map.get(M.createdAt)),
    resolved: bool(map.get(M.resolved)),
  };
}
