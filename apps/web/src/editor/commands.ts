// Editor commands behind the keyboard shortcuts: add, delete, copy/paste, duplicate, nudge
// a card or a phase. Each is one transaction with the local origin, so it is one undo step.
import {
  addKpi,
  addTouchpoint,
  connectStep,
  disconnectStep,
  movePhase,
  moveTouchpoint,
  removeTouchpoints,
  type Channel,
  type Journey,
  type Kpi,
  type Step,
  type Touchpoint,
} from '@touchpoint/model';
import type * as Y from 'yjs';

export interface Clipboard {
  touchpoints: Touchpoint[];
  steps: Step[];
  /** The channels the touchpoints use, so a paste into another journey can find them by name. */
  channels: Channel[];
}

/**
 * Where a new card goes for the current selection: just after the selected card that comes
 * last on the map (phases left to right, cards top to bottom), else at the end of the
 * selected phase, else at the end of the first phase; null when the map has no phase.
 */
export function newTouchpointPlace(journey: Journey, selection: { touchpoints: readonly string[]; phase: string | null }): { phaseId: string; index: number } | null {
  const phaseRank = new Map(journey.phases.map((p, i) => [p.id, i]));
  const chosen = new Set(selection.touchpoints);
  let last: Touchpoint | null = null;
  for (const tp of journey.touchpoints) {
    if (!chosen.has(tp.id)) continue;
    const rank = phaseRank.get(tp.phaseId) ?? -1;
    const lastRank = last ? (phaseRank.get(last.phaseId) ?? -1) : -2;
    if (rank > lastRank || (rank === lastRank && tp.order > last!.order)) last = tp;
  }
  if (last) return { phaseId: last.phaseId, index: last.order + 1 };
  const phaseId = selection.phase !== null && phaseRank.has(selection.phase) ? selection.phase : journey.phases[0]?.id;
  if (phaseId === undefined) return null;
  return { phaseId, index: journey.touchpoints.filter((tp) => tp.phaseId === phaseId).length };
}

export function deleteSelection(doc: Y.Doc, origin: object, touchpointIds: string[], stepIds: string[]): boolean {
  if (touchpointIds.length === 0 && stepIds.length === 0) return false;
  doc.transact(() => {
    for (const id of stepIds) disconnectStep(doc, id, origin);
    removeTouchpoints(doc, touchpointIds, origin);
  }, origin);
  return true;
}

/** The selected touchpoints and the steps between them. */
export function copySelection(journey: Journey, touchpointIds: string[]): Clipboard | null {
  const ids = new Set(touchpointIds);
  const touchpoints = journey.touchpoints.filter((tp) => ids.has(tp.id));
  if (touchpoints.length === 0) return null;
  const steps = journey.steps.filter((s) => ids.has(s.from) && ids.has(s.to));
  const used = new Set(touchpoints.map((tp) => tp.channelId));
  const channels = journey.channels.filter((c) => used.has(c.id));
  return { touchpoints, steps, channels };
}

/**
 * The journey's channel for a copied touchpoint's channel: the same one when the copy
 * comes from this journey, else one of the same kind and name (any case), else none.
 */
function channelIn(journey: Journey, clip: Clipboard): (channelId: string | null) => string | null {
  const key = (c: Channel) => `${c.kind}:${c.name.trim().toLowerCase()}`;
  const own = new Set(journey.channels.map((c) => c.id));
  const byName = new Map(journey.channels.map((c) => [key(c), c.id]));
  const copied = new Map(clip.channels.map((c) => [c.id, c]));
  return (channelId) => {
    if (!channelId) return null;
    if (own.has(channelId)) return channelId;
    const source = copied.get(channelId);
    return (source && byName.get(key(source))) ?? null;
  };
}

/**
 * Pastes copies of the clipboard's touchpoints (new ids) with their KPIs, the steps between
 * them and their channel where this journey has it. `end`: at the end of their phase (the
 * first phase when theirs is not in this journey). `after`: each just below its original,
 * for copies of this journey's own cards.
 */
