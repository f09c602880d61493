// Editor commands behind the keyboard shortcuts: delete, duplicate, nudge a card or a phase
// (where N adds a card is in card-place.ts, copy and paste in copy-paste.ts). Each is one
// transaction with the local origin, so it is one undo step.
import { disconnectStep, movePhase, moveTouchpoint, removeTouchpoints, type Journey } from '@touchpoint/model';
import type * as Y from 'yjs';
import { copySelection, pasteClipboard } from './copy-paste.ts';

export function deleteSelection(doc: Y.Doc, origin: object, touchpointIds: string[], stepIds: string[]): boolean {
  if (touchpointIds.length === 0 && stepIds.length === 0) return false;
  doc.transact(() => {
    for (const id of stepIds) disconnectStep(doc, id, origin);
    removeTouchpoints(doc, touchpointIds, origin);
  }, origin);
  return true;
}

/** Copies of the selected cards, each just below its original (with KPIs and the steps between them). */
export function duplicateSelection(doc: Y.Doc, origin: object, journey: Journey, touchpointIds: string[]): string[] {
  const clip = copySelection(journey, touchpointIds);
  return clip ? pasteClipboard(doc, origin, journey, clip, 'below-originals').touchpoints : [];
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
