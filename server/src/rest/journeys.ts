// Journeys: list, create (blank, from a template, or imported), copy, read, replace, rename,
// score and delete (to the trash); the template list and the access check.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import {
  buildTemplate,
  createJourney,
  hasJourney,
  newId,
  parseJourney,
  replaceJourney,
  templates,
  toJSON,
  uniqueName,
  updateJourney,
  type Journey,
} from '@touchpoint/model';
import { score, ScoringConfigError, ScoringInputError } from '@touchpoint/scoring';
import * as Y from 'yjs';
import { newToken } from '../access.ts';
import { CLOSE } from '../protocol.ts';
import { summarize } from '../summary.ts';
import {
  authorize,
  HttpError,
  linksOf,
  objectBody,
  requireKey,
  withRoom,
  type Params,
  type RestContext,
} from './context.ts';

const LOCALES = ['en', 'nl'] as const;
type Locale = (typeof LOCALES)[number];
/** A journey title's length limit (the model's). */
const MAX_TITLE = 200;

function invalid(issues: { path: string; message: string }[]): HttpError {
  return new HttpError(400, 'invalid journey', issues);
}

/** Reads a journey the way the API serves it. */
export async function readJourney(ctx: RestContext, id: string): Promise<Journey> {
  return withRoom(ctx, id, (room) => {
    if (!hasJourney(room.doc)) throw new HttpError(409, 'the journey holds no content yet');
    return toJSON(room.doc);
  });
}

/** Stores a new journey from its document (which it then destroys) with fresh share links. */
/** The titles of the journeys in the list (not those in the trash). */
async function journeyTitles(ctx: RestContext): Promise<string[]> {
  return (await ctx.store.listJourneys({ trashed: false })).map((j) => j.title);
}

async function storeNewJourney(ctx: RestContext, req: FastifyRequest, id: string, doc: Y.Doc) {
  const summary = summarize(doc);
  const record = await ctx.store.createJourney({
    id,
    title: summary.title ?? 'Untitled journey',
    editorToken: newToken(),
    viewerToken: newToken(),
    touchpoints: summary.touchpoints ?? 0,
    journeyScore: summary.journeyScore ?? null,
    state: Y.encodeStateAsUpdate(doc),
  });
  doc.destroy();
  return { id, title: record.title, links: linksOf(ctx, req, record) };
}