export function pasteClipboard(doc: Y.Doc, origin: object, journey: Journey, clip: Clipboard, placement: 'end' | 'after' = 'end'): string[] {
  const phases = new Set(journey.phases.map((p) => p.id));
  const channelOf = channelIn(journey, clip);
  const fallback = journey.phases[0]?.id;
  if (!fallback) return [];
  const idMap = new Map<string, string>();
  // Copies placed so far per phase: each pushes the later originals of its column down one.
  const placed = new Map<string, number>();
  const phaseRank = new Map(journey.phases.map((p, i) => [p.id, i]));
  const touchpoints =
    placement === 'after'
      ? [...clip.touchpoints].sort((a, b) => (phaseRank.get(a.phaseId) ?? 0) - (phaseRank.get(b.phaseId) ?? 0) || a.order - b.order)
      : clip.touchpoints;
  doc.transact(() => {
    for (const tp of touchpoints) {
      const { id, phaseId, order, kpis, channelId, ...fields } = tp;
      const target = phases.has(phaseId) ? phaseId : fallback;
      const before = placed.get(target) ?? 0;
      placed.set(target, before + 1);
      const newId = addTouchpoint(
        doc,
        {
          ...fields,
          phaseId: target,
          channelId: channelOf(channelId),
          ...(placement === 'after' && target === phaseId ? { index: order + 1 + before } : {}),
        },
        origin,
      );
      idMap.set(id, newId);
      for (const kpi of kpis as Kpi[]) {
        const { id: _kpiId, ...kpiFields } = kpi;
        addKpi(doc, newId, kpiFields, origin);
      }
    }
    for (const step of clip.steps) {
      const from = idMap.get(step.from);
      const to = idMap.get(step.to);
      if (from && to) connectStep(doc, { from, to, label: step.label, handoff: step.handoff }, origin);
    }
  }, origin);
  return [...idMap.values()];
}

/** Copies of the selected cards, each just below its original (with KPIs and the steps between them). */
export function duplicateSelection(doc: Y.Doc, origin: object, journey: Journey, touchpointIds: string[]): string[] {
  const clip = copySelection(journey, touchpointIds);
  return clip ? pasteClipboard(doc, origin, journey, clip, 'after') : [];
}

export type Direction = 'up' | 'down' | 'left' | 'right';

/** Moves a card one place up/down in its column, or to the same place in the neighbouring phase. */
export function nudgeTouchpoint(doc: Y.Doc, origin: object, journey: Journey, touchpointId: string, direction: Direction): boolean {
  const tp = journey.touchpoints.find((t) => t.id === touchpointId);
  if (!tp) return false;
  if (direction === 'up' || direction === 'down') {
    const index = tp.order + (direction === 'up' ? -1 : 1);
    const count = journey.touchpoints.filter((t) => t.phaseId === tp.phaseId).length;
    if (index < 0 || index >= count) return false;
    return moveTouchpoint(doc, tp.id, { index }, origin);
  }
  const phaseIndex = journey.phases.findIndex((p) => p.id === tp.phaseId) + (direction === 'left' ? -1 : 1);
  const target = journey.phases[phaseIndex];
  if (!target) return false;
  return moveTouchpoint(doc, tp.id, { phaseId: target.id, index: tp.order }, origin);
}

/** Moves a phase one column to the left or right; false at either end. */
export function nudgePhase(doc: Y.Doc, origin: object, journey: Journey, phaseId: string, direction: 'left' | 'right'): boolean {
  const index = journey.phases.findIndex((p) => p.id === phaseId);
  if (index < 0) return false;
  const target = index + (direction === 'left' ? -1 : 1);
  if (target < 0 || target >= journey.phases.length) return false;
  return movePhase(doc, phaseId, target, origin);
}
