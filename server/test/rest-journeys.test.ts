// REST journeys: create (blank, template, import), list, read, replace, rename, score, and
// clear 4xx answers for malformed input that leave everything as it was.
import { buildTemplate, fromJSON, journeyMaps, templates, toJSON, type Journey } from '@touchpoint/model';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, waitFor, type TestServer } from './helpers.ts';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer({ limits: { maxBodyBytes: 64 * 1024 } });
});
afterAll(async () => {
  await t.close();
});

/** A journey the way the server reads it back: through the document, in canonical order. */
const canonical = (journey: Journey): Journey => ({ ...toJSON(fromJSON(journey)), id: 'x' });

interface Created {
  id: string;
  title: string;
  links: { editor: { token: string; url: string }; viewer: { token: string; url: string } };
}

describe('templates', () => {
  it('lists the templates with names and descriptions in both languages, without a token', async () => {
    const res = await t.api<{ id: string; name: { en: string; nl: string } }[]>('/api/templates', { token: null });
    expect(res.status).toBe(200);
    expect(res.body.map((x) => x.id)).toEqual(templates.map((x) => x.id));
    for (const item of res.body) expect(item).toEqual({ id: item.id, name: { en: expect.any(String), nl: expect.any(String) }, description: { en: expect.any(String), nl: expect.any(String) } });
  });
});

describe('create', () => {
  it('creates a blank journey with share links as app URLs', async () => {
    const res = await t.api<Created>('/api/journeys', { body: { title: 'Blank one', locale: 'nl' } });
    expect(res.status).toBe(201);
    const { id, links } = res.body;
    expect(res.body.title).toBe('Blank one');
    expect(links.editor.url).toBe(`${t.server.url}/j/${id}?t=${links.editor.token}`);
    expect(links.viewer.url).toBe(`${t.server.url}/j/${id}?t=${links.viewer.token}`);
    expect(links.editor.token).not.toBe(links.viewer.token);
    const journey = await t.api<Journey>(`/api/journeys/${id}`);
    expect(journey.body).toMatchObject({ id, title: 'Blank one', locale: 'nl', phases: [], touchpoints: [] });
  });

  it('creates a journey from a template in the asked locale', async () => {
    const template = templates[0]!;
    const res = await t.api<Created>('/api/journeys', { body: { template: template.id, locale: 'nl' } });
    expect(res.status).toBe(201);
    const journey = (await t.api<Journey>(`/api/journeys/${res.body.id}`)).body;
    const expected = buildTemplate(template.id, { locale: 'nl', journeyId: res.body.id });
    expect(journey.id).toBe(res.body.id);
    expect(journey.title).toBe(expected.title);
    expect(journey.touchpoints.length).toBe(expected.touchpoints.length);
    expect(journey.touchpoints.length).toBeGreaterThan(0);
  });

  it('imports a journey under a fresh id', async () => {
    const source = buildTemplate(templates[1]!.id, { journeyId: 'j-imported-source' });
    const res = await t.api<Created>('/api/journeys', { body: { journey: source } });
    expect(res.status).toBe(201);
    expect(res.body.id).not.toBe('j-imported-source');
    const journey = (await t.api<Journey>(`/api/journeys/${res.body.id}`)).body;
    expect({ ...journey, id: 'x' }).toEqual(canonical(source));
  });

  it('answers bad input with 4xx and a readable message, creating nothing', async () => {
    const before = (await t.api<unknown[]>('/api/journeys')).body.length;
    const cases: [string, Parameters<TestServer['api']>[1], number, RegExp][] = [
      ['bad JSON', { raw: '{"title": ', method: 'POST' }, 400, /JSON/],
      ['not an object', { body: ['title'] }, 400, /object/],
      ['no title', { body: {} }, 400, /invalid journey/],
      ['blank title', { body: { title: '   ' } }, 400, /invalid journey/],
      ['wrong locale', { body: { title: 'x', locale: 'fr' } }, 400, /invalid journey/],
      ['unknown template', { body: { template: 'no-such-template' } }, 400, /unknown template/],
      ['invalid import', { body: { journey: { schemaVersion: 1, id: 'a', title: '' } } }, 400, /invalid journey/],
      ['huge body', { body: { title: 'x'.repeat(100 * 1024) } }, 413, /too large/],
      ['not JSON content', { raw: 'title=x', contentType: 'application/x-www-form-urlencoded', method: 'POST' }, 415, /./],
    ];
    for (const [what, init, status, message] of cases) {
      const res = await t.api<{ error: string }>('/api/journeys', init);
      expect(res.status, what).toBe(status);
      expect(res.body.error, what).toMatch(message);
    }
    const invalid = await t.api<{ error: string; issues: { path: string; message: string }[] }>('/api/journeys', {
      body: { journey: { schemaVersion: 1, id: 'a', title: 'T', touchpoints: [{ id: 't', phaseId: 'nope', order: 0, title: 'x' }] } },
    });
    expect(invalid.body.issues).toContainEqual({ path: 'touchpoints[0].phaseId', message: 'unknown phase "nope"', code: 'unknownPhase', params: { id: 'nope' } });
    expect((await t.api<unknown[]>('/api/journeys')).body.length).toBe(before);
  });

  it('names its body limit as a number in a 413, for clients to word it', async () => {
    const res = await t.api<{ error: string; maxBytes: number }>('/api/journeys', { body: { title: 'x'.repeat(100 * 1024) } });
    expect(res.status).toBe(413);
    expect(res.body.maxBytes).toBeGreaterThan(0);
    expect(res.body.error).toBe(`request body too large (limit ${res.body.maxBytes} bytes)`);
  });
});

