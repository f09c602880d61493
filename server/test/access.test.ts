// Access: tokens decide who may connect, viewers may not write, rotated links stop working,
// and a refusal never tells whether the journey exists.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startTestServer, sleep, waitFor, type TestServer } from './helpers.ts';

let t: TestServer;
beforeEach(async () => {
  t = await startTestServer();
});
afterEach(async () => {
  await t.close();
});

/** Opens a bare websocket and reports what came back: messages and the close. */
function rawConnect(path: string): Promise<{ messages: number; code: number; reason: string }> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`${t.server.url.replace('http', 'ws')}${path}`);
    let messages = 0;
    ws.on('message', () => messages++);
    ws.on('close', (code, reason) => resolve({ messages, code, reason: reason.toString() }));
    ws.on('error', reject);
  });
}

describe('sync access', () => {
  it('refuses a connection without a token, with a wrong token, and for an unknown journey alike', async () => {
    const { id } = await t.create();
    const none = await rawConnect(`/sync/${id}`);
    const wrong = await rawConnect(`/sync/${id}?token=not-a-token`);
    const unknown = await rawConnect(`/sync/j-does-not-exist?token=not-a-token`);
    const unknownWithKey = await rawConnect(`/sync/j-does-not-exist?token=${t.server.workspaceKey}`);
    for (const result of [none, wrong, unknown, unknownWithKey]) {
      expect(result).toEqual({ messages: 0, code: 4401, reason: 'invalid or missing token' });
    }
  });

  it("refuses another journey's link token", async () => {
    const first = await t.create('First');
    const second = await t.create('Second');
    expect(await rawConnect(`/sync/${second.id}?token=${first.editor}`)).toMatchObject({ messages: 0, code: 4401 });
  });

  it('the stock client stops reconnecting after a refusal and receives nothing', async () => {
    const { id } = await t.create('Secret title');
    const c = t.client(id, 'wrong-token');
    await waitFor(() => c.closes.length > 0, 'the refusal');
    await sleep(300);
    expect(c.closes).toEqual([{ code: 4401, reason: 'invalid or missing token' }]);
    expect(c.doc.getMap('meta').size).toBe(0);
  });

  it("refuses a viewer's update: not applied, not relayed, not stored; the viewer still receives updates", async () => {
    const { id, editor, viewer } = await t.create('Read only');
    const e = t.client(id, editor);
    const v = t.client(id, viewer);
    await Promise.all([e.synced(), v.synced()]);
    expect(v.doc.getMap('meta').get('title')).toBe('Read only');

    v.doc.getMap('meta').set('title', 'Vandalised');
    await waitFor(() => v.denied.length > 0, 'the permission-denied message');
    expect(v.denied[0]).toMatch(/read-only/);

    // The editor's later change reaches the viewer: the connection stayed open, and the
    // viewer's change reached neither the editor nor the server.
    e.doc.getMap('notes').set('after', 1);
    await waitFor(() => v.doc.getMap('notes').get('after') === 1, 'the viewer to receive the editor change');
    expect(e.doc.getMap('meta').get('title')).toBe('Read only');
    expect((await t.api<{ title: string }>(`/api/journeys/${id}`)).body.title).toBe('Read only');
    expect((await t.api<string>('/metrics')).body).toMatch(/touchpoint_refused_messages_total [1-9]/);

    // Nothing of it in storage either: after a restart a fresh client sees the original title.
    e.destroy();
    v.destroy();
    await t.restart();
    const fresh = t.client(id, editor);
    await fresh.synced();
    expect(fresh.doc.getMap('meta').get('title')).toBe('Read only');
  });

  it('a viewer that has nothing new to send is not warned, even when the document holds deletions', async () => {
    const { id, editor, viewer } = await t.create();
    const e = t.client(id, editor);
    await e.synced();
    // Overwriting a key deletes the old value: the viewer's sync reply then carries a delete set.
    e.doc.getMap('meta').set('title', 'Renamed once');
    e.doc.getMap('meta').set('title', 'Renamed twice');
    await waitFor(async () => (await t.api<{ title: string }>(`/api/journeys/${id}`)).body.title === 'Renamed twice', 'the renames');
    const v = t.client(id, viewer);
    await v.synced();
    expect(v.doc.getMap('meta').get('title')).toBe('Renamed twice');
    // On reconnect the viewer's sync reply holds the whole delete set it knows.
    v.provider.disconnect();
    v.provider.connect();
    await v.synced();
    await sleep(200);
    expect(v.denied).toEqual([]);
  });

  it('rotating the editor link closes open connections that used it (4403) and refuses the old token', async () => {
    const { id, editor } = await t.create();
    const e = t.client(id, editor);
    const owner = t.client(id, t.server.workspaceKey);
    await Promise.all([e.synced(), owner.synced()]);
    const rotated = await t.api<{ token: string; url: string }>(`/api/journeys/${id}/links/editor/rotate`, { method: 'POST' });
    expect(rotated.status).toBe(200);
    expect(rotated.body.token).not.toBe(editor);
    expect(rotated.body.url).toContain(`/j/${id}?t=${rotated.body.token}`);
    await waitFor(() => e.closes.length > 0, 'the old-link connection to close');
    expect(e.closes[0]).toEqual({ code: 4403, reason: 'access revoked' });
    // The owner's connection is untouched.
    expect(owner.provider.wsconnected).toBe(true);
    expect(await rawConnect(`/sync/${id}?token=${editor}`)).toMatchObject({ code: 4401, messages: 0 });
    const renewed = t.client(id, rotated.body.token);
    await renewed.synced();
    expect((await t.api(`/api/journeys/${id}`, { token: editor })).status).toBe(403);
  });
});

