// startServer: the sync and storage server in one process: y-websocket sync, REST API,
// SQLite storage and the built web app, on one port.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { buildApp } from './app.ts';
import { Metrics } from './metrics.ts';
import { resolveOptions, type StartOptions } from './options.ts';
import { Rooms } from './rooms.ts';
import { openSqliteStore } from './storage/sqlite-store.ts';
import type { Store } from './storage/store.ts';
import { createSyncServer } from './sync.ts';

export type { ServerOptions, StartOptions, Limits } from './options.ts';
export type { Store } from './storage/store.ts';

export interface RunningServer {
  /** http://127.0.0.1:PORT (or the host it listens on). */
  url: string;
  port: number;
  workspaceKey: string;
  /** True when the key was generated into the data dir by this start. */
  keyGenerated: boolean;
  close(): Promise<void>;
}

const KEY_FILE = 'workspace-key';

function workspaceKeyFor(dataDir: string, given: string | undefined): { key: string; generated: boolean } {
  if (given) return { key: given, generated: false };
  const file = join(dataDir, KEY_FILE);
  if (existsSync(file)) {
    const key = readFileSync(file, 'utf8').trim();
    if (key) return { key, generated: false };
  }
  const key = randomBytes(24).toString('base64url');
  writeFileSync(file, `${key}\n`, { mode: 0o600 });
  return { key, generated: true };
}

export async function startServer(input: StartOptions = {}, store?: Store): Promise<RunningServer> {
  const options = resolveOptions(input);
  mkdirSync(options.dataDir, { recursive: true });
  const { key: workspaceKey, generated } = workspaceKeyFor(options.dataDir, options.workspaceKey);
  const storage = store ?? openSqliteStore(options.dataDir);
  const metrics = new Metrics();
  let log: (level: 'info' | 'warn' | 'error', message: string, detail?: object) => void = () => {};
  const rooms = new Rooms({ store: storage, metrics, compactEvery: options.compactEvery, log: (...a) => log(...a) });
  const app = await buildApp(
    { store: storage, rooms, metrics, workspaceKey, publicUrl: options.publicUrl },
    { logger: options.logger, limits: options.limits, webRoot: options.webRoot },
  );
  log = (level, message, detail = {}) => app.log[level](detail, message);
  const sync = createSyncServer({ store: storage, rooms, metrics, limits: options.limits, workspaceKey, log });
  let closing = false;
  app.server.on('upgrade', (req, socket, head) => {
    if (closing) {
      socket.end('HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    sync.handleUpgrade(req, socket, head);
  });

  await app.listen({ port: options.port, host: options.host });
  const port = (app.server.address() as AddressInfo).port;
  const wildcard = ['0.0.0.0', '::', '127.0.0.1', 'localhost'].includes(options.host);
  const host = wildcard ? '127.0.0.1' : options.host.includes(':') ? `[${options.host}]` : options.host;
  let closed: Promise<void> | undefined;

  return {
    url: `http://${host}:${port}`,
    port,
    workspaceKey,
    keyGenerated: generated,
    close() {
      closed ??= (async () => {
        closing = true;
        await sync.closeAll();
        await app.close();
        await rooms.drain();
        await sync.close();
        await storage.close();
      })();
      return closed;
    },
  };
}
