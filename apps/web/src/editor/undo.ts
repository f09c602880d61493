// Undo and redo per person: a Y.UndoManager that only tracks this person's origin, so an
// undo never reverts someone else's edit. When someone else replaces the whole journey (a
// restored version, an imported file), the history is dropped: it refers to content that
// is gone, and undoing it would bring back pieces of the old map into the new one.
import { journeyMaps, onJourneyReplaced, ROOT_NAMES } from '@touchpoint/model';
import { useEffect, useMemo, useRef, useState } from 'react';
import * as Y from 'yjs';
import { removedComments, removedTouchpoints } from './removal.ts';

export interface UndoState {
  canUndo: boolean;
  canRedo: boolean;
  undo(): void;
  redo(): void;
  /**
   * Undoes `step` (from `onRemoved`) if it is still the last thing this person did
   * (`'undone'`); else does nothing and says why: `'later-edits'` came after it, or it is
   * `'gone'` from the history (undone already, or the history was dropped).
   */
  undoStep(step: object): UndoStepResult;
}

export type UndoStepResult = 'undone' | 'later-edits' | 'gone';

/** What a removal took away: cards (with whatever went with them), or comments by themselves. */
export type RemovedKind = 'touchpoints' | 'comments';

/**
 * A removal of touchpoints (or of comments) by this person: how many, and the undo step that
 * holds it. It may return what to do once that step has left the history some other way
 * (undone with Ctrl/Cmd+Z or the toolbar, or dropped), such as closing the message that
 * offers its undo.
 */
export type RemovalListener = (count: number, step: object, kind: RemovedKind) => void | (() => void);

export function createUndoManager(doc: Y.Doc, origin: object): Y.UndoManager {
  const maps = journeyMaps(doc);
  return new Y.UndoManager(
    ROOT_NAMES.map((name) => maps[name]),
    { trackedOrigins: new Set([origin]), captureTimeout: 400 },
  );
}

/**
 * Undo and redo for `origin`'s edits. `onHistoryDropped` is called when a replacement of
 * the journey by someone else dropped history there was to undo or redo; `onRemoved` when
 * this person removed touchpoints (so the screen can offer to undo just that).
 */
export function useUndo(doc: Y.Doc, origin: object, onHistoryDropped?: () => void, onRemoved?: RemovalListener): UndoState {
  const dropped = useRef(onHistoryDropped);
  dropped.current = onHistoryDropped;
  const removed = useRef(onRemoved);
  removed.current = onRemoved;
  const [manager, setManager] = useState<Y.UndoManager | null>(null);
  const [, setTick] = useState(0);
  useEffect(() => {
    const created = createUndoManager(doc, origin);
    const bump = () => setTick((n) => n + 1);
    // Removals whose undo is on offer, with what to do once the step leaves the undo stack.
    const offered = new Map<object, () => void>();
    const settleOffers = () => {
      for (const [step, gone] of offered) {
        if ((created.undoStack as readonly object[]).includes(step)) continue;
        offered.delete(step);
        gone();
      }
    };
    created.on('stack-item-added', bump);
    created.on('stack-item-popped', bump);
    created.on('stack-cleared', bump);
    created.on('stack-item-popped', settleOffers);
    created.on('stack-cleared', settleOffers);
    const stopWatching = onJourneyReplaced(doc, (by) => {
      if (by === origin) return; // this person's own import is one step on their history
      const hadHistory = created.undoStack.length + created.redoStack.length > 0;
      created.clear();
      if (hadHistory) dropped.current?.();
    });
    // After the undo manager has filed the transaction (it listens first).
    const onTransaction = (transaction: Y.Transaction) => {
      if (transaction.origin !== origin) return;
      const cards = removedTouchpoints(doc, transaction);
      const kind: RemovedKind = cards > 0 ? 'touchpoints' : 'comments';
      const count = cards > 0 ? cards : removedComments(doc, transaction);
      const step = created.undoStack.at(-1);
      if (count === 0 || !step) return;
      // What comes next is a step of its own, so undoing the removal undoes nothing more.
      created.stopCapturing();
      const gone = removed.current?.(count, step, kind);
      if (gone) offered.set(step, gone);
    };
    doc.on('afterTransaction', onTransaction);
    setManager(created);
    return () => {
      doc.off('afterTransaction', onTransaction);
      stopWatching();
      setManager(null);
      created.destroy();
    };
  }, [doc, origin]);
  return useMemo(
    () => ({
      canUndo: (manager?.undoStack.length ?? 0) > 0,
      canRedo: (manager?.redoStack.length ?? 0) > 0,
      undo: () => {
        manager?.stopCapturing();
        manager?.undo();
      },
      redo: () => manager?.redo(),
      undoStep: (step: object): UndoStepResult => {
        const stack: readonly object[] = manager?.undoStack ?? [];
        if (!manager || !stack.includes(step)) return 'gone';
        if (stack.at(-1) !== step) return 'later-edits';
        manager.stopCapturing();
        manager.undo();
        return 'undone';
      },
    }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [manager, manager?.undoStack.length, manager?.redoStack.length],
  );
}
