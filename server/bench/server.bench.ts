// Server benchmarks, on loopback against the real server running as its own process:
// - relay latency: 100 clients across 10 journeys, each sending 10 updates a second;
// - first sync of a journey whose log holds 10,000 updates;
// - resident memory per idle open journey.
// Bounded: fixed durations and counts; the server is stopped at the end.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { median, percentile, record, type BenchRow } from '../../bench/record.ts';
import { openSqliteStore } from '../src/storage/sqlite-store.ts';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const KEY = 'bench-workspace-key';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface ServerProcess {
  url: string;
  proc: ChildProcess;
  stop(): Promise<void>;
}

async function startServerProcess(dataDir: string, env: Record<string, string> = {}): Promise<ServerProcess> {
  const proc = spawn(process.execPath, ['--import', 'tsx', join(repo, 'server', 'src', 'main.ts')], {
    cwd: repo,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', TOUCHPOINT_DATA_DIR: dataDir, TOUCHPOINT_WORKSPACE_KEY: KEY, TOUCHPOINT_LOG: '0', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  proc.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  const deadline = Date.now() + 30_000;
  while (!/Touchpoint listening on (\S+)/.test(out)) {
    if (Date.now() > deadline || proc.exitCode !== null) throw new Error(`server did not start: ${out}`);
    await sleep(20);
  }
  const url = /Touchpoint listening on (\S+)/.exec(out)![1]!;
  return {
    url,
    proc,
    stop: () =>
      new Promise((resolve) => {
        proc.once('exit', () => resolve());
        proc.kill('SIGTERM');
      }),
  };
}

async function api<T>(url: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(`${url}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { authorization: `Bearer ${KEY}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return (res.headers.get('content-type') ?? '').includes('json') ? ((await res.json()) as T) : ((await res.text()) as T);
}

function provider(url: string, id: string, doc: Y.Doc) {
  return new WebsocketProvider(`${url.replace('http', 'ws')}/sync`, id, doc, {
    params: { token: KEY },
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  });
}

async function waitSynced(providers: WebsocketProvider[]): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (!providers.every((p) => p.synced)) {
    if (Date.now() > deadline) throw new Error('clients did not sync');
    await sleep(10);
  }
}

function serverCpu(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

async function relayLatency(url: string, serverPid: number): Promise<{ p50: number; p95: number; samples: number }> {
  const ROOMS = 10;
  const PER_ROOM = 10;
  const RATE = 10; // updates per second per client
  const SECONDS = 5;
  const ids: string[] = [];
  for (let r = 0; r < ROOMS; r++) ids.push((await api<{ id: string }>(url, '/api/journeys', { title: `Bench ${r}` })).id);
  const clients = ids.flatMap((id) =>
    Array.from({ length: PER_ROOM }, () => {
      const doc = new Y.Doc();
      return { doc, provider: provider(url, id, doc) };
    }),
  );
  await waitSynced(clients.map((c) => c.provider));
  const latencies: number[] = [];
  let measuring = false;
  for (const c of clients) {
    c.doc.getMap('bench').observe((event) => {
      if (!measuring || event.transaction.local) return;
      const now = performance.now();
      for (const key of event.keysChanged) {
        const sent = c.doc.getMap('bench').get(key) as number;
        latencies.push(now - sent);
      }
    });
  }
  // Each client writes its own key 10 times a second, at staggered offsets.
  measuring = true;
  const cpuStart = process.cpuUsage();
  const serverCpuStart = serverCpu(serverPid);
  const timers = clients.map((c, i) =>
    setTimeout(() => {
      const interval = setInterval(() => c.doc.getMap('bench').set(`c${c.doc.clientID}`, performance.now()), 1000 / RATE);
      timers.push(interval as unknown as NodeJS.Timeout);
    }, (i * 1000) / RATE / clients.length),
  );
  await sleep(SECONDS * 1000);
  measuring = false;
  const cpu = process.cpuUsage(cpuStart);
  console.log(`clients cpu ${((cpu.user + cpu.system) / 1e6 / SECONDS).toFixed(2)} s/s; server cpu ${((serverCpu(serverPid) - serverCpuStart) / SECONDS).toFixed(2)} s/s`);
  for (const timer of timers) clearTimeout(timer), clearInterval(timer);
  for (const c of clients) c.provider.destroy();
  return { p50: median(latencies), p95: percentile(latencies, 95), samples: latencies.length };
}

async function firstSyncOfLongLog(): Promise<number[]> {
  const UPDATES = 10_000;
  const times: number[] = [];
  for (let run = 0; run < 3; run++) {
    const dataDir = mkdtempSync(join(tmpdir(), 'touchpoint-bench-load-'));
    // Write the log straight into storage, as 10,000 separate small edits would leave it.
    const store = openSqliteStore(dataDir);
    const doc = new Y.Doc();
    const updates: Uint8Array[] = [];
    doc.on('update', (u: Uint8Array) => updates.push(u));
    doc.getMap('meta').set('id', 'j-long');
    doc.getMap('meta').set('title', 'Long log');
    const first = updates.shift()!;
    await store.createJourney({ id: 'j-long', title: 'Long log', editorToken: 'e', viewerToken: 'v', touchpoints: 0, journeyScore: null, state: first });
    for (const u of updates) await store.appendUpdate('j-long', u);
    const notes = doc.getMap('notes');
    for (let i = 0; updates.length < UPDATES; i++) {
      notes.set(`k${i % 500}`, { n: i, text: `edit number ${i}` });
      await store.appendUpdate('j-long', updates[updates.length - 1]!);
    }
    await store.close();
    const server = await startServerProcess(dataDir, { TOUCHPOINT_COMPACT_EVERY: '1000000' });
    const client = new Y.Doc();
    const start = performance.now();
    const p = provider(server.url, 'j-long', client);
    await waitSynced([p]);
    times.push(performance.now() - start);
    if (JSON.stringify(client.getMap('notes').toJSON()) !== JSON.stringify(notes.toJSON())) throw new Error('loaded document differs');
    p.destroy();
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
  return times;
}

/** A minimal idle client: joins the room with sync step 1 and then stays quiet. */
function idleClient(url: string, id: string): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`${url.replace('http', 'ws')}/sync/${id}?token=${KEY}`);
    ws.on('open', () => {
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, 0);
      syncProtocol.writeSyncStep1(encoder, new Y.Doc());
      ws.send(encoding.toUint8Array(encoder));
    });
    ws.once('message', () => resolve(ws));
    ws.on('error', reject);
  });
}