describe('REST access', () => {
  it('tells each token its role; refusals look the same for unknown journeys', async () => {
    const { id, editor, viewer } = await t.create('Roles');
    expect((await t.api(`/api/access/${id}`)).body).toEqual({ journeyId: id, role: 'owner', title: 'Roles' });
    expect((await t.api(`/api/access/${id}`, { token: editor })).body).toEqual({ journeyId: id, role: 'editor', title: 'Roles' });
    expect((await t.api(`/api/access/${id}`, { token: viewer })).body).toEqual({ journeyId: id, role: 'viewer', title: 'Roles' });
    const wrong = await t.api(`/api/access/${id}`, { token: 'nope' });
    const unknown = await t.api(`/api/access/j-unknown`, { token: 'nope' });
    const otherLink = await t.api(`/api/access/j-unknown`, { token: editor });
    expect(wrong).toEqual({ status: 403, body: { error: 'access denied' } });
    expect(unknown).toEqual(wrong);
    expect(otherLink).toEqual(wrong);
    expect((await t.api(`/api/access/${id}`, { token: null })).status).toBe(401);
  });

  it('viewers only read; link tokens never reach key-only endpoints or other journeys', async () => {
    const { id, editor, viewer } = await t.create('Guarded');
    const other = await t.create('Other');
    expect((await t.api(`/api/journeys/${id}`, { token: viewer })).status).toBe(200);
    expect((await t.api(`/api/journeys/${id}/versions`, { token: viewer })).status).toBe(200);
    const patch = await t.api(`/api/journeys/${id}`, { method: 'PATCH', body: { title: 'No' }, token: viewer });
    expect(patch).toEqual({ status: 403, body: { error: 'this link may only read' } });
    expect((await t.api(`/api/journeys/${id}/links`, { token: viewer })).status).toBe(403);
    expect((await t.api(`/api/journeys/${id}/links`, { token: editor })).status).toBe(200);
    expect((await t.api(`/api/journeys/${id}/links/viewer/rotate`, { method: 'POST', token: editor })).status).toBe(403);
    expect((await t.api(`/api/journeys`, { token: editor })).status).toBe(403);
    expect((await t.api(`/api/journeys/${id}`, { method: 'DELETE', token: editor })).status).toBe(403);
    expect((await t.api(`/api/journeys/${other.id}`, { token: editor })).status).toBe(403);
    expect((await t.api(`/api/journeys/${id}`)).body).toMatchObject({ title: 'Guarded' });
    // Nothing changed by the refused calls.
    expect((await t.api<{ title: string }>(`/api/journeys/${id}`)).body.title).toBe('Guarded');
  });
});
