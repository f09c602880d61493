// Server benchmarks, on loopback against the real server running as its own process:
// - relay latency: 100 clients across 10 journeys, each sending 10 updates a second;
// - first sync of a journey whose log holds 10,000 updates;
// - resident memory per idle open journey.
// Bounded: fixed durations and counts; the server is stopped at the end.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
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

/** Closes a provider and its awareness (whose check timer would keep the process alive). */
function closeProvider(p: WebsocketProvider): void {
  p.destroy();
  p.awareness.destroy();
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

/** The server's /metrics as name → value (unlabelled series only). */
async function metrics(url: string): Promise<Map<string, number>> {
  const text = await api<string>(url, '/metrics');
  return new Map([...text.matchAll(/^(\w+) (\S+)$/gm)].map((m) => [m[1]!, Number(m[2])]));
}

/** One sync-update frame, as the stock client sends it. */
function updateFrame(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  syncProtocol.writeUpdate(encoder, update);
  return encoding.toUint8Array(encoder);
}

/**
 * A load client: a raw socket speaking the protocol (sync step 1 on open, then one update
 * frame per write), with its own small Y.Doc to produce real updates. It reads and counts
 * what the server relays but does not apply it, which keeps 90 of them cheap for one process.
 */
function loadClient(url: string, id: string, env: { received: number }) {
  const doc = new Y.Doc();
  const ws = new WebSocket(`${url.replace('http', 'ws')}/sync/${id}?token=${KEY}`);
  let last: Uint8Array | undefined;
  doc.on('update', (u: Uint8Array) => (last = u));
  ws.on('message', () => env.received++);
  const opened = new Promise<void>((resolve, reject) => {
    ws.once('open', () => {
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, 0);
      syncProtocol.writeSyncStep1(encoder, doc);
      ws.send(encoding.toUint8Array(encoder));
      resolve();
    });
    ws.once('error', reject);
  });
  return {
    opened,
    write(value: number) {
      doc.getMap('bench').set(`c${doc.clientID}`, value);
      ws.send(updateFrame(last!));
    },
    close: () => ws.close(),
  };
}

interface RelayResult {
  p50: number;
  p95: number;
  p99: number;
  samples: number;
  expected: number;
  clientCpu: number;
  serverCpu: number;
  serverCpuPerUpdateMs: number;
  stored: number;
  compactions: number;
}

/**
 * 10 journeys, 10 clients each, every client writing 10 updates a second for SECONDS. In
 * each journey 9 clients are load clients (raw sockets, above) and 1 is a real
 * WebsocketProvider probe: latency is measured on the probes, from the moment a client
 * writes (its update carries performance.now()) to the probe's change event.
 */
async function relayLatency(url: string, serverPid: number): Promise<RelayResult> {
  const ROOMS = 10;
  const PER_ROOM = 10;
  const RATE = 10; // updates per second per client
  const SECONDS = 10;
  const WARMUP_SECONDS = 2;
  const ids: string[] = [];
  for (let r = 0; r < ROOMS; r++) ids.push((await api<{ id: string }>(url, '/api/journeys', { title: `Bench ${r}` })).id);
  const counts = { received: 0 };
  const probes = ids.map((id) => {
    const doc = new Y.Doc();
    return { doc, provider: provider(url, id, doc) };
  });
  const loads = ids.flatMap((id) => Array.from({ length: PER_ROOM - 1 }, () => loadClient(url, id, counts)));
  await Promise.all(loads.map((c) => c.opened));
  await waitSynced(probes.map((p) => p.provider));
  const latencies: number[] = [];
  let measuring = false;
  for (const p of probes) {
    const map = p.doc.getMap('bench');
    map.observe((event) => {
      if (!measuring || event.transaction.local) return;
      const now = performance.now();
      for (const key of event.keysChanged) latencies.push(now - (map.get(key) as number));
    });
  }
  const writers: (() => void)[] = [
    ...loads.map((c) => () => c.write(performance.now())),
    ...probes.map((p) => () => p.doc.getMap('bench').set(`c${p.doc.clientID}`, performance.now())),
  ];
  // Each client writes every 100 ms, at staggered offsets.
  const timers: NodeJS.Timeout[] = [];
  writers.forEach((write, i) =>
    timers.push(
      setTimeout(() => timers.push(setInterval(write, 1000 / RATE)), (i * 1000) / RATE / writers.length),
    ),
  );
  await sleep(WARMUP_SECONDS * 1000);
  const before = await metrics(url);
  measuring = true;
  const cpuStart = process.cpuUsage();
  const serverCpuStart = serverCpu(serverPid);
  const start = performance.now();
  await sleep(SECONDS * 1000);
  measuring = false;
  const seconds = (performance.now() - start) / 1000;
  const cpu = process.cpuUsage(cpuStart);
  const serverSeconds = serverCpu(serverPid) - serverCpuStart;
  const after = await metrics(url);
  for (const timer of timers) clearTimeout(timer), clearInterval(timer);
  for (const c of loads) c.close();
  for (const p of probes) closeProvider(p.provider);
  const stored = after.get('touchpoint_updates_stored_total')! - before.get('touchpoint_updates_stored_total')!;
  return {
    p50: median(latencies),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    samples: latencies.length,
    expected: ROOMS * (PER_ROOM - 1) * RATE * SECONDS,
    clientCpu: (cpu.user + cpu.system) / 1e6 / seconds,
    serverCpu: serverSeconds / seconds,
    serverCpuPerUpdateMs: (serverSeconds * 1000) / stored,
    stored,
    compactions: after.get('touchpoint_compactions_total')! - before.get('touchpoint_compactions_total')!,
  };
}

