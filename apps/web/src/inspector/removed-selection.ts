// When a colleague removes what this person has open in the inspector (a card, a phase, a
// step), the inspector can no longer show it. Instead of falling back to the journey without
// a word, the selection is cleared and a message says who removed it (when that can be known,
// see sync/change-author.ts) and keeps any text the person had typed and not yet saved there,
// to copy.
import { journeyMaps, livePhases } from '@touchpoint/model';
import { useEffect, useRef } from 'react';
import type * as Y from 'yjs';
import { toast } from '../common/toast.ts';
import { useMessages } from '../i18n/index.ts';
import { useSelection, type Selection } from '../store/selection.ts';
import { unsavedDrafts, type UnsavedDraft } from './field-draft.ts';
import { inspectorMessages } from './messages.ts';
import { copyText } from '../common/copy-text.ts';

export type InspectedKind = 'touchpoint' | 'phase' | 'step';

export interface Inspected {
  kind: InspectedKind;
  id: string;
}

/** The one item the inspector shows for `selection` (as Inspector.tsx picks it), or null. */
export function inspectedItem(selection: Selection): Inspected | null {
  if (selection.touchpoints.length === 1) return { kind: 'touchpoint', id: selection.touchpoints[0]! };
  if (selection.touchpoints.length > 1) return null;
  if (selection.steps[0]) return { kind: 'step', id: selection.steps[0] };
  if (selection.phase) return { kind: 'phase', id: selection.phase };
  return null;
}

function isInDocument(doc: Y.Doc, { kind, id }: Inspected): boolean {
  const maps = journeyMaps(doc);
  if (kind === 'touchpoint') return maps.touchpoints.has(id);
  if (kind === 'step') return maps.steps.has(id);
  const phase = maps.phases.get(id);
  return phase !== undefined && livePhases(doc).includes(phase);
}

/**
 * Several cards (or steps) selected, some removed elsewhere: the selection keeps the rest, so
 * a later Delete, copy or bulk edit acts only on what is still there.
 */
function dropRemoved(doc: Y.Doc, selection: Selection): void {
  const maps = journeyMaps(doc);
  const touchpoints = selection.touchpoints.filter((id) => maps.touchpoints.has(id));
  const steps = selection.steps.filter((id) => maps.steps.has(id));
  if (touchpoints.length === selection.touchpoints.length && steps.length === selection.steps.length) return;
  useSelection.getState().set({ touchpoints, steps, phase: selection.phase });
}

export interface InspectedRemoval {
  kind: InspectedKind;
  /** Who removed it, or null when that cannot be known. */
  by: string | null;
  /** What this person had typed in its fields and not saved. */
  unsaved: UnsavedDraft[];
}

/**
 * Watches `doc` for changes from elsewhere that remove the item the inspector shows; clears
 * the selection and reports the removal. `authorOf` names who made a change, or null.
 */
export function watchInspectedRemoval(doc: Y.Doc, authorOf: (transaction: Y.Transaction) => string | null, report: (removal: InspectedRemoval) => void): () => void {
  const onTransaction = (transaction: Y.Transaction) => {
    // This person's own removals (and undo) clear or keep the selection themselves.
    if (transaction.local) return;
    const selection = useSelection.getState();
    const item = inspectedItem(selection);
    if (!item) {
      dropRemoved(doc, selection);
      return;
    }
    if (isInDocument(doc, item)) return;
    // Read before the inspector lets go of its fields.
    const unsaved = unsavedDrafts(item.id);
    useSelection.getState().clear();
    report({ kind: item.kind, by: authorOf(transaction), unsaved });
  };
  doc.on('afterTransaction', onTransaction);
  return () => doc.off('afterTransaction', onTransaction);
}

/** The message for a removal: who removed what, and the unsaved text to copy (kept until closed). */
export function useInspectedRemovalNotice(doc: Y.Doc, authorOf: (transaction: Y.Transaction) => string | null): void {
  const t = useMessages(inspectorMessages);
  const tRef = useRef(t);
  tRef.current = t;
  const authorRef = useRef(authorOf);
  authorRef.current = authorOf;
  useEffect(
    () =>
      watchInspectedRemoval(
        doc,
        (transaction) => authorRef.current(transaction),
        ({ kind, by, unsaved }) => {
          const tr = tRef.current;
          const removed = by === null ? tr(`removedBySomeone_${kind}`) : tr(`removedBy_${kind}`, { name: by });
          if (unsaved.length === 0) {
            toast({ message: removed });
            return;
          }
          const lost = unsaved.length === 1 ? tr('unsavedField', { label: unsaved[0]!.label }) : tr('unsavedFields');
          const detail = unsaved.length === 1 ? unsaved[0]!.text : unsaved.map((d) => `${d.label}: ${d.text}`).join('\n\n');
          toast({
            message: `${removed} ${lost}`,
            detail,
            duration: 0,
            action: {
              label: tr('copyUnsaved'),
              onAction: () => {
                // The message closes with its action: when copying fails, the text comes back.
                void copyText(detail).then((copied) => {
                  if (!copied) toast({ message: tr('copyFailed'), detail, duration: 0, tone: 'error' });
                });
              },
            },
          });
        },
      ),
    [doc],
  );
}
