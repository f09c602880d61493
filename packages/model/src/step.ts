// Steps: directed edges from one touchpoint to the next. A step between touchpoints on
// different channels is a channel switch (see channel-switch.ts).
import type * as Y from 'yjs';
import { newId } from './id.ts';
import { entity, journeyMaps, setChanged, STEP_KEYS, withoutDefaults } from './layout.ts';
import { checkFields } from './patch.ts';
import { stepSchema, type Handoff } from './schema.ts';

export interface StepInput {
  id?: string;
  from: string;
  to: string;
  label?: string;
  handoff?: Handoff | null;
}

export interface StepPatch {
  label?: string;
  handoff?: Handoff | null;
}

const FIELDS = ['label', 'handoff'] as const;

/** Left out of the stored step (readers fill them in). */
export const STEP_DEFAULTS = { label: '', handoff: null };

export function connectStep(doc: Y.Doc, input: StepInput, origin?: unknown): string {
  const { id, from, to, ...rest } = input;
  const fields = checkFields(stepSchema.shape, rest, FIELDS);
  const stepId = id ?? newId('s');
  doc.transact(() => {
    const maps = journeyMaps(doc);
    for (const end of [from, to]) if (!maps.touchpoints.has(end)) throw new Error(`unknown touchpoint "${end}"`);
    maps.steps.set(stepId, entity(withoutDefaults({ ends: [from, to], ...fields }, STEP_DEFAULTS), STEP_KEYS));
  }, origin);
  return stepId;
}

export function updateStep(doc: Y.Doc, stepId: string, patch: StepPatch, origin?: unknown): boolean {
  const fields = checkFields(stepSchema.shape, patch, FIELDS);
  let changed = false;
  doc.transact(() => {
    const step = journeyMaps(doc).steps.get(stepId);
    if (step) changed = setChanged(step, fields, STEP_KEYS);
  }, origin);
  return changed;
}

export function disconnectStep(doc: Y.Doc, stepId: string, origin?: unknown): boolean {
  let removed = false;
  doc.transact(() => {
    const { steps } = journeyMaps(doc);
    removed = steps.has(stepId);
    steps.delete(stepId);
  }, origin);
  return removed;
}
