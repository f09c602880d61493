// Readers from the Yjs layout to plain values. They never trust what is in the document
// (any client could have written anything), falling back to defaults field by field.
import type { YEntity } from './layout.ts';
import {
  CHANNEL_KINDS,
  CYCLES,
  EFFORT_MAX,
  EFFORT_MIN,
  EMOTION_MAX,
  EMOTION_MIN,
  HANDOFFS,
  KPI_DIRECTIONS,
  OWNER_TEAMS,
  type Channel,
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
    id: str(map.get('id')),
    name: name(map.get('name')),
    unit: str(map.get('unit')),
    target: numOrNull(map.get('target')),
    actual: numOrNull(map.get('actual')),
    direction: oneOf(KPI_DIRECTIONS, map.get('direction'), 'higher'),
  };
}

export function readPhase(map: YEntity, order: number, kpis: Kpi[]): Phase {
  return {
    id: str(map.get('id')),
    name: name(map.get('name')),
    order,
    cycle: oneOf(CYCLES, map.get('cycle'), 'buy'),
    description: str(map.get('description')),
    kpis,
  };
}

export function readTouchpoint(
  map: YEntity,
  placement: { phaseId: string; order: number; channelId: string | null },
  kpis: Kpi[],
): Touchpoint {
  const team = map.get('ownerTeam');
  return {
    id: str(map.get('id')),
    phaseId: placement.phaseId,
    order: placement.order,
    title: name(map.get('title')),
    channelId: placement.channelId,
    goal: str(map.get('goal')),
    description: str(map.get('description')),
    emotion: int(map.get('emotion'), EMOTION_MIN, EMOTION_MAX, 0),
    effort: int(map.get('effort'), EFFORT_MIN, EFFORT_MAX, 1),
    isKeyMoment: bool(map.get('isKeyMoment')),
    isWowMoment: bool(map.get('isWowMoment')),
    isStart: bool(map.get('isStart')),
    isEnd: bool(map.get('isEnd')),
    callToAction: str(map.get('callToAction')),
    ownerTeam: team === null || team === undefined ? null : oneOf(OWNER_TEAMS, team, 'other'),
    kpis,
    notes: str(map.get('notes')),
  };
}

export function readStep(map: YEntity): Step {
  const handoff = map.get('handoff');
  return {
    id: str(map.get('id')),
    from: str(map.get('from')),
    to: str(map.get('to')),
    label: str(map.get('label')),
    handoff: handoff === null || handoff === undefined ? null : oneOf(HANDOFFS, handoff, 'none'),
  };
}

export function readChannel(map: YEntity): Channel {
  return {
    id: str(map.get('id')),
    name: name(map.get('name')),
    kind: oneOf(CHANNEL_KINDS, map.get('kind'), 'other'),
    canConvert: bool(map.get('canConvert')),
  };
}

export function readPersona(map: YEntity): Persona {
  const goals = map.get('goals');
  return {
    id: str(map.get('id')),
    name: name(map.get('name')),
    description: str(map.get('description')),
    goals: Array.isArray(goals) ? goals.filter((g): g is string => typeof g === 'string') : [],
  };
}
