// What the REST routes share: the store, the rooms, the workspace key, and the helpers that
// check a request's token and build share-link URLs.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { accessFor, isWorkspaceKey, type Role } from '../access.ts';
import type { Rooms } from '../rooms.ts';
import type { JourneyRecord, Store } from '../storage/store.ts';
import type { Metrics } from '../metrics.ts';

export interface RestContext {
  store: Store;
  rooms: Rooms;
  metrics: Metrics;
  workspaceKey: string;
  publicUrl: string | undefined;
}

/** An error answered as JSON with its status: `{ error, issues? }`. */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    message: string,
    readonly issues?: { path: string; message: string }[],
  ) {
    super(message);
  }
}

export function bearer(req: FastifyRequest): string | undefined {
  const header = req.headers.authorization;
  if (typeof header !== 'string') return undefined;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match?.[1];
}

export type Need = 'read' | 'write' | 'owner';

/**
 * The caller's role on a journey, or throws: 401 without a token, 403 for a token that
 * does not open this journey (the same whether it exists or not), 403 for a link that may
 * not do this, 404 for the workspace key and a journey that does not exist. A journey in
 * the trash is not there (404 or 403 as above), unless `trashed` asks to say so: then a
 * token that would open it gets 410.
 */
export async function authorize(
  ctx: RestContext,
  req: FastifyRequest,
  journeyId: string,
  need: Need,
  options: { trashed?: 'tell' } = {},
): Promise<Role> {
  const token = bearer(req);
  if (!token) throw new HttpError(401, 'missing token: send Authorization: Bearer <token>');
  const access = await accessFor(ctx.store, ctx.workspaceKey, token, journeyId);
  if (!('role' in access)) {
    if (access.refused === 'trashed' && options.trashed === 'tell') throw new HttpError(410, 'the journey is in the trash');
    if (access.refused !== 'denied' && isWorkspaceKey(ctx.workspaceKey, token)) throw new HttpError(404, 'journey not found');
    throw new HttpError(403, 'access denied');
  }
  const { role } = access;
  if (need === 'owner' && role !== 'owner') throw new HttpError(403, 'only the workspace key may do this');
  if (need === 'write' && role === 'viewer') throw new HttpError(403, 'this link may only read');
  return role;
}

export function requireKey(ctx: RestContext, req: FastifyRequest): void {
  const token = bearer(req);
  if (!token) throw new HttpError(401, 'missing token: send Authorization: Bearer <token>');
  if (!isWorkspaceKey(ctx.workspaceKey, token)) throw new HttpError(403, 'only the workspace key may do this');
}

export function baseUrl(ctx: RestContext, req: FastifyRequest): string {
  if (ctx.publicUrl) return ctx.publicUrl.replace(/\/+$/, '');
  return `${req.protocol}://${req.host}`;
}

export function linksOf(ctx: RestContext, req: FastifyRequest, journey: JourneyRecord) {
  const base = baseUrl(ctx, req);
  const url = (token: string) => `${base}/j/${encodeURIComponent(journey.id)}?t=${encodeURIComponent(token)}`;
  return {
    editor: { token: journey.editorToken, url: url(journey.editorToken) },
    viewer: { token: journey.viewerToken, url: url(journey.viewerToken) },
  };
}

/** Runs `use` with the journey's live room held, loading it when needed. */
export async function withRoom<T>(ctx: RestContext, id: string, use: (room: import('../room.ts').Room) => Promise<T> | T): Promise<T> {
  const room = await ctx.rooms.acquire(id);
  try {
    return await use(room);
  } finally {
    ctx.rooms.release(room);
  }
}

export function objectBody(body: unknown): Record<string, unknown> {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw new HttpError(400, 'expected a JSON object body');
  }
  return body as Record<string, unknown>;
}

export type Params<K extends string> = { Params: Record<K, string> };
export type { FastifyReply };
