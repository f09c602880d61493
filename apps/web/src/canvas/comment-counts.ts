// How many open (unresolved) comments each card has, for its badge (a speech bubble and n). A store rather
// than node data: each card reads its own count, so a comment posted, resolved or removed
// re-renders only the card whose count changed, and the cards keep their node objects.
import type { Comment } from '@touchpoint/model';
import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';

export type CommentCountStore = StoreApi<{ open: ReadonlyMap<string, number> }>;

export function createCommentCountStore(): CommentCountStore {
  return createStore(() => ({ open: new Map<string, number>() }));
}

/** The number of unresolved comments by touchpoint id (touchpoints without any are left out). */
export function openCommentCounts(comments: readonly Comment[]): ReadonlyMap<string, number> {
  const open = new Map<string, number>();
  for (const comment of comments) if (!comment.resolved) open.set(comment.touchpointId, (open.get(comment.touchpointId) ?? 0) + 1);
  return open;
}

/** Stands in where no map provides counts (a card shown on its own). */
const NO_COUNTS: CommentCountStore = createCommentCountStore();

/** A card's open comments; re-renders the caller only when that number changes. */
export function useOpenComments(store: CommentCountStore | undefined, touchpointId: string): number {
  return useStore(store ?? NO_COUNTS, (s) => s.open.get(touchpointId) ?? 0);
}
