// Who a token is: the workspace key (owner), or a journey's editor or viewer link token.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { LinkRole, Store } from './storage/store.ts';

export type Role = 'owner' | LinkRole;

export function newToken(): string {
  return randomBytes(24).toString('base64url');
}

const digest = (value: string) => createHash('sha256').update(value).digest();

export function isWorkspaceKey(key: string, token: string): boolean {
  return timingSafeEqual(digest(key), digest(token));
}

export function canWrite(role: Role): boolean {
  return role !== 'viewer';
}

/**
 * What `token` may do with the journey: its role; `trashed` when the token would open the
 * journey but it is in the trash (only someone who may open it learns that); `unknown` for
 * the workspace key and a journey that does not exist; else `denied` (no token, an unknown or
 * revoked one, another journey's link, an unknown journey all look the same).
 */
export type Access = { role: Role } | { refused: 'trashed' | 'unknown' | 'denied' };

export async function accessFor(store: Store, workspaceKey: string, token: string | undefined, journeyId: string): Promise<Access> {
  if (!token) return { refused: 'denied' };
  const journey = await store.getJourney(journeyId);
  const owner = isWorkspaceKey(workspaceKey, token);
  if (!journey) return { refused: owner ? 'unknown' : 'denied' };
  let role: Role;
  if (owner) role = 'owner';
  else {
    const link = await store.findByToken(token);
    if (!link || link.journeyId !== journeyId) return { refused: 'denied' };
    role = link.role;
  }
  return journey.deletedAt === null ? { role } : { refused: 'trashed' };
}
