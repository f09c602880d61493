// Share links: read them, and rotate one (the old token stops working at once and the
// connections opened with it are closed).
import type { FastifyInstance } from 'fastify';
import { newToken } from '../access.ts';
import { CLOSE } from '../protocol.ts';
import type { LinkRole } from '../storage/store.ts';
import { authorize, HttpError, linksOf, type Params, type RestContext } from './context.ts';

export function linkRoutes(app: FastifyInstance, ctx: RestContext): void {
  app.get<Params<'id'>>('/api/journeys/:id/links', async (req) => {
    await authorize(ctx, req, req.params.id, 'write');
    return linksOf(ctx, req, (await ctx.store.getJourney(req.params.id))!);
  });

  app.post<Params<'id' | 'role'>>('/api/journeys/:id/links/:role/rotate', async (req) => {
    const { id, role } = req.params;
    await authorize(ctx, req, id, 'owner');
    if (role !== 'editor' && role !== 'viewer') throw new HttpError(404, 'no such link: expected editor or viewer');
    const before = (await ctx.store.getJourney(id))!;
    const old = role === 'editor' ? before.editorToken : before.viewerToken;
    await ctx.store.setLinkToken(id, role as LinkRole, newToken());
    await ctx.rooms.closeConnections(id, CLOSE.revoked.code, CLOSE.revoked.reason, (conn) => conn.token === old);
    const links = linksOf(ctx, req, (await ctx.store.getJourney(id))!);
    return links[role];
  });
}
