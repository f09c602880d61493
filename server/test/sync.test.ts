// Sync: clients of one journey converge through the server, and presence comes and goes.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestServer, waitFor, type TestServer } from './helpers.ts';

let t: TestServer;
beforeEach(async () => {
  t = await startTestServer();
});
afterEach(async () => {
  await t.close();
});

describe('sync', () => {
  it('two clients converge to identical documents, both ways', async () => {
    const { id, editor } = await t.create('Two clients');
    const a = t.client(id, editor);
    const b = t.client(id, t.server.workspaceKey);
    await Promise.all([a.synced(), b.synced()]);
    // Both received the journey created through the API.
    expect(a.doc.getMap('meta').get('title')).toBe('Two clients');
    expect(b.doc.getMap('meta').get('title')).toBe('Two clients');

    a.doc.getMap('notes').set('from-a', 1);
    b.doc.getMap('notes').set('from-b', 2);
    await waitFor(() => a.doc.getMap('notes').size === 2 && b.doc.getMap('notes').size === 2, 'both edits on both');
    expect(a.doc.toJSON()).toEqual(b.doc.toJSON());
  });

  it('50 clients converge to the same document', async () => {
    const { id, editor } = await t.create('Fifty');
    const clients = Array.from({ length: 50 }, () => t.client(id, editor));
    await Promise.all(clients.map((c) => c.synced()));
    clients.forEach((c, i) => c.doc.getMap('notes').set(`k${i}`, i));
    await waitFor(() => clients.every((c) => c.doc.getMap('notes').size === 50), 'all 50 edits everywhere', 30_000);
    const reference = clients[0]!.doc.toJSON();
    for (const c of clients) expect(c.doc.toJSON()).toEqual(reference);
    expect(reference.notes).toEqual(Object.fromEntries(clients.map((_, i) => [`k${i}`, i])));
  });

  it('an edit made while offline merges on reconnect', async () => {
    const { id, editor } = await t.create();
    const a = t.client(id, editor);
    const b = t.client(id, editor);
    await Promise.all([a.synced(), b.synced()]);
    a.provider.disconnect();
    a.doc.getMap('notes').set('offline', true);
    b.doc.getMap('notes').set('online', true);
    a.provider.connect();
    await waitFor(() => a.doc.getMap('notes').size === 2 && b.doc.getMap('notes').size === 2, 'merge after reconnect');
    expect(a.doc.toJSON()).toEqual(b.doc.toJSON());
  });
});

describe('awareness', () => {
  it('shows each client to the others, viewers included, and clears a client when it disconnects', async () => {
    const { id, editor, viewer } = await t.create();
    const a = t.client(id, editor);
    const b = t.client(id, viewer);
    await Promise.all([a.synced(), b.synced()]);
    a.provider.awareness.setLocalStateField('user', { name: 'Ann' });
    b.provider.awareness.setLocalStateField('user', { name: 'Vic (viewer)' });
    const names = (c: typeof a) =>
      [...c.provider.awareness.getStates().values()].map((s) => (s.user as { name: string } | undefined)?.name).sort();
    await waitFor(() => names(a).length === 2 && names(b).length === 2, 'both presences on both');
    expect(names(a)).toEqual(['Ann', 'Vic (viewer)']);

    b.destroy();
    await waitFor(() => names(a).length === 1, 'the viewer to disappear');
    expect(names(a)).toEqual(['Ann']);
  });

  it('a client that joins later sees the presence already there', async () => {
    const { id, editor } = await t.create();
    const a = t.client(id, editor);
    await a.synced();
    a.provider.awareness.setLocalStateField('user', { name: 'Early' });
    await new Promise((r) => setTimeout(r, 50));
    const late = t.client(id, editor);
    await late.synced();
    await waitFor(
      () => [...late.provider.awareness.getStates().values()].some((s) => (s.user as { name?: string } | undefined)?.name === 'Early'),
      'the late client to see the early one',
    );
  });
});