async function memoryPerRoom(url: string): Promise<number> {
  const ROOMS = 300;
  const ids: string[] = [];
  const templates = await api<{ id: string }[]>(url, '/api/templates');
  for (let r = 0; r < ROOMS; r++) {
    ids.push((await api<{ id: string }>(url, '/api/journeys', { template: templates[r % templates.length]!.id })).id);
  }
  const rss = async () => Number(/process_resident_memory_bytes (\d+)/.exec(await api<string>(url, '/metrics'))![1]);
  // Warm up: open and close a few rooms so that code paths are loaded and compiled.
  for (const id of ids.slice(0, 10)) (await idleClient(url, id)).close();
  await sleep(500);
  const before = await rss();
  const sockets: WebSocket[] = [];
  for (const id of ids) sockets.push(await idleClient(url, id));
  await sleep(1000);
  const after = await rss();
  for (const ws of sockets) ws.close();
  return (after - before) / ROOMS;
}

const rows: BenchRow[] = [];
const dataDir = mkdtempSync(join(tmpdir(), 'touchpoint-bench-'));
const server = await startServerProcess(dataDir);
try {
  const latency = await relayLatency(server.url, server.proc.pid!);
  rows.push({
    name: `relay latency p95, 100 clients in 10 journeys at 10 updates/s (${latency.samples} deliveries; p50 ${latency.p50.toFixed(1)} ms)`,
    value: `${latency.p95.toFixed(1)} ms`,
    target: '< 20 ms',
    pass: latency.p95 < 20,
  });
  const memory = await memoryPerRoom(server.url);
  rows.push({
    name: 'resident memory per idle open journey (300 template journeys, one idle client each)',
    value: `${(memory / 1024).toFixed(0)} KiB`,
    target: '< 1 MiB',
    pass: memory < 1024 * 1024,
  });
} finally {
  await server.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
const loads = await firstSyncOfLongLog();
rows.push({
  name: 'first sync of a journey with 10,000 stored updates (median of 3, fresh process each)',
  value: `${median(loads).toFixed(0)} ms`,
  target: '< 200 ms',
  pass: median(loads) < 200,
});
record(
  'server',
  'Server',
  rows,
  'Server and clients on loopback; the server runs as its own process (`node --import tsx server/src/main.ts`), clients in the benchmark process. Latency is measured from the write on one client to the change event on another.',
);