describe('copy', () => {
  it('copies a journey as it is now, live edits included, under a new id with its own links', async () => {
    const { id, links } = (await t.api<Created>('/api/journeys', { body: { template: templates[0]!.id } })).body;
    // An edit that is only in the live document so far: the copy holds it.
    const client = t.client(id, links.editor.token);
    await client.synced();
    client.doc.getMap('meta').set('campaign', 'Spring campaign');
    await waitFor(async () => (await t.api<Journey>(`/api/journeys/${id}`)).body.campaign === 'Spring campaign', 'the edit to reach the server');
    const source = (await t.api<Journey>(`/api/journeys/${id}`)).body;

    const res = await t.api<Created>(`/api/journeys/${id}/copy`, { body: { title: 'Kopie van de reis' } });
    expect(res.status).toBe(201);
    expect(res.body.id).not.toBe(id);
    expect(res.body.title).toBe('Kopie van de reis');
    expect(res.body.links.editor.token).not.toBe(links.editor.token);
    const copy = (await t.api<Journey>(`/api/journeys/${res.body.id}`)).body;
    expect({ ...copy, id: 'x', title: 'x' }).toEqual({ ...source, id: 'x', title: 'x' });
    expect(copy.campaign).toBe('Spring campaign');
    // The copy is a journey of its own: editing it leaves the original as it was.
    await t.api(`/api/journeys/${res.body.id}`, { method: 'PATCH', body: { title: 'Changed copy' } });
    expect((await t.api<Journey>(`/api/journeys/${id}`)).body.title).toBe(source.title);
    const list = (await t.api<{ id: string; touchpoints: number }[]>('/api/journeys')).body;
    expect(list.find((j) => j.id === res.body.id)?.touchpoints).toBe(source.touchpoints.length);
  });

  it('names the copy after the original, in the journey\'s language, when no title is given', async () => {
    const { id } = (await t.api<Created>('/api/journeys', { body: { title: 'Claims' } })).body;
    const res = await t.api<Created>(`/api/journeys/${id}/copy`, { method: 'POST' });
    expect(res.status).toBe(201);
    expect(res.body.title).toBe('Copy of Claims');
    const dutch = (await t.api<Created>('/api/journeys', { body: { title: 'Schade melden', locale: 'nl' } })).body;
    const copy = await t.api<Created>(`/api/journeys/${dutch.id}/copy`, { method: 'POST' });
    expect(copy.body.title).toBe('Kopie van Schade melden');
  });

  it('numbers a second copy, a second import of one file and a second journey from a template, but keeps a title given', async () => {
    const { id } = (await t.api<Created>('/api/journeys', { body: { title: 'Returns' } })).body;
    const titles = [];
    for (let i = 0; i < 3; i++) titles.push((await t.api<Created>(`/api/journeys/${id}/copy`, { method: 'POST' })).body.title);
    expect(titles).toEqual(['Copy of Returns', 'Copy of Returns (2)', 'Copy of Returns (3)']);
    const file = (await t.api<Journey>(`/api/journeys/${id}`)).body;
    const imported = [];
    for (let i = 0; i < 2; i++) imported.push((await t.api<Created>('/api/journeys', { body: { journey: file } })).body.title);
    expect(imported).toEqual(['Returns (2)', 'Returns (3)']);
    const fromTemplate = [];
    for (let i = 0; i < 2; i++) fromTemplate.push((await t.api<Created>('/api/journeys', { body: { template: 'car-rental-winter' } })).body.title);
    // (Other tests in this file start from the template too: the number follows theirs.)
    const base = 'Renting a car for the ski holiday';
    const first = Number(/ \((\d+)\)$/.exec(fromTemplate[0]!)?.[1] ?? 1);
    expect(fromTemplate[0]).toBe(first === 1 ? base : `${base} (${first})`);
    expect(fromTemplate[1]).toBe(`${base} (${first + 1})`);
    // Named on purpose: kept, even when another journey has that name.
    expect((await t.api<Created>(`/api/journeys/${id}/copy`, { body: { title: 'Returns' } })).body.title).toBe('Returns');
    expect((await t.api<Created>('/api/journeys', { body: { journey: file, title: 'Returns' } })).body.title).toBe('Returns');
  });

  it('refuses a bad title, an unknown journey and a share link, creating nothing', async () => {
    const { id, links } = (await t.api<Created>('/api/journeys', { body: { title: 'Original' } })).body;
    const before = (await t.api<unknown[]>('/api/journeys')).body.length;
    // Tried: an empty title, a title that is not text, one too long.
    for (const title of ['  ', 42, 'x'.repeat(201)]) {
      const res = await t.api<{ error: string; issues: { path: string }[] }>(`/api/journeys/${id}/copy`, { body: { title } });
      expect(res.status).toBe(400);
      expect(res.body.issues[0]!.path).toBe('title');
    }
    // Tried: a journey that does not exist, one in the trash, and an editor link (which may not create journeys).
    expect((await t.api(`/api/journeys/j-missing/copy`, { body: {} })).status).toBe(404);
    expect((await t.api(`/api/journeys/${id}/copy`, { body: {}, token: links.editor.token })).status).toBe(403);
    const trashed = (await t.api<Created>('/api/journeys', { body: { title: 'Gone' } })).body;
    await t.api(`/api/journeys/${trashed.id}`, { method: 'DELETE' });
    expect((await t.api(`/api/journeys/${trashed.id}/copy`, { body: {} })).status).toBe(404);
    expect((await t.api<unknown[]>('/api/journeys')).body.length).toBe(before);
  });
});

