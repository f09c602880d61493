// A journey whose whole content is replaced (an imported file, a restored version) gets a
// new replacement mark in its meta map. Editors watch for it: undo history recorded before
// a replacement by someone else refers to content that is gone, so they drop it.
import type * as Y from 'yjs';
import { newId } from './id.ts';
import { journeyMaps } from './layout.ts';

const REPLACEMENT_KEY = 'replacement';

/** Marks the journey as replaced. Call inside the transaction that replaces it. */
export function markReplaced(meta: Y.Map<unknown>): void {
  meta.set(REPLACEMENT_KEY, newId());
}

/**
 * Calls `listener` with the origin of each transaction that replaces the whole journey,
 * including one that arrives from another replica. Returns a function that stops listening.
 */
export function onJourneyReplaced(doc: Y.Doc, listener: (origin: unknown) => void): () => void {
  const { meta } = journeyMaps(doc);
  const observer = (event: Y.YMapEvent<unknown>) => {
    if (event.keysChanged.has(REPLACEMENT_KEY)) listener(event.transaction.origin);
  };
  meta.observe(observer);
  return () => meta.unobserve(observer);
}

/** Whether a transaction replaced the whole journey (so its deletions are not edits of their own). */
export function isReplacement(doc: Y.Doc, transaction: Y.Transaction): boolean {
  const { meta } = journeyMaps(doc);
  for (const [type, keys] of transaction.changed) if ((type as unknown) === meta) return keys.has(REPLACEMENT_KEY);
  return false;
}
