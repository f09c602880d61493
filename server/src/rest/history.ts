// Named versions (save, list, restore) and the trash (list, restore, purge).
import type { FastifyInstance } from 'fastify';
import { hasJourney, newId, replaceJourney, toJSON } from '@touchpoint/model';
import { storeNow } from '../storage/sqlite-store.ts';
import type { VersionRecord } from '../storage/store.ts';
import { summarize } from '../summary.ts';
import { authorize, HttpError, objectBody, requireKey, withRoom, type Params, type RestContext } from './context.ts';
import type { Room } from '../room.ts';

const publicVersion = (v: VersionRecord) => ({ id: v.id, name: v.name, createdAt: v.createdAt });

/** A version's name from a request body: 1 to 200 characters, trimmed. */
function versionName(value: unknown, path: string): string {
  if (typeof value !== 'string' || value.trim() === '' || value.length > 200) {
    throw new HttpError(400, 'invalid version', [{ path, message: 'expected a name of 1 to 200 characters' }]);
  }
  return value.trim();
}

async function saveVersion(ctx: RestContext, room: Room, name: string): Promise<VersionRecord> {
  if (!hasJourney(room.doc)) throw new HttpError(409, 'the journey holds no content yet');
  const journey = await room.run(() => toJSON(room.doc));
  const version: VersionRecord = { id: newId('v'), journeyId: room.id, name, createdAt: storeNow() };
  await ctx.store.saveVersion(version, journey);
  return version;
}

export function historyRoutes(app: FastifyInstance, ctx: RestContext): void {
  app.get<Params<'id'>>('/api/journeys/:id/versions', async (req) => {
    await authorize(ctx, req, req.params.id, 'read');
    return (await ctx.store.listVersions(req.params.id)).map(publicVersion);
  });

  app.post<Params<'id'>>('/api/journeys/:id/versions', async (req, reply) => {
    const { id } = req.params;
    await authorize(ctx, req, id, 'write');
    const name = versionName(objectBody(req.body).name, 'name');
    const version = await withRoom(ctx, id, (room) => saveVersion(ctx, room, name));
    reply.code(201);
    return publicVersion(version);
  });

  app.post<Params<'id' | 'versionId'>>('/api/journeys/:id/versions/:versionId/restore', async (req) => {
    const { id, versionId } = req.params;
    await authorize(ctx, req, id, 'write');
    // The client may name the backup of the current state (in its user's language).
    const { backupName } = objectBody(req.body ?? {});
    const name = backupName === undefined ? undefined : versionName(backupName, 'backupName');
    const saved = await ctx.store.getVersion(id, versionId);
    if (!saved) throw new HttpError(404, 'version not found');
    return withRoom(ctx, id, async (room) => {
      // The state before the restore is kept as a version, so restoring that undoes it.
      const backup = await saveVersion(ctx, room, name ?? `Before restoring "${saved.version.name}"`);
      await room.change((doc) => replaceJourney(doc, { ...(saved.journey as object), id }, 'restore'));
      await ctx.store.updateSummary(id, summarize(room.doc));
      return { restored: publicVersion(saved.version), backup: publicVersion(backup) };
    });
  });

  app.get('/api/trash', async (req) => {
    requireKey(ctx, req);
    const journeys = await ctx.store.listJourneys({ trashed: true });
    return journeys.map((j) => ({ id: j.id, title: j.title, createdAt: j.createdAt, updatedAt: j.updatedAt, deletedAt: j.deletedAt }));
  });

  const trashed = async (id: string) => {
    const journey = await ctx.store.getJourney(id);
    if (!journey || journey.deletedAt === null) throw new HttpError(404, 'not in the trash');
    return journey;
  };

  app.post<Params<'id'>>('/api/trash/:id/restore', async (req) => {
    requireKey(ctx, req);
    const journey = await trashed(req.params.id);
    await ctx.store.restoreJourney(journey.id);
    return { id: journey.id, title: journey.title };
  });

  app.delete<Params<'id'>>('/api/trash/:id', async (req, reply) => {
    requireKey(ctx, req);
    const journey = await trashed(req.params.id);
    await ctx.store.purgeJourney(journey.id);
    reply.code(204);
  });
}