describe('list, read, replace, rename, score', () => {
  it('lists journeys newest first with score and touchpoint count', async () => {
    const older = (await t.api<Created>('/api/journeys', { body: { title: 'Older' } })).body;
    const newer = (await t.api<Created>('/api/journeys', { body: { template: templates[0]!.id } })).body;
    const list = (await t.api<{ id: string; title: string; touchpoints: number; journeyScore: number | null; createdAt: string; updatedAt: string }[]>('/api/journeys')).body;
    const ids = list.map((j) => j.id);
    expect(ids.indexOf(newer.id)).toBeLessThan(ids.indexOf(older.id));
    const entry = list.find((j) => j.id === newer.id)!;
    expect(entry.touchpoints).toBeGreaterThan(0);
    expect(typeof entry.journeyScore).toBe('number');
    expect(new Date(entry.updatedAt).toISOString()).toBe(entry.updatedAt);
    // A blank journey has nothing to score yet: no score rather than the 90 of an empty map.
    const blank = list.find((j) => j.id === older.id)!;
    expect(blank).toMatchObject({ touchpoints: 0, journeyScore: null });
  });

  it('PUT replaces the content as one change that connected clients receive; invalid input changes nothing', async () => {
    const { id, links } = (await t.api<Created>('/api/journeys', { body: { title: 'To replace' } })).body;
    const client = t.client(id, links.editor.token);
    await client.synced();
    const replacement = buildTemplate(templates[2]!.id, { journeyId: 'ignored' });
    const put = await t.api<Journey>(`/api/journeys/${id}`, { method: 'PUT', body: replacement, token: links.editor.token });
    expect(put.status).toBe(200);
    expect(put.body.id).toBe(id);
    await waitFor(() => client.doc.getMap('meta').get('title') === replacement.title, 'the client to receive the replacement');
    expect(journeyMaps(client.doc).touchpoints.size).toBe(replacement.touchpoints.length);

    const bad = await t.api<{ error: string; issues: unknown[] }>(`/api/journeys/${id}`, { method: 'PUT', body: { ...replacement, phases: 'nope' } });
    expect(bad.status).toBe(400);
    expect(bad.body.issues.length).toBeGreaterThan(0);
    const after = (await t.api<Journey>(`/api/journeys/${id}`)).body;
    expect({ ...after, id: 'x' }).toEqual(canonical(replacement));
    const viewerPut = await t.api(`/api/journeys/${id}`, { method: 'PUT', body: replacement, token: links.viewer.token });
    expect(viewerPut.status).toBe(403);
  });

  it('PATCH renames live; an invalid title is refused', async () => {
    const { id, links } = (await t.api<Created>('/api/journeys', { body: { title: 'Old name' } })).body;
    const client = t.client(id, links.viewer.token);
    await client.synced();
    const res = await t.api(`/api/journeys/${id}`, { method: 'PATCH', body: { title: 'New name' }, token: links.editor.token });
    expect(res).toEqual({ status: 200, body: { id, title: 'New name' } });
    await waitFor(() => client.doc.getMap('meta').get('title') === 'New name', 'the rename to arrive');
    const list = (await t.api<{ id: string; title: string }[]>('/api/journeys')).body;
    expect(list.find((j) => j.id === id)!.title).toBe('New name');
    const bad = await t.api<{ error: string }>(`/api/journeys/${id}`, { method: 'PATCH', body: { title: '' } });
    expect(bad.status).toBe(400);
    expect(bad.body.error).toBe('invalid journey');
    expect((await t.api<Journey>(`/api/journeys/${id}`)).body.title).toBe('New name');
  });

  it('scores a journey for any valid token', async () => {
    const { id, links } = (await t.api<Created>('/api/journeys', { body: { template: templates[0]!.id } })).body;
    const res = await t.api<{ journeyScore: number; findings: unknown[]; touchpointScores: unknown }>(`/api/journeys/${id}/score`, { token: links.viewer.token });
    expect(res.status).toBe(200);
    expect(typeof res.body.journeyScore).toBe('number');
    expect(Array.isArray(res.body.findings)).toBe(true);
  });

  it('answers unknown routes under /api with JSON 404', async () => {
    expect(await t.api('/api/nothing-here')).toEqual({ status: 404, body: { error: 'not found: GET /api/nothing-here' } });
  });
});
