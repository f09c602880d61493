// An in-memory ApiClient for component tests: it keeps journeys and a trash like the
// server does and records every call, so tests can assert what reached the "server".
import { ApiError, type ApiClient, type JourneySummary, type TemplateInfo } from '../api/client.ts';

export interface FakeCall {
  method: keyof ApiClient;
  args: unknown[];
}

export interface FakeServer {
  journeys: JourneySummary[];
  trash: (JourneySummary & { deletedAt: string })[];
  templates: TemplateInfo[];
  calls: FakeCall[];
  /** When set, every call fails with it. */
  failWith: ApiError | null;
  /** Keys the fake accepts; others get a 403. */
  keys: string[];
  factory: (token: string | null) => ApiClient;
  callsOf(method: keyof ApiClient): unknown[][];
}

export const TEMPLATES: TemplateInfo[] = [
  {
    id: 'insurance-application',
    name: { en: 'Insurance application', nl: 'Verzekering aanvragen' },
    description: { en: 'From comparing to the first policy.', nl: 'Van vergelijken tot de eerste polis.' },
  },
  {
    id: 'car-rental-winter',
    name: { en: 'Car rental in winter', nl: 'Auto huren in de winter' },
    description: { en: 'Booking, pick-up and a snowy return.', nl: 'Boeken, ophalen en een besneeuwde inlevering.' },
  },
];

export function summary(overrides: Partial<JourneySummary> & { id: string; title: string }): JourneySummary {
  return {
    createdAt: '2026-01-01T10:00:00.000Z',
    updatedAt: '2026-01-01T10:00:00.000Z',
    journeyScore: 75,
    touchpoints: 5,
    ...overrides,
  };
}

export function fakeServer(initial: Partial<Pick<FakeServer, 'journeys' | 'templates' | 'keys'>> = {}): FakeServer {
  let counter = 0;
  const server: FakeServer = {
    journeys: initial.journeys ?? [],
    trash: [],
    templates: initial.templates ?? TEMPLATES,
    calls: [],
    failWith: null,
    keys: initial.keys ?? ['good-key'],
    callsOf: (method) => server.calls.filter((c) => c.method === method).map((c) => c.args),
    factory: (token) => {
      const handler = <K extends keyof ApiClient>(method: K, body: (...args: never[]) => unknown) =>
        (async (...args: unknown[]) => {
          server.calls.push({ method, args });
          if (server.failWith) throw server.failWith;
          if (!token || !server.keys.includes(token)) throw new ApiError(403, 'access denied');
          return structuredClone((body as (...a: unknown[]) => unknown)(...args));
        }) as unknown as ApiClient[K];
      const find = (id: string) => {
        const journey = server.journeys.find((j) => j.id === id);
        if (!journey) throw new ApiError(404, 'not found');
        return journey;
      };
      const notImplemented = () => {
        throw new Error('not used on the home page');
      };
      return {
        templates: handler('templates', () => server.templates),
        list: handler('list', () => server.journeys),
        trash: handler('trash', () => server.trash),
        create: handler('create', (input: { title?: string; template?: string; journey?: { title: string; touchpoints: unknown[] } }) => {
          const id = `j${++counter}`;
          const template = server.templates.find((tpl) => tpl.id === input.template);
          if (input.template && !template) throw new ApiError(400, 'unknown template', [{ path: 'template', message: 'no such template' }]);
          const title = input.title ?? input.journey?.title ?? template?.name.en ?? 'Untitled';
          server.journeys.push(summary({ id, title, touchpoints: input.journey?.touchpoints.length ?? (template ? 12 : 0) }));
          return { id, title, links: { editor: { token: 'e', url: '' }, viewer: { token: 'v', url: '' } } };
        }),
        copy: handler('copy', (id: string, given?: string) => {
          const source = find(id);
          // The server's name for an English journey's copy.
          const title = given ?? `Copy of ${source.title}`;
          const copyId = `j${++counter}`;
          server.journeys.push(summary({ id: copyId, title, touchpoints: source.touchpoints, journeyScore: source.journeyScore }));
          return { id: copyId, title, links: { editor: { token: 'e', url: '' }, viewer: { token: 'v', url: '' } } };
        }),
        rename: handler('rename', (id: string, title: string) => {
          find(id).title = title;
        }),
        remove: handler('remove', (id: string) => {
          const journey = find(id);
          server.journeys = server.journeys.filter((j) => j !== journey);
          server.trash.push({ ...journey, deletedAt: new Date().toISOString() });
        }),
        restore: handler('restore', (id: string) => {
          const journey = server.trash.find((j) => j.id === id);
          if (!journey) throw new ApiError(404, 'not in the trash');
          server.trash = server.trash.filter((j) => j !== journey);
          const { deletedAt: _deleted, ...rest } = journey;
          server.journeys.push(rest);
        }),
        purge: handler('purge', (id: string) => {
          server.trash = server.trash.filter((j) => j.id !== id);
        }),
        access: notImplemented,
        get: notImplemented,
        replace: notImplemented,
        score: notImplemented,
        versions: notImplemented,
        saveVersion: notImplemented,
        restoreVersion: notImplemented,
        links: notImplemented,
        rotateLink: notImplemented,
      } as ApiClient;
    },
  };
  return server;
}
