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
 * The role `token` has on the journey, or null when it has none: no token, an unknown or
 * revoked one, another journey's link, an unknown or trashed journey all look the same.
 */
export async function roleFor(
  store: Store,
  workspaceKey: string,
  token: string | undefined,
  journeyId: string,
  options: { trashed?: boolean } = {},
): Promise<Role | null> {
  if (!token) return null;
  const journey = await store.getJourney(journeyId);
  const visible = journey !== undefined && (options.trashed ? true : journey.deletedAt === null);
  if (isWorkspaceKey(workspaceKey, token)) return visible ? 'owner' : null;
  if (!visible) return null;
  const link = await store.findByToken(token);
  return link && link.journeyId === journeyId ? link.role : null;
}
