// Persistence: what clients wrote is there after a restart, a crash (kill -9) of the
// process, and a SIGTERM; the log is compacted. The crash and SIGTERM tests run the real
// main.ts as a child process of node itself (no wrapper binary in between), so the signal
// reaches the server process, and they check the process is gone before restarting.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { openSqliteStore } from '../src/storage/sqlite-store.ts';
import { startTestServer, waitFor, type TestServer } from './helpers.ts';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..', '..');
const KEY = 'child-workspace-key';

let t: TestServer | undefined;
const cleanups: (() => void | Promise<void>)[] = [];
/** Every server process a test started; none may outlive its test. */
const children = new Set<Child>();

async function killChildren(): Promise<void> {
  for (const child of [...children]) {
    if (child.proc.exitCode === null && child.proc.signalCode === null) child.proc.kill('SIGKILL');
    await child.exited;
    children.delete(child);
  }
}

afterEach(async () => {
  try {
    await killChildren();
  } finally {
    await t?.close();
    t = undefined;
    for (const c of cleanups.splice(0)) await c();
  }
});
afterAll(killChildren);

interface Child {
  proc: ChildProcess;
  url: string;
  output: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/**
 * Runs the server as its own process (the real main.ts, loaded by node with tsx as an
 * import hook, so `proc` is the server itself) and waits for its URL line.
 */
async function spawnServer(dataDir: string): Promise<Child> {
  const proc = spawn(process.execPath, ['--import', 'tsx', join(repo, 'server', 'src', 'main.ts')], {
    cwd: repo,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', TOUCHPOINT_DATA_DIR: dataDir, TOUCHPOINT_WORKSPACE_KEY: KEY, TOUCHPOINT_LOG: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  proc.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  proc.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    proc.on('exit', (code, signal) => resolve({ code, signal })),
  );
  const url = () => /Touchpoint listening on (http:\/\/\S+)/.exec(out)?.[1];
  const child: Child = { proc, url: '', output: () => out, exited };
  children.add(child);
  await waitFor(() => url() !== undefined || proc.exitCode !== null, `the server to print its URL (output: ${out})`, 30_000);
  if (!url()) throw new Error(`the server exited before listening: ${out}`);
  child.url = url()!;
  return child;
}

/** True when nothing accepts connections on the URL's port any more. */
function portClosed(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect({ host: hostname, port: Number(port) });
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code === 'ECONNREFUSED'));
  });
}

/** True while a process with this pid exists. */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function createJourney(url: string): Promise<{ id: string; editor: string }> {
  const res = await fetch(`${url}/api/journeys`, {
    method: 'POST',
    headers: { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' },
    body: JSON.stringify({ title: 'Durable' }),
  });
  const body = (await res.json()) as { id: string; links: { editor: { token: string } } };
  return { id: body.id, editor: body.links.editor.token };
}

function client(url: string, id: string, token: string) {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(`${url.replace('http', 'ws')}/sync`, id, doc, {
    params: { token },
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  });
  cleanups.push(() => provider.destroy());
  return { doc, provider };
}

async function fetchJourney(url: string, id: string) {
  const res = await fetch(`${url}/api/journeys/${id}`, { headers: { authorization: `Bearer ${KEY}` } });
  return (await res.json()) as { title: string };
}

describe('persistence', () => {
  it('keeps what clients wrote across a clean restart', async () => {
    t = await startTestServer();
    const { id, editor } = await t.create('Before restart');
    const a = t.client(id, editor);
    await a.synced();
    a.doc.getMap('meta').set('title', 'Written live');
    await waitFor(async () => (await t!.api<{ title: string }>(`/api/journeys/${id}`)).body.title === 'Written live', 'the server to have it');
    a.destroy();
    await t.restart();
    const b = t.client(id, editor);
    await b.synced();
    expect(b.doc.getMap('meta').get('title')).toBe('Written live');
  });

  it('an update another client received survives kill -9 of the server', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'touchpoint-crash-'));
    cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
    const first = await spawnServer(dataDir);
    const { id, editor } = await createJourney(first.url);
    const a = client(first.url, id, editor);
    const b = client(first.url, id, editor);
    await waitFor(() => a.provider.synced && b.provider.synced, 'both clients to sync');
    a.doc.getMap('notes').set('survives', 'kill -9');
    await waitFor(() => b.doc.getMap('notes').get('survives') === 'kill -9', 'client B to receive the update');
    first.proc.kill('SIGKILL');
    expect(await first.exited).toEqual({ code: null, signal: 'SIGKILL' });
    // The server itself died: no process with its pid, nothing on its port.
    expect(running(first.proc.pid!)).toBe(false);
    expect(await portClosed(first.url)).toBe(true);
    a.provider.destroy();
    b.provider.destroy();

    const second = await spawnServer(dataDir);
    const c = client(second.url, id, editor);
    await waitFor(() => c.provider.synced, 'a new client to sync with the restarted server');
    expect(c.doc.getMap('notes').get('survives')).toBe('kill -9');
  });

  it('SIGTERM stops the server with exit code 0 and the data flushed', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'touchpoint-term-'));
    cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
    const child = await spawnServer(dataDir);
    const { id, editor } = await createJourney(child.url);
    const a = client(child.url, id, editor);
    await waitFor(() => a.provider.synced, 'the client to sync');
    a.doc.getMap('meta').set('title', 'Flushed on SIGTERM');
    await waitFor(async () => (await fetchJourney(child.url, id)).title === 'Flushed on SIGTERM', 'the server to have the title');
    child.proc.kill('SIGTERM');
    expect(await child.exited).toEqual({ code: 0, signal: null });
    expect(running(child.proc.pid!)).toBe(false);
    expect(await portClosed(child.url)).toBe(true);

    // Read the database directly: the connection was open, so the room was compacted on stop.
    const store = openSqliteStore(dataDir);
    const stored = await store.loadDocument(id);
    await store.close();
    expect(stored.updates).toHaveLength(0);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, stored.state!);
    expect(doc.getMap('meta').get('title')).toBe('Flushed on SIGTERM');
  });

  it('compacts the update log every N updates and when the last client leaves', async () => {
    t = await startTestServer({ compactEvery: 10 });
    const { id, editor } = await t.create();
    const a = t.client(id, editor);
    await a.synced();
    for (let i = 0; i < 25; i++) {
      a.doc.getMap('notes').set(`k${i}`, i);
      await new Promise((r) => setTimeout(r, 2));
    }
    await waitFor(async () => (await t!.api<{ notes?: unknown }>(`/api/journeys/${id}`)).status === 200, 'api');
    const metrics = async () => (await t!.api<string>('/metrics')).body;
    await waitFor(async () => /touchpoint_updates_stored_total 25/.test(await metrics()), '25 stored updates');
    // 25 updates with compaction every 10: 5 left in the log.
    expect(await metrics()).toMatch(/touchpoint_log_updates 5\b/);
    expect(await metrics()).toMatch(/touchpoint_compactions_total 2\b/);
    a.destroy();
    await waitFor(async () => /touchpoint_rooms 0\b/.test(await metrics()), 'the room to unload');
    expect(await metrics()).toMatch(/touchpoint_log_updates 0\b/);
    expect(await metrics()).toMatch(/touchpoint_compactions_total 3\b/);
    const b = t.client(id, editor);
    await b.synced();
    expect(Object.keys(b.doc.getMap('notes').toJSON())).toHaveLength(25);
  });
});
