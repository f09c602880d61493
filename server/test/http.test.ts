// The HTTP side: health, metrics, and the web app with its single-page fallback, or a page
// saying to build it.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './helpers.ts';

let t: TestServer | undefined;
let webRoot: string | undefined;
afterEach(async () => {
  await t?.close();
  if (webRoot) rmSync(webRoot, { recursive: true, force: true });
  t = undefined;
  webRoot = undefined;
});

describe('http', () => {
  it('answers /healthz and /metrics in the Prometheus text format', async () => {
    t = await startTestServer();
    expect(await t.api('/healthz', { token: null })).toEqual({ status: 200, body: { ok: true } });
    const { id, editor } = await t.create();
    const c = t.client(id, editor);
    await c.synced();
    c.doc.getMap('notes').set('a', 1);
    const metrics = async () => (await t!.api<string>('/metrics', { token: null })).body;
    await new Promise((r) => setTimeout(r, 100));
    const text = await metrics();
    expect(text).toMatch(/# TYPE touchpoint_connections gauge\ntouchpoint_connections 1\n/);
    expect(text).toMatch(/touchpoint_rooms 1\n/);
    expect(text).toMatch(/touchpoint_updates_stored_total 1\n/);
    expect(text).toMatch(/touchpoint_stored_bytes [1-9]\d*\n/);
    expect(text).toMatch(/touchpoint_refused_messages_total 0\n/);
    // One journey read from storage (by the first connection); no compaction yet.
    expect(text).toMatch(/touchpoint_room_loads_total 1\n/);
    expect(text).toMatch(/touchpoint_room_load_seconds_total (?!0\n)\d+(\.\d+)?(e-\d+)?\n/);
    expect(text).toMatch(/touchpoint_compactions_total 0\n/);
  });

  it('serves the web app, falling back to index.html for app routes but not for the API', async () => {
    webRoot = mkdtempSync(join(tmpdir(), 'touchpoint-web-'));
    mkdirSync(join(webRoot, 'assets'));
    writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>app shell</title>');
    writeFileSync(join(webRoot, 'assets', 'app.js'), 'console.log(1)');
    t = await startTestServer({ webRoot });
    const get = async (path: string) => {
      const res = await fetch(`${t!.server.url}${path}`);
      return { status: res.status, type: res.headers.get('content-type') ?? '', text: await res.text() };
    };
    expect(await get('/')).toMatchObject({ status: 200, text: expect.stringContaining('app shell') });
    expect(await get('/assets/app.js')).toMatchObject({ status: 200, text: 'console.log(1)' });
    expect(await get('/j/some-journey?t=abc')).toMatchObject({ status: 200, text: expect.stringContaining('app shell') });
    expect(await get('/j/some-journey/lookbook')).toMatchObject({ status: 200, text: expect.stringContaining('app shell') });
    const api = await get('/api/unknown');
    expect(api.status).toBe(404);
    expect(JSON.parse(api.text)).toEqual({ error: 'not found: GET /api/unknown' });
  });

  it('says to build the web app when it is missing', async () => {
    t = await startTestServer({ webRoot: join(tmpdir(), 'touchpoint-no-such-dir') });
    const res = await fetch(`${t.server.url}/j/x`);
    expect(res.status).toBe(200);
    expect(await res.text()).toMatch(/pnpm build/);
  });
});
