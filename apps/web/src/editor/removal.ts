// Which touchpoints (or comments) a transaction removed: the keys of the root map it changed
// that are gone after it. A whole-journey replacement (an import, a restore) also removes
// cards, but it is not a removal to offer undo for here, so it counts none.
import { isReplacement, journeyMaps, type YEntity } from '@touchpoint/model';
import type * as Y from 'yjs';

function removedFrom(doc: Y.Doc, transaction: Y.Transaction, root: Y.Map<YEntity>): number {
  if (isReplacement(doc, transaction)) return 0;
  let count = 0;
  for (const [type, keys] of transaction.changed) {
    if ((type as unknown) !== root) continue;
    for (const key of keys) if (key !== null && !root.has(key)) count++;
  }
  return count;
}

export function removedTouchpoints(doc: Y.Doc, transaction: Y.Transaction): number {
  return removedFrom(doc, transaction, journeyMaps(doc).touchpoints);
}

/** The comments a transaction removed by themselves (those that went with their card count as the card's). */
export function removedComments(doc: Y.Doc, transaction: Y.Transaction): number {
  return removedFrom(doc, transaction, journeyMaps(doc).comments);
}