export function journeyRoutes(app: FastifyInstance, ctx: RestContext): void {
  app.get('/api/templates', async () => templates.map(({ id, name, description }) => ({ id, name, description })));

  app.get<Params<'journeyId'>>('/api/access/:journeyId', async (req) => {
    const { journeyId } = req.params;
    // A journey in the trash says so (410) to whoever could open it: restoring it opens it again.
    const role = await authorize(ctx, req, journeyId, 'read', { trashed: 'tell' });
    const journey = (await ctx.store.getJourney(journeyId))!;
    const room = await ctx.rooms.peek(journeyId);
    const title = room && hasJourney(room.doc) ? toJSON(room.doc).title : journey.title;
    return { journeyId, role, title };
  });

  app.get('/api/journeys', async (req) => {
    requireKey(ctx, req);
    const journeys = await ctx.store.listJourneys({ trashed: false });
    return Promise.all(
      journeys.map(async (j) => {
        // A journey open right now may have changed since its summary was stored.
        const room = await ctx.rooms.peek(j.id);
        const live = room ? summarize(room.doc) : {};
        const summary = { title: j.title, touchpoints: j.touchpoints, journeyScore: j.journeyScore, ...live };
        return { id: j.id, createdAt: j.createdAt, updatedAt: j.updatedAt, ...summary };
      }),
    );
  });

  app.post('/api/journeys', async (req, reply) => {
    requireKey(ctx, req);
    const body = objectBody(req.body ?? {});
    const { title, locale, template, journey } = body;
    if (title !== undefined && (typeof title !== 'string' || title.trim() === '')) {
      throw invalid([{ path: 'title', message: 'expected a non-empty string' }]);
    }
    if (locale !== undefined && !LOCALES.includes(locale as Locale)) {
      throw invalid([{ path: 'locale', message: 'must be one of "en", "nl"' }]);
    }
    if (template !== undefined && typeof template !== 'string') {
      throw invalid([{ path: 'template', message: 'expected a template id' }]);
    }
    const id = newId('j');
    let doc: Y.Doc;
    if (journey !== undefined || template !== undefined) {
      let source: unknown = journey;
      if (journey === undefined) {
        if (!templates.some((t) => t.id === template)) {
          throw new HttpError(400, 'unknown template', [{ path: 'template', message: `no template "${String(template)}"` }]);
        }
        source = buildTemplate(template as string, { locale: (locale as Locale | undefined) ?? 'en', journeyId: id });
      }
      const parsed = parseJourney(source);
      if (!parsed.ok) throw invalid(parsed.issues);
      const plain: Journey = { ...parsed.journey, id };
      // A title given is kept as it is; a template's or a file's is made unique in the list.
      if (typeof title === 'string') plain.title = title;
      else plain.title = uniqueName(plain.title, await journeyTitles(ctx), MAX_TITLE);
      if (locale !== undefined) plain.locale = locale as Locale;
      // Checks the overrides too.
      const checked = parseJourney(plain);
      if (!checked.ok) throw invalid(checked.issues);
      doc = new Y.Doc();
      replaceJourney(doc, checked.journey, 'api');
    } else {
      if (typeof title !== 'string') throw invalid([{ path: 'title', message: 'required' }]);
      doc = new Y.Doc();
      createJourney(doc, { id, title, locale: (locale as Locale | undefined) ?? 'en' }, 'api');
    }
    reply.code(201);
    return storeNewJourney(ctx, req, id, doc);
  });

  app.post<Params<'id'>>('/api/journeys/:id/copy', async (req, reply) => {
    const { id: sourceId } = req.params;
    await authorize(ctx, req, sourceId, 'owner');
    const { title } = objectBody(req.body ?? {});
    if (title !== undefined && (typeof title !== 'string' || title.trim() === '' || title.length > MAX_TITLE)) {
      throw invalid([{ path: 'title', message: `expected a name of 1 to ${MAX_TITLE} characters` }]);
    }
    const source = await readJourney(ctx, sourceId);
    const id = newId('j');
    // Without a title, named in the journey's own language, like the rest of its text.
    const copyTitle =
      typeof title === 'string'
        ? title.trim()
        : uniqueName((source.locale === 'nl' ? `Kopie van ${source.title}` : `Copy of ${source.title}`).slice(0, MAX_TITLE), await journeyTitles(ctx), MAX_TITLE);
    const doc = new Y.Doc();
    replaceJourney(doc, { ...source, id, title: copyTitle }, 'api');
    reply.code(201);
    return storeNewJourney(ctx, req, id, doc);
  });

  app.get<Params<'id'>>('/api/journeys/:id', async (req) => {
    await authorize(ctx, req, req.params.id, 'read');
    return readJourney(ctx, req.params.id);
  });

  app.put<Params<'id'>>('/api/journeys/:id', async (req) => {
    const { id } = req.params;
    await authorize(ctx, req, id, 'write');
    const parsed = parseJourney(req.body);
    if (!parsed.ok) throw invalid(parsed.issues);
    const plain = { ...parsed.journey, id };
    return withRoom(ctx, id, async (room) => {
      await room.change((doc) => replaceJourney(doc, plain, 'api'));
      await ctx.store.updateSummary(id, summarize(room.doc));
      return toJSON(room.doc);
    });
  });

  app.patch<Params<'id'>>('/api/journeys/:id', async (req) => {
    const { id } = req.params;
    await authorize(ctx, req, id, 'write');
    const { title } = objectBody(req.body);
    if (typeof title !== 'string') throw invalid([{ path: 'title', message: 'expected a string' }]);
    return withRoom(ctx, id, async (room) => {
      await room.change((doc) => updateJourney(doc, { title }, 'api'));
      const journey = toJSON(room.doc);
      await ctx.store.updateSummary(id, { title: journey.title });
      return { id, title: journey.title };
    });
  });

  app.get<Params<'id'>>('/api/journeys/:id/score', async (req) => {
    await authorize(ctx, req, req.params.id, 'read');
    const journey = await readJourney(ctx, req.params.id);
    try {
      return score(journey, { locale: journey.locale });
    } catch (error) {
      if (error instanceof ScoringConfigError) throw new HttpError(422, 'invalid scoring configuration', error.issues);
      if (error instanceof ScoringInputError) throw new HttpError(422, error.message);
      throw error;
    }
  });

  app.delete<Params<'id'>>('/api/journeys/:id', async (req, reply) => {
    const { id } = req.params;
    await authorize(ctx, req, id, 'owner');
    await ctx.store.trashJourney(id);
    await ctx.rooms.closeConnections(id, CLOSE.trashed.code, CLOSE.trashed.reason);
    reply.code(204);
  });
}