interface LoadResult {
  /** Connect to synced, on a client, per run. */
  times: number[];
  /** The server's own time to read and apply the journey, per run. */
  serverLoad: number[];
  /** What storage held at the cold start. */
  logLength: number;
  stateBytes: number;
}

/**
 * A journey that took `UPDATES` separate edits, written through the server by clients at
 * the default settings (so the server compacts its log every 500 updates as it goes); the
 * server is then killed (-9, so nothing is compacted on the way out) and started cold, and a
 * new client connects: the time from connecting to synced is measured.
 */
async function firstSyncAfterManyUpdates(UPDATES: number): Promise<LoadResult> {
  const WRITERS = 10;
  const result: LoadResult = { times: [], serverLoad: [], logLength: 0, stateBytes: 0 };
  for (let run = 0; run < 3; run++) {
    const dataDir = mkdtempSync(join(tmpdir(), 'touchpoint-bench-load-'));
    // The per-connection rate limit (200/s) is lifted while writing, only to save time.
    const writing = await startServerProcess(dataDir, { TOUCHPOINT_MAX_MESSAGES_PER_SECOND: '100000' });
    const { id } = await api<{ id: string }>(writing.url, '/api/journeys', { title: 'Long history' });
    const counts = { received: 0 };
    const writers = Array.from({ length: WRITERS }, () => loadClient(writing.url, id, counts));
    await Promise.all(writers.map((w) => w.opened));
    for (let i = 0; i < UPDATES; i++) {
      writers[i % WRITERS]!.write(i);
      if (i % 200 === 199) await sleep(1);
    }
    const deadline = Date.now() + 60_000;
    while ((await metrics(writing.url)).get('touchpoint_updates_stored_total')! < UPDATES) {
      if (Date.now() > deadline) throw new Error('the server did not store every update');
      await sleep(50);
    }
    writing.proc.kill('SIGKILL');
    await new Promise((r) => writing.proc.once('exit', r));
    for (const w of writers) w.close();

    const store = openSqliteStore(dataDir);
    const stored = await store.loadDocument(id);
    await store.close();
    result.logLength = stored.updates.length;
    result.stateBytes = stored.state?.length ?? 0;

    const server = await startServerProcess(dataDir);
    const client = new Y.Doc();
    const start = performance.now();
    const p = provider(server.url, id, client);
    await waitSynced([p]);
    result.times.push(performance.now() - start);
    result.serverLoad.push((await metrics(server.url)).get('touchpoint_room_load_seconds_total')! * 1000);
    if (client.getMap('bench').size !== WRITERS) throw new Error('loaded document misses writes');
    closeProvider(p);
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
  return result;
}

/**
 * For comparison: a log of 10,000 separate updates written straight into storage and never
 * compacted (as a server with compaction turned off would leave it), loaded cold.
 */
async function firstSyncOfUncompactedLog(): Promise<{ times: number[]; serverLoad: number[] }> {
  const UPDATES = 10_000;
  const out = { times: [] as number[], serverLoad: [] as number[] };
  for (let run = 0; run < 3; run++) {
    const dataDir = mkdtempSync(join(tmpdir(), 'touchpoint-bench-load-'));
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
    out.times.push(performance.now() - start);
    out.serverLoad.push((await metrics(server.url)).get('touchpoint_room_load_seconds_total')! * 1000);
    if (JSON.stringify(client.getMap('notes').toJSON()) !== JSON.stringify(notes.toJSON())) throw new Error('loaded document differs');
    closeProvider(p);
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
  return out;
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
  const r = await relayLatency(server.url, server.proc.pid!);
  console.log(
    `relay: ${r.stored} updates stored, ${r.compactions} compactions; ${r.samples} of ${r.expected} expected deliveries to the probes; ` +
      `p50 ${r.p50.toFixed(1)} ms, p95 ${r.p95.toFixed(1)} ms, p99 ${r.p99.toFixed(1)} ms; ` +
      `server cpu ${r.serverCpu.toFixed(2)} s/s (${r.serverCpuPerUpdateMs.toFixed(3)} ms per update: parse, apply, store, relay to 9); ` +
      `benchmark clients cpu ${r.clientCpu.toFixed(2)} s/s; load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores`,
  );
  rows.push({
    name: `relay latency p95, 100 clients in 10 journeys at 10 updates/s, measured on 10 WebsocketProvider probes (${r.samples} deliveries; p50 ${r.p50.toFixed(1)} ms, p99 ${r.p99.toFixed(1)} ms)`,
    value: `${r.p95.toFixed(1)} ms`,
    target: '< 20 ms',
    pass: r.p95 < 20,
  });
  rows.push({
    name: 'server CPU per relayed update (parse, apply, store, send to 9 others)',
    value: `${r.serverCpuPerUpdateMs.toFixed(3)} ms`,
    target: '—',
    pass: true,
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
const UPDATES = 10_499;
const loads = await firstSyncAfterManyUpdates(UPDATES);
console.log(
  `first sync after ${UPDATES} updates: storage held a ${loads.stateBytes}-byte state and ${loads.logLength} logged updates; ` +
    `connect→synced ${loads.times.map((t) => t.toFixed(0)).join(', ')} ms; server read+apply ${loads.serverLoad.map((t) => t.toFixed(1)).join(', ')} ms`,
);
rows.push({
  name: `first sync of a journey after ${UPDATES.toLocaleString('en')} updates written through the server (state + ${loads.logLength}-update tail, the longest at the default compactEvery 500; cold process after kill -9; median of 3)`,
  value: `${median(loads.times).toFixed(0)} ms`,
  target: '< 200 ms',
  pass: median(loads.times) < 200,
});
const raw = await firstSyncOfUncompactedLog();
console.log(
  `first sync of an uncompacted 10,000-update log: connect→synced ${raw.times.map((t) => t.toFixed(0)).join(', ')} ms; ` +
    `server read+apply ${raw.serverLoad.map((t) => t.toFixed(1)).join(', ')} ms`,
);
rows.push({
  name: 'for comparison: first sync of a never-compacted log of 10,000 updates (compaction off; median of 3)',
  value: `${median(raw.times).toFixed(0)} ms`,
  target: '—',
  pass: true,
});
record(
  'server',
  'Server',
  rows,
  'Server and clients on loopback; the server runs as its own process (`node --import tsx server/src/main.ts`), clients in the benchmark process. ' +
    'Relay load: in each of the 10 journeys, 9 clients are raw sockets speaking the y-websocket protocol (they send real Yjs updates and read, but do not apply, what is relayed) and 1 is a real `WebsocketProvider`; latency is measured on the 10 providers, from the write (the update carries the writer\'s clock) to the change event, over 10 s after 2 s of warm-up. ' +
    'First sync: 10,499 updates sent by 10 clients through the server at its default settings (it compacts every 500), then kill -9, a cold start, and one `WebsocketProvider` from connect to synced. ' +
    'The machine is shared: compare with the load average printed by the run.',
);
