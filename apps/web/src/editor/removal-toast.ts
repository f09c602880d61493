// The message after this person removed cards, which offers to undo just that removal. It
// closes when the removal is undone some other way (Ctrl/Cmd+Z, the toolbar), so its Undo
// never outlives the removal.
import { dismissToast, toast } from '../common/toast.ts';
import { plural, type Translate } from '../i18n/index.ts';
import type { RemovedKind, UndoStepResult } from './undo.ts';

type Keys = 'removed_one' | 'removed_other' | 'commentsRemoved_one' | 'commentsRemoved_other' | 'undoAction' | 'undoMoved' | 'undoGone';

/**
 * Shows the message for a removal of `count` cards (or comments), whose Undo calls `undo`
 * (the removal's own undo step) and says why when nothing was undone; returns what closes
 * the message.
 */
export function offerRemovalUndo(
  t: Translate<Keys>,
  count: number,
  undo: () => UndoStepResult,
  mod: string,
  kind: RemovedKind = 'touchpoints',
): () => void {
  const id = toast({
    message: plural(t, kind === 'comments' ? 'commentsRemoved' : 'removed', count),
    action: {
      label: t('undoAction'),
      onAction: () => {
        const result = undo();
        if (result === 'later-edits') toast({ message: t('undoMoved', { mod }) });
        else if (result === 'gone') toast({ message: t('undoGone') });
      },
    },
  });
  return () => dismissToast(id);
}
