// A journey moved to the trash: whoever has it open is told why (4404) and the stock client
// stops reconnecting; a new connection with a token that would open it is refused with the
// same reason, anyone else gets the usual 4401; the access check answers 410. Restoring the
// journey opens it again with the same links.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rawClient, sleep, startTestServer, waitFor, type TestServer } from './helpers.ts';

let t: TestServer;
beforeEach(async () => {
  t = await startTestServer();
});
afterEach(async () => {
  await t.close();
});

const TRASHED = { code: 4404, reason: 'journey moved to the trash' };
const trash = (id: string) => t.api(`/api/journeys/${id}`, { method: 'DELETE' });

async function refusal(id: string, token: string) {
  const raw = rawClient(t.server, id, token);
  const closed = await raw.closed;
  return { ...closed, messages: raw.messages.length };
}

describe('a journey moved to the trash', () => {
  it('closes the open connections with 4404, and the stock client does not reconnect', async () => {
    const { id, editor, viewer } = await t.create();
    const clients = [t.client(id, editor), t.client(id, viewer), t.client(id, t.server.workspaceKey)];
    await Promise.all(clients.map((c) => c.synced()));
    const ended: { code: number; reason: string }[] = [];
    clients[0]!.provider.on('closed', (event) => ended.push(event));

    expect((await trash(id)).status).toBe(204);
    await waitFor(() => clients.every((c) => c.closes.length > 0), 'every connection to close');
    for (const c of clients) expect(c.closes[0]).toEqual(TRASHED);
    expect(ended).toEqual([TRASHED]);
    // Time for several reconnects at the test clients' 200 ms backoff: none is tried.
    await sleep(700);
    for (const c of clients) expect(c.closes).toHaveLength(1);
    expect(clients[0]!.provider.wsconnected).toBe(false);
  });

  it('refuses a new connection with 4404 to the links and the key, and with 4401 to any other token', async () => {
    const { id, editor, viewer } = await t.create();
    const other = await t.create('Other');
    await trash(id);
    for (const token of [editor, viewer, t.server.workspaceKey]) {
      expect(await refusal(id, token)).toEqual({ ...TRASHED, messages: 0 });
    }
    for (const token of ['not-a-token', other.editor]) {
      expect(await refusal(id, token)).toEqual({ code: 4401, reason: 'invalid or missing token', messages: 0 });
    }
  });

  it('the access check answers 410 to whoever could open it, and the same refusal as ever to others', async () => {
    const { id, editor, viewer } = await t.create('Binned');
    await trash(id);
    for (const token of [editor, viewer, t.server.workspaceKey]) {
      expect(await t.api(`/api/access/${id}`, { token })).toEqual({ status: 410, body: { error: 'the journey is in the trash' } });
    }
    expect(await t.api(`/api/access/${id}`, { token: 'not-a-token' })).toEqual({ status: 403, body: { error: 'access denied' } });
    // Other routes still treat it as not there.
    expect((await t.api(`/api/journeys/${id}`)).status).toBe(404);
    expect((await t.api(`/api/journeys/${id}`, { token: editor })).status).toBe(403);
  });

  it('opens again with the same links once restored', async () => {
    const { id, editor } = await t.create('Back again');
    await trash(id);
    expect((await refusal(id, editor)).code).toBe(4404);
    expect((await t.api(`/api/trash/${id}/restore`, { method: 'POST' })).status).toBe(200);
    expect((await t.api(`/api/access/${id}`, { token: editor })).body).toEqual({ journeyId: id, role: 'editor', title: 'Back again' });
    const c = t.client(id, editor);
    await c.synced();
    expect(c.doc.getMap('meta').get('title')).toBe('Back again');
  });
});
