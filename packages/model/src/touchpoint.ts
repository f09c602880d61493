// Touchpoints: the contact moments, placed in a phase column at a position.
import type * as Y from 'yjs';
import { deleteCommentsOn } from './comment.ts';
import { newId } from './id.ts';
import { entity, isLivePhase, journeyMaps, keyOf, KPI_KEYS, setChanged, stepEnds, TOUCHPOINT_KEYS as T, withoutDefaults, type YEntity } from './layout.ts';
import { orderAt } from './order.ts';
import { entitiesWhere, sortedWhere, type DerivedField } from './lookup.ts';
import { checkFields } from './patch.ts';
import { touchpointSchema, type OwnerTeam } from './schema.ts';

export interface TouchpointFields {
  title?: string;
  channelId?: string | null;
  goal?: string;
  description?: string;
  emotion?: number;
  effort?: number;
  isKeyMoment?: boolean;
  isWowMoment?: boolean;
  isStart?: boolean;
  isEnd?: boolean;
  callToAction?: string;
  ownerTeam?: OwnerTeam | null;
  notes?: string;
}

export interface TouchpointInput extends TouchpointFields {
  id?: string;
  phaseId: string;
  title: string;
  /** Position within the phase; appended at the end when left out. */
  index?: number;
}

const FIELDS = [
  'title',
  'channelId',
  'goal',
  'description',
  'emotion',
  'effort',
  'isKeyMoment',
  'isWowMoment',
  'isStart',
  'isEnd',
  'callToAction',
  'ownerTeam',
  'notes',
] as const;

export const TOUCHPOINT_DEFAULTS = {
  channelId: null,
  goal: '',
  description: '',
  emotion: 0,
  effort: 1,
  isKeyMoment: false,
  isWowMoment: false,
  isStart: false,
  isEnd: false,
  callToAction: '',
  ownerTeam: null,
  notes: '',
} satisfies Omit<Required<TouchpointFields>, 'title'>;

/** Lookups of steps by either end. */
const STEP_FROM: DerivedField = { read: (step) => stepEnds(step)[0] };
const STEP_TO: DerivedField = { read: (step) => stepEnds(step)[1] };

/** The touchpoints of one phase, in their order. */
export function touchpointsIn(doc: Y.Doc, phaseId: string): YEntity[] {
  return sortedWhere(journeyMaps(doc).touchpoints, T.phaseId, phaseId);
}

function checkChannel(doc: Y.Doc, channelId: unknown): void {
  if (typeof channelId === 'string' && !journeyMaps(doc).channels.has(channelId)) {
    throw new Error(`unknown channel "${channelId}"`);
  }
}

export function addTouchpoint(doc: Y.Doc, input: TouchpointInput, origin?: unknown): string {
  const { id, phaseId, index, ...rest } = input;
  const fields = checkFields(touchpointSchema.shape, rest, FIELDS, ['title']);
  const touchpointId = id ?? newId('t');
  doc.transact(() => {
    const maps = journeyMaps(doc);
    if (!isLivePhase(maps.phases.get(phaseId))) throw new Error(`unknown phase "${phaseId}"`);
    checkChannel(doc, fields.channelId);
    const siblings = touchpointsIn(doc, phaseId);
    const order = orderAt(siblings, index ?? siblings.length);
    maps.touchpoints.set(touchpointId, entity(withoutDefaults({ ...fields, phaseId, order }, TOUCHPOINT_DEFAULTS), T));
  }, origin);
  return touchpointId;
}

export function updateTouchpoint(doc: Y.Doc, touchpointId: string, patch: TouchpointFields, origin?: unknown): boolean {
  const fields = checkFields(touchpointSchema.shape, patch, FIELDS);
  let changed = false;
  doc.transact(() => {
    const touchpoint = journeyMaps(doc).touchpoints.get(touchpointId);
    if (!touchpoint) return;
    checkChannel(doc, fields.channelId);
    changed = setChanged(touchpoint, fields, T);
  }, origin);
  return changed;
}

/**
 * Sets the same fields on several touchpoints at once (a bulk edit of a selection), as one
 * transaction, so one undo takes it back. Touchpoints that no longer exist are skipped.
 * Returns how many touchpoints changed.
 */
export function updateTouchpoints(doc: Y.Doc, touchpointIds: readonly string[], patch: TouchpointFields, origin?: unknown): number {
  const fields = checkFields(touchpointSchema.shape, patch, FIELDS);
  let changed = 0;
  doc.transact(() => {
    checkChannel(doc, fields.channelId);
    const touchpoints = journeyMaps(doc).touchpoints;
    for (const id of new Set(touchpointIds)) {
      const touchpoint = touchpoints.get(id);
      if (touchpoint && setChanged(touchpoint, fields, T)) changed++;
    }
  }, origin);
  return changed;
}

/**
 * Moves a touchpoint to another phase and/or position. Written once, when a drag ends:
 * every write leaves history in the document.
 */
export function moveTouchpoint(
  doc: Y.Doc,
  touchpointId: string,
  to: { phaseId?: string; index?: number },
  origin?: unknown,
): boolean {
  let moved = false;
  doc.transact(() => {
    const maps = journeyMaps(doc);
    const touchpoint = maps.touchpoints.get(touchpointId);
    if (!touchpoint) return;
    const ownPhase = touchpoint.get(T.phaseId);
    const phaseId = to.phaseId ?? String(ownPhase);
    if (!isLivePhase(maps.phases.get(phaseId))) throw new Error(`unknown phase "${phaseId}"`);
    const siblings = touchpointsIn(doc, phaseId);
    const current = siblings.indexOf(touchpoint);
    if (current >= 0) siblings.splice(current, 1);
    const index = to.index ?? (phaseId === ownPhase ? current : siblings.length);
    if (phaseId === ownPhase && index === current) return;
    const order = orderAt(siblings, index);
    if (phaseId !== ownPhase) touchpoint.set(T.phaseId, phaseId);
    touchpoint.set(T.order, order);
    moved = true;
  }, origin);
  return moved;
}

/** Deletes a touchpoint with its steps, KPIs and comments; for use inside a transaction. */
export function deleteTouchpointIn(doc: Y.Doc, touchpointId: string): boolean {
  const maps = journeyMaps(doc);
  if (!maps.touchpoints.has(touchpointId)) return false;
  maps.touchpoints.delete(touchpointId);
  const steps = new Set([...entitiesWhere(maps.steps, STEP_FROM, touchpointId), ...entitiesWhere(maps.steps, STEP_TO, touchpointId)]);
  for (const step of steps) maps.steps.delete(keyOf(step));
  for (const kpi of entitiesWhere(maps.kpis, KPI_KEYS.ownerId, touchpointId)) maps.kpis.delete(keyOf(kpi));
  deleteCommentsOn(doc, touchpointId);
  return true;
}

/** Removes a touchpoint, the steps to and from it, its KPIs and its comments. */
export function removeTouchpoint(doc: Y.Doc, touchpointId: string, origin?: unknown): boolean {
  let removed = false;
  doc.transact(() => {
    removed = deleteTouchpointIn(doc, touchpointId);
  }, origin);
  return removed;
}

/** Removes several touchpoints in one transaction (one undo step). */
export function removeTouchpoints(doc: Y.Doc, touchpointIds: readonly string[], origin?: unknown): number {
  let count = 0;
  doc.transact(() => {
    for (const id of touchpointIds) if (deleteTouchpointIn(doc, id)) count++;
  }, origin);
  return count;
}
