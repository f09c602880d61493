// Undo and redo per person: a Y.UndoManager that only tracks this person's origin, so an
// undo never reverts someone else's edit.
import { journeyMaps, ROOT_NAMES } from '@touchpoint/model';
import { useEffect, useMemo, useState } from 'react';
import * as Y from 'yjs';

export interface UndoState {
  canUndo: boolean;
  canRedo: boolean;
  undo(): void;
  redo(): void;
}

export function createUndoManager(doc: Y.Doc, origin: object): Y.UndoManager {
  const maps = journeyMaps(doc);
  return new Y.UndoManager(
    ROOT_NAMES.map((name) => maps[name]),
    { trackedOrigins: new Set([origin]), captureTimeout: 400 },
  );
}

export function useUndo(doc: Y.Doc, origin: object): UndoState {
  const [manager, setManager] = useState<Y.UndoManager | null>(null);
  const [, setTick] = useState(0);
  useEffect(() => {
    const created = createUndoManager(doc, origin);
    const bump = () => setTick((n) => n + 1);
    created.on('stack-item-added', bump);
    created.on('stack-item-popped', bump);
    created.on('stack-cleared', bump);
    setManager(created);
    return () => {
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
    }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [manager, manager?.undoStack.length, manager?.redoStack.length],
  );
}
