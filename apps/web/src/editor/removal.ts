// Which touchpoints a transaction removed: the keys of the touchpoints map it changed that
// are gone after it. A whole-journey replacement (an import, a restore) also removes cards,
// but it is not a removal to offer undo for here, so it counts none.
import { isReplacement, journeyMaps } from '@touchpoint/model';
import type * as Y from 'yjs';

export function removedTouchpoints(doc: Y.Doc, transaction: Y.Transaction): number {
  if (isReplacement(doc, transaction)) return 0;
  const { touchpoints } = journeyMaps(doc);
  let count = 0;
  for (const [type, keys] of transaction.changed) {
    if ((type as unknown) !== touchpoints) continue;
    for (const key of keys) if (key !== null && !touchpoints.has(key)) count++;
  }
  return count;
}
