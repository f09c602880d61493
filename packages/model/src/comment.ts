// Comments: remarks on a touchpoint by the people who edit the map, to discuss a card in
// place. Each comment is its own entry in the comments root map (see layout.ts), so two
// people commenting at once both keep theirs; only `resolved` is ever changed afterwards.
import type * as Y from 'yjs';
import { newId } from './id.ts';
import { COMMENT_KEYS as M, entity, journeyMaps, keyOf, setChanged, withoutDefaults } from './layout.ts';
import { entitiesWhere } from './lookup.ts';
import { checkFields } from './patch.ts';
import { commentSchema } from './schema.ts';

export interface CommentInput {
  id?: string;
  touchpointId: string;
  /** The commenter's display name. */
  author: string;
  /** 1–2000 characters once trimmed. */
  text: string;
  /** ISO 8601 UTC; now when left out. */
  createdAt?: string;
  resolved?: boolean;
}

/** Values a stored comment leaves out (readers fill them in). */
export const COMMENT_DEFAULTS = { resolved: false };

const FIELDS = ['author', 'text', 'createdAt', 'resolved'] as const;

/**
 * Adds a comment to a touchpoint. Refuses (with the path of each bad field) an empty or
 * too long text or author and a createdAt that is not an ISO date and time, and an
 * unknown touchpoint; nothing is written then.
 */
export function addComment(doc: Y.Doc, input: CommentInput, origin?: unknown): string {
  const { id, touchpointId, ...rest } = input;
  const fields = checkFields(commentSchema.shape, { createdAt: new Date().toISOString(), ...rest }, FIELDS, ['author', 'text']);
  const commentId = id ?? newId('m');
  doc.transact(() => {
    const maps = journeyMaps(doc);
    if (!maps.touchpoints.has(touchpointId)) throw new Error(`unknown touchpoint "${touchpointId}"`);
    if (maps.comments.has(commentId)) throw new Error(`a comment "${commentId}" exists already`);
    maps.comments.set(commentId, entity(withoutDefaults({ ...fields, touchpointId }, COMMENT_DEFAULTS), M));
  }, origin);
  return commentId;
}

/** Marks a comment resolved or open again. Returns false when nothing changed (or the comment is gone). */
export function setCommentResolved(doc: Y.Doc, commentId: string, resolved: boolean, origin?: unknown): boolean {
  const fields = checkFields(commentSchema.shape, { resolved }, ['resolved']);
  let changed = false;
  doc.transact(() => {
    const comment = journeyMaps(doc).comments.get(commentId);
    if (!comment) return;
    // Open is the default and is stored by leaving the key out.
    if (fields.resolved === true) changed = setChanged(comment, fields, M);
    else if (comment.has(M.resolved)) {
      comment.delete(M.resolved);
      changed = true;
    }
  }, origin);
  return changed;
}

/** Removes a comment. Returns false when it did not exist. */
export function removeComment(doc: Y.Doc, commentId: string, origin?: unknown): boolean {
  let removed = false;
  doc.transact(() => {
    const { comments } = journeyMaps(doc);
    removed = comments.has(commentId);
    comments.delete(commentId);
  }, origin);
  return removed;
}

/** Deletes the comments on a touchpoint; for use inside the transaction that removes it. */
export function deleteCommentsOn(doc: Y.Doc, touchpointId: string): void {
  const { comments } = journeyMaps(doc);
  for (const comment of entitiesWhere(comments, M.touchpointId, touchpointId)) comments.delete(keyOf(comment));
}
