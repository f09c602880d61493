// The REST API of the server, typed. Every call sends a bearer token (workspace key or
// link token) and turns an error answer into an ApiError with the server's message.
import type { Journey, Locale, ProblemInfo } from '@touchpoint/model';

export type Role = 'owner' | 'editor' | 'viewer';

export interface JourneySummary {
  id: string;
  title: string;
  createdAt: string;
  updatedAt: string;
  journeyScore: number | null;
  touchpoints: number;
}

export interface LinkInfo {
  token: string;
  url: string;
}

export interface JourneyLinks {
  editor: LinkInfo;
  viewer: LinkInfo;
}

export interface CreatedJourney {
  id: string;
  title: string;
  links: JourneyLinks;
}

export interface TemplateInfo {
  id: string;
  name: { en: string; nl: string };
  description: { en: string; nl: string };
}

export interface Access {
  journeyId: string;
  role: Role;
  title: string;
}

export interface VersionInfo {
  id: string;
  name: string;
  createdAt: string;
}

export interface ApiIssue extends ProblemInfo {
  path: string;
  message: string;
}

export class ApiError extends Error {
  readonly status: number;
  readonly issues: ApiIssue[];
  /** For a body too large (413): the most the server takes, in bytes, when it says. */
  readonly maxBytes: number | null;
  constructor(status: number, message: string, issues: ApiIssue[] = [], maxBytes: number | null = null) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.issues = issues;
    this.maxBytes = maxBytes;
  }
}

export interface ApiClient {
  templates(): Promise<TemplateInfo[]>;
  access(journeyId: string): Promise<Access>;
  list(): Promise<JourneySummary[]>;
  create(input: { title?: string; locale?: Locale; template?: string; journey?: unknown }): Promise<CreatedJourney>;
  get(journeyId: string): Promise<Journey>;
  /** Copies a journey as it is now into a new one named `title`. */
  /** Copies a journey; without a title the server names it in the journey's own language. */
  copy(journeyId: string, title?: string): Promise<CreatedJourney>;
  replace(journeyId: string, journey: unknown): Promise<Journey>;
  score<T = unknown>(journeyId: string): Promise<T>;
  rename(journeyId: string, title: string): Promise<void>;
  remove(journeyId: string): Promise<void>;
  trash(): Promise<JourneySummary[]>;
  restore(journeyId: string): Promise<void>;
  purge(journeyId: string): Promise<void>;
  versions(journeyId: string): Promise<VersionInfo[]>;
  saveVersion(journeyId: string, name: string): Promise<VersionInfo>;
  /** Restores a version; the current state is saved first as a version named `backupName`. */
  restoreVersion(journeyId: string, versionId: string, backupName?: string): Promise<{ restored: VersionInfo; backup: VersionInfo }>;
  links(journeyId: string): Promise<JourneyLinks>;
  rotateLink(journeyId: string, role: 'editor' | 'viewer'): Promise<LinkInfo>;
}

export function createApiClient(token: string | null, base = ''): ApiClient {
  async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = {};
    if (token) headers.authorization = `Bearer ${token}`;
    if (body !== undefined) headers['content-type'] = 'application/json';
    let response: Response;
    try {
      response = await fetch(`${base}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    } catch {
      throw new ApiError(0, 'The server cannot be reached.');
    }
    const text = await response.text();
    let data: unknown = null;
    try {
      data = text ? JSON.parse(text) : null;
    } catch {
      data = null;
    }
    if (!response.ok) {
      const info = (data ?? {}) as { error?: string; issues?: ApiIssue[]; maxBytes?: unknown };
      const maxBytes = typeof info.maxBytes === 'number' ? info.maxBytes : null;
      throw new ApiError(response.status, info.error ?? `${response.status} ${response.statusText}`, info.issues ?? [], maxBytes);
    }
    return data as T;
  }
  const j = (id: string) => `/api/journeys/${encodeURIComponent(id)}`;
  return {
    templates: () => call('GET', '/api/templates'),
    access: (id) => call('GET', `/api/access/${encodeURIComponent(id)}`),
    list: () => call('GET', '/api/journeys'),
    create: (input) => call('POST', '/api/journeys', input),
    get: (id) => call('GET', j(id)),
    copy: (id, title) => call('POST', `${j(id)}/copy`, title === undefined ? {} : { title }),
    replace: (id, journey) => call('PUT', j(id), journey),
    score: (id) => call('GET', `${j(id)}/score`),
    rename: (id, title) => call('PATCH', j(id), { title }),
    remove: (id) => call('DELETE', j(id)),
    trash: () => call('GET', '/api/trash'),
    restore: (id) => call('POST', `/api/trash/${encodeURIComponent(id)}/restore`),
    purge: (id) => call('DELETE', `/api/trash/${encodeURIComponent(id)}`),
    versions: (id) => call('GET', `${j(id)}/versions`),
    saveVersion: (id, name) => call('POST', `${j(id)}/versions`, { name }),
    restoreVersion: (id, versionId, backupName) =>
      call('POST', `${j(id)}/versions/${encodeURIComponent(versionId)}/restore`, backupName === undefined ? undefined : { backupName }),
    links: (id) => call('GET', `${j(id)}/links`),
    rotateLink: (id, role) => call('POST', `${j(id)}/links/${role}/rotate`),
  };
}
