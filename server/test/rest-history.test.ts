// Versions (save, list, restore, restore again undoes it) and the trash (delete, list,
// restore, purge).
import type { Journey } from '@touchpoint/model';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, waitFor, type TestServer } from './helpers.ts';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(async () => {
  await t.close();
});

interface Version {
  id: string;
  name: string;
  createdAt: string;
}

describe('versions', () => {
  it('saves and lists versions; restoring is a live change, and restoring the backup undoes it', async () => {
    const { id, editor, viewer } = await t.create('Version one');
    const saved = await t.api<Version>(`/api/journeys/${id}/versions`, { body: { name: 'First draft' }, token: editor });
    expect(saved.status).toBe(201);
    expect(saved.body).toEqual({ id: expect.any(String), name: 'First draft', createdAt: expect.any(String) });

    const watcher = t.client(id, viewer);
    await watcher.synced();
    await t.api(`/api/journeys/${id}`, { method: 'PATCH', body: { title: 'Version two' }, token: editor });
    await waitFor(() => watcher.doc.getMap('meta').get('title') === 'Version two', 'the rename');

    const restored = await t.api<{ restored: Version; backup: Version }>(`/api/journeys/${id}/versions/${saved.body.id}/restore`, {
      method: 'POST',
      token: editor,
    });
    expect(restored.status).toBe(200);
    expect(restored.body.restored.id).toBe(saved.body.id);
    await waitFor(() => watcher.doc.getMap('meta').get('title') === 'Version one', 'the restore to reach the client');
    expect((await t.api<Journey>(`/api/journeys/${id}`)).body.title).toBe('Version one');

    const list = (await t.api<Version[]>(`/api/journeys/${id}/versions`, { token: viewer })).body;
    expect(list.map((v) => v.name)).toEqual(['Before restoring "First draft"', 'First draft']);

    // Restoring the automatic backup undoes the restore.
    await t.api(`/api/journeys/${id}/versions/${restored.body.backup.id}/restore`, { method: 'POST' });
    await waitFor(() => watcher.doc.getMap('meta').get('title') === 'Version two', 'the undo to reach the client');
    expect((await t.api<Journey>(`/api/journeys/${id}`)).body.title).toBe('Version two');
  });

  it('refuses bad version input and viewers, changing nothing', async () => {
    const { id, viewer } = await t.create();
    expect((await t.api<{ error: string }>(`/api/journeys/${id}/versions`, { body: { name: '' } })).status).toBe(400);
    expect((await t.api(`/api/journeys/${id}/versions`, { body: { name: 'x' }, token: viewer })).status).toBe(403);
    expect((await t.api(`/api/journeys/${id}/versions/v-unknown/restore`, { method: 'POST' })).status).toBe(404);
    expect((await t.api<Version[]>(`/api/journeys/${id}/versions`)).body).toEqual([]);
  });

  it('names the backup of a restore as the client asks, and refuses a bad name before restoring anything', async () => {
    const { id, editor } = await t.create('Eerste');
    const saved = (await t.api<Version>(`/api/journeys/${id}/versions`, { body: { name: 'Concept' }, token: editor })).body;
    await t.api(`/api/journeys/${id}`, { method: 'PATCH', body: { title: 'Tweede' }, token: editor });
    const bad = await t.api<{ issues: { path: string }[] }>(`/api/journeys/${id}/versions/${saved.id}/restore`, { body: { backupName: '' }, token: editor });
    expect(bad.status).toBe(400);
    expect(bad.body.issues[0]!.path).toBe('backupName');
    expect((await t.api<Journey>(`/api/journeys/${id}`)).body.title).toBe('Tweede');
    expect((await t.api<Version[]>(`/api/journeys/${id}/versions`)).body.map((v) => v.name)).toEqual(['Concept']);

    const restored = await t.api<{ backup: Version }>(`/api/journeys/${id}/versions/${saved.id}/restore`, {
      body: { backupName: 'Voor het terugzetten van “Concept”' },
      token: editor,
    });
    expect(restored.status).toBe(200);
    expect(restored.body.backup.name).toBe('Voor het terugzetten van “Concept”');
    expect((await t.api<Journey>(`/api/journeys/${id}`)).body.title).toBe('Eerste');
  });
});

describe('trash', () => {
  it('moves a journey to the trash, restores it, and purges it for good', async () => {
    const { id, editor } = await t.create('Trash me');
    expect((await t.api(`/api/journeys/${id}`, { method: 'DELETE' })).status).toBe(204);
    const live = (await t.api<{ id: string }[]>('/api/journeys')).body;
    expect(live.some((j) => j.id === id)).toBe(false);
    const trash = (await t.api<{ id: string; title: string; deletedAt: string }[]>('/api/trash')).body;
    expect(trash.find((j) => j.id === id)).toMatchObject({ title: 'Trash me', deletedAt: expect.any(String) });
    expect((await t.api(`/api/journeys/${id}`)).status).toBe(404);
    expect((await t.api(`/api/journeys/${id}`, { token: editor })).status).toBe(403);

    expect((await t.api(`/api/trash/${id}/restore`, { method: 'POST' })).status).toBe(200);
    expect((await t.api<Journey>(`/api/journeys/${id}`)).body.title).toBe('Trash me');
    expect((await t.api<{ id: string }[]>('/api/trash')).body.some((j) => j.id === id)).toBe(false);
    const c = t.client(id, editor);
    await c.synced();
    expect(c.doc.getMap('meta').get('title')).toBe('Trash me');

    // Purging needs the journey to be in the trash first.
    expect((await t.api(`/api/trash/${id}`, { method: 'DELETE' })).status).toBe(404);
    await t.api(`/api/journeys/${id}`, { method: 'DELETE' });
    expect((await t.api(`/api/trash/${id}`, { method: 'DELETE' })).status).toBe(204);
    expect((await t.api<{ id: string }[]>('/api/trash')).body.some((j) => j.id === id)).toBe(false);
    expect((await t.api(`/api/journeys/${id}`)).status).toBe(404);
    expect((await t.api(`/api/trash/${id}/restore`, { method: 'POST' })).status).toBe(404);
  });

  it('only the workspace key reaches the trash', async () => {
    const { editor } = await t.create();
    expect((await t.api('/api/trash', { token: editor })).status).toBe(403);
    expect((await t.api('/api/trash', { token: null })).status).toBe(401);
  });
});
