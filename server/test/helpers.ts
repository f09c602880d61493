// Shared by the server tests: a real server on an ephemeral loopback port with a fresh data
// dir, REST calls, and real y-websocket clients over real sockets.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import * as authProtocol from 'y-protocols/auth';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { startServer, type RunningServer, type StartOptions } from '../src/index.ts';

export interface TestServer {
  server: RunningServer;
  dataDir: string;
  api<T = unknown>(path: string, init?: { method?: string; body?: unknown; token?: string | null; raw?: string; contentType?: string }): Promise<{ status: number; body: T }>;
  /** Creates a blank journey; returns its id and link tokens. */
  create(title?: string): Promise<{ id: string; editor: string; viewer: string }>;
  client(journeyId: string, token: string, options?: { connect?: boolean }): Client;
  restart(options?: StartOptions): Promise<void>;
  close(): Promise<void>;
}

export interface Client {
  doc: Y.Doc;
  provider: WebsocketProvider;
  /** Close events the client saw. */
  closes: { code: number; reason: string }[];
  /** Permission-denied reasons the client received. */
  denied: string[];
  synced(): Promise<void>;
  destroy(): void;
}

export async function waitFor(check: () => boolean | Promise<boolean>, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function startTestServer(options: StartOptions = {}): Promise<TestServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'touchpoint-server-'));
  const base: StartOptions = { port: 0, host: '127.0.0.1', dataDir, logger: false, workspaceKey: 'test-workspace-key', ...options };
  let server = await startServer(base);
  const clients: Client[] = [];

  const api: TestServer['api'] = async (path, init = {}) => {
    const token = init.token === undefined ? server.workspaceKey : init.token;
    const headers: Record<string, string> = {};
    if (token !== null) headers.authorization = `Bearer ${token}`;
    let body: string | undefined;
    if (init.raw !== undefined) body = init.raw;
    else if (init.body !== undefined) body = JSON.stringify(init.body);
    if (body !== undefined) headers['content-type'] = init.contentType ?? 'application/json';
    const response = await fetch(`${server.url}${path}`, {
      method: init.method ?? (body === undefined ? 'GET' : 'POST'),
      headers,
      body,
    });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      // not JSON (metrics, pages): the text itself
    }
    return { status: response.status, body: parsed as never };
  };

  const t: TestServer = {
    get server() {
      return server;
    },
    dataDir,
    api,
    async create(title = 'Test journey') {
      const res = await api<{ id: string; links: { editor: { token: string }; viewer: { token: string } } }>('/api/journeys', {
        body: { title },
      });
      if (res.status !== 201) throw new Error(`create failed: ${res.status} ${JSON.stringify(res.body)}`);
      return { id: res.body.id, editor: res.body.links.editor.token, viewer: res.body.links.viewer.token };
    },
    client(journeyId, token, { connect = true } = {}) {
      const doc = new Y.Doc();
      const provider = new WebsocketProvider(`${server.url.replace('http', 'ws')}/sync`, journeyId, doc, {
        params: { token },
        // ws stands in for the browser's WebSocket; its types differ slightly from the DOM's.
        WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
        disableBc: true,
        connect,
        maxBackoffTime: 200,
      });
      const closes: Client['closes'] = [];
      const denied: string[] = [];
      provider.on('connection-close', (event) => {
        if (event) closes.push({ code: event.code, reason: event.reason });
      });
      // Auth messages: record the permission-denied reasons instead of only logging them.
      provider.messageHandlers[2] = (_encoder, decoder) =>
        authProtocol.readAuthMessage(decoder, doc, (_doc, reason) => denied.push(reason));
      const client: Client = {
        doc,
        provider,
        closes,
        denied,
        synced: () => waitFor(() => provider.synced, `client ${doc.clientID} to sync`),
        destroy() {
          provider.destroy();
          doc.destroy();
        },
      };
      clients.push(client);
      return client;
    },
    async restart(options = {}) {
      await server.close();
      server = await startServer({ ...base, ...options, port: 0 });
    },
    async close() {
      for (const c of clients) c.destroy();
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return t;
}

/** The document state as plain JSON, for comparing clients. */
export function snapshotOf(doc: Y.Doc): unknown {
  return doc.toJSON();
}

export interface RawClient {
  ws: WebSocket;
  /** Binary messages received. */
  messages: Uint8Array[];
  opened: Promise<void>;
  closed: Promise<{ code: number; reason: string }>;
}

/** A bare websocket to a journey, for sending frames the stock client never would. */
export function rawClient(server: RunningServer, journeyId: string, token: string): RawClient {
  const ws = new WebSocket(`${server.url.replace('http', 'ws')}/sync/${journeyId}?token=${encodeURIComponent(token)}`);
  const messages: Uint8Array[] = [];
  ws.on('message', (data: Buffer) => messages.push(new Uint8Array(data)));
  const opened = new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  const closed = new Promise<{ code: number; reason: string }>((resolve) => {
    ws.on('error', () => undefined);
    ws.on('close', (code, reason) => resolve({ code, reason: reason.toString() }));
  });
  return { ws, messages, opened, closed };
}
