// Phases: the ordered columns of the map.
import type * as Y from 'yjs';
import { newId } from './id.ts';
import { entity, isLivePhase, journeyMaps, keyOf, KPI_KEYS, PHASE_KEYS, setChanged, TOUCHPOINT_KEYS, type YEntity } from './layout.ts';
import { orderAt, orderOf, sortByOrder } from './order.ts';
import { entitiesWhere, sortedWhere } from './lookup.ts';
import { checkFields } from './patch.ts';
import { phaseSchema, type Cycle } from './schema.ts';
import { deleteTouchpointIn } from './touchpoint.ts';

export interface PhaseInput {
  id?: string;
  name: string;
  cycle?: Cycle;
  description?: string;
  /** Position among the phases; appended at the end when left out. */
  index?: number;
}

export interface PhasePatch {
  name?: string;
  cycle?: Cycle;
  description?: string;
}

const FIELDS = ['name', 'cycle', 'description'] as const;

/** The live phases, in column order. */
export function livePhases(doc: Y.Doc): YEntity[] {
  return sortByOrder([...journeyMaps(doc).phases.values()].filter(isLivePhase));
}

export function addPhase(doc: Y.Doc, input: PhaseInput, origin?: unknown): string {
  const { id, index, ...rest } = input;
  const fields = checkFields(phaseSchema.shape, rest, FIELDS, ['name']);
  const phaseId = id ?? newId('p');
  doc.transact(() => {
    const siblings = livePhases(doc);
    const order = orderAt(siblings, index ?? siblings.length);
    journeyMaps(doc).phases.set(
      phaseId,
      entity({ name: fields.name, cycle: fields.cycle ?? 'buy', description: fields.description ?? '', order }, PHASE_KEYS),
    );
  }, origin);
  return phaseId;
}

export function updatePhase(doc: Y.Doc, phaseId: string, patch: PhasePatch, origin?: unknown): boolean {
  const fields = checkFields(phaseSchema.shape, patch, FIELDS);
  let changed = false;
  doc.transact(() => {
    const phase = journeyMaps(doc).phases.get(phaseId);
    if (isLivePhase(phase)) changed = setChanged(phase, fields, PHASE_KEYS);
  }, origin);
  return changed;
}

export function renamePhase(doc: Y.Doc, phaseId: string, name: string, origin?: unknown): boolean {
  return updatePhase(doc, phaseId, { name }, origin);
}

/** Moves a phase to `index` among the phases (0 = first column). */
export function movePhase(doc: Y.Doc, phaseId: string, index: number, origin?: unknown): boolean {
  let moved = false;
  doc.transact(() => {
    const phase = journeyMaps(doc).phases.get(phaseId);
    if (!isLivePhase(phase)) return;
    const siblings = livePhases(doc).filter((p) => p !== phase);
    phase.set(PHASE_KEYS.order, orderAt(siblings, index));
    moved = true;
  }, origin);
  return moved;
}

export type RemovePhaseMode =
  /** Move the touchpoints to the phase before (or, for the first phase, after) it. Default. */
  | { touchpoints: 'move-to-neighbour' }
  /** Move the touchpoints to the end of the given phase. */
  | { touchpoints: 'move-to'; phaseId: string }
  /** Delete the touchpoints, their steps and their KPIs. */
  | { touchpoints: 'delete' };

export interface RemovePhaseResult {
  removed: boolean;
  /** Where the phase's touchpoints went: a phase id, or null when they were deleted. */
  movedTo: string | null;
  touchpoints: number;
}

/**
 * Removes a phase. Its touchpoints move to the neighbouring phase (the one before it, or
 * the one after it for the first phase) unless told otherwise; when no other phase exists
 * they are deleted with their steps and KPIs. The phase's own KPIs are deleted.
 */
export function removePhase(
  doc: Y.Doc,
  phaseId: string,
  mode: RemovePhaseMode = { touchpoints: 'move-to-neighbour' },
  origin?: unknown,
): RemovePhaseResult {
  const result: RemovePhaseResult = { removed: false, movedTo: null, touchpoints: 0 };
  doc.transact(() => {
    const maps = journeyMaps(doc);
    const phase = maps.phases.get(phaseId);
    if (!isLivePhase(phase)) return;
    const target = removalTarget(doc, phase, mode);
    const members = sortedWhere(maps.touchpoints, TOUCHPOINT_KEYS.phaseId, phaseId);
    result.touchpoints = members.length;
    if (target) {
      const existing = sortedWhere(maps.touchpoints, TOUCHPOINT_KEYS.phaseId, target);
      let next = existing.length ? orderOf(existing[existing.length - 1]!) + 1 : 0;
      for (const member of members) {
        member.set(TOUCHPOINT_KEYS.phaseId, target);
        member.set(TOUCHPOINT_KEYS.order, next++);
      }
    } else {
      for (const member of members) deleteTouchpointIn(doc, keyOf(member));
    }
    for (const kpi of entitiesWhere(maps.kpis, KPI_KEYS.ownerId, phaseId)) maps.kpis.delete(keyOf(kpi));
    phase.set(PHASE_KEYS.removed, true);
    result.removed = true;
    result.movedTo = target;
  }, origin);
  return result;
}

function removalTarget(doc: Y.Doc, phase: YEntity, mode: RemovePhaseMode): string | null {
  if (mode.touchpoints === 'delete') return null;
  const others = livePhases(doc);
  if (mode.touchpoints === 'move-to') {
    if (mode.phaseId === keyOf(phase) || !isLivePhase(journeyMaps(doc).phases.get(mode.phaseId))) {
      throw new Error(`cannot move touchpoints to phase "${mode.phaseId}"`);
    }
    return mode.phaseId;
  }
  const index = others.indexOf(phase);
  const neighbour = others[index - 1] ?? others[index + 1];
  return neighbour ? keyOf(neighbour) : null;
}
