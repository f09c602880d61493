// The HTTP side: Fastify with the REST API, health and metrics, JSON errors, and the built
// web app with a single-page-app fallback.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';
import { JourneyValidationError } from '@touchpoint/model';
import type { Limits } from './options.ts';
import { historyRoutes } from './rest/history.ts';
import { journeyRoutes } from './rest/journeys.ts';
import { linkRoutes } from './rest/links.ts';
import { HttpError, type RestContext } from './rest/context.ts';

const NOT_APP = /^\/(api|sync|healthz|metrics)(\/|$|\?)/;

const MISSING_APP_PAGE = `<!doctype html>
<html><head><meta charset="utf-8"><title>Touchpoint</title></head>
<body><h1>Touchpoint</h1><p>The server is running, but the web app has not been built.
Run <code>pnpm build</code> (or <code>npm start</code>, which builds it) and reload.</p></body></html>`;

export async function buildApp(ctx: RestContext, options: { logger: boolean; limits: Limits; webRoot: string }): Promise<FastifyInstance> {
  const app = Fastify({ logger: options.logger, bodyLimit: options.limits.maxBodyBytes, forceCloseConnections: true });

  app.setErrorHandler((error: FastifyError | HttpError | JourneyValidationError, req, reply) => {
    if (error instanceof JourneyValidationError) {
      return reply.code(400).send({ error: 'invalid journey', issues: error.issues });
    }
    if (error instanceof HttpError) {
      return reply.code(error.statusCode).send(error.issues ? { error: error.message, issues: error.issues } : { error: error.message });
    }
    const status = (error as FastifyError).statusCode;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      // A body too large also says the limit as a number, for clients to word it themselves.
      if (status === 413) {
        const maxBytes = options.limits.maxBodyBytes;
        return reply.code(status).send({ error: `request body too large (limit ${maxBytes} bytes)`, maxBytes });
      }
      return reply.code(status).send({ error: error.message });
    }
    req.log.error(error);
    return reply.code(500).send({ error: 'internal error' });
  });

  app.get('/healthz', async () => ({ ok: true }));
  app.get('/metrics', async (_req, reply) => {
    const stats = await ctx.store.stats();
    reply.type('text/plain; version=0.0.4');
    return ctx.metrics.render({ rooms: ctx.rooms.size, storedUpdates: stats.updates, storedBytes: stats.bytes, journeys: stats.journeys });
  });
  journeyRoutes(app, ctx);
  historyRoutes(app, ctx);
  linkRoutes(app, ctx);

  const hasApp = existsSync(join(options.webRoot, 'index.html'));
  if (hasApp) await app.register(fastifyStatic, { root: options.webRoot, wildcard: true, index: 'index.html' });

  app.setNotFoundHandler((req, reply) => {
    const path = req.url;
    if (NOT_APP.test(path)) return reply.code(404).send({ error: `not found: ${req.method} ${path.split('?')[0]}` });
    if (req.method !== 'GET' && req.method !== 'HEAD') return reply.code(404).send({ error: 'not found' });
    if (!hasApp) return reply.code(200).type('text/html; charset=utf-8').send(MISSING_APP_PAGE);
    return reply.sendFile('index.html');
  });
  return app;
}
