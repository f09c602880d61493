// Limits: an oversized, garbage or truncated frame, a flood of messages, one connection too
// many or a document grown past its limit closes that one connection with a clear code and
// reason; the server and the other clients go on untouched.
import * as encoding from 'lib0/encoding';
import { afterEach, describe, expect, it } from 'vitest';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import type { StartOptions } from '../src/index.ts';
import { rawClient, startTestServer, waitFor, type TestServer } from './helpers.ts';

let t: TestServer | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

function updateFrame(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  syncProtocol.writeUpdate(encoder, update);
  return encoding.toUint8Array(encoder);
}

/** An update that sets `notes.key` to `value`, made by a throwaway document. */
function noteUpdate(key: string, value: unknown): Uint8Array {
  const doc = new Y.Doc();
  doc.getMap('notes').set(key, value);
  return Y.encodeStateAsUpdate(doc);
}

/** Starts a server and a well-behaved client that must not notice the misbehaving one. */
async function withBystander(options: StartOptions = {}) {
  t = await startTestServer(options);
  const journey = await t.create('Limits');
  const good = t.client(journey.id, journey.editor);
  await good.synced();
  return { ...journey, good };
}

/** The bystander can still edit, and a fresh client sees exactly its document. */
async function expectBystanderFine(id: string, editor: string, good: ReturnType<TestServer['client']>) {
  good.doc.getMap('notes').set('still-works', true);
  const fresh = t!.client(id, editor);
  await fresh.synced();
  await waitFor(() => fresh.doc.getMap('notes').get('still-works') === true, 'the bystander edit to arrive');
  expect(fresh.doc.toJSON()).toEqual(good.doc.toJSON());
  expect(good.closes).toEqual([]);
  expect((await t!.api('/healthz')).body).toEqual({ ok: true });
}

describe('limits', () => {
  it('closes a connection that sends a frame over maxFrameBytes (1009)', async () => {
    const { id, editor, good } = await withBystander({ limits: { maxFrameBytes: 4096 } });
    const bad = rawClient(t!.server, id, editor);
    await bad.opened;
    bad.ws.send(updateFrame(noteUpdate('huge', 'x'.repeat(10_000))));
    expect(await bad.closed).toMatchObject({ code: 1009 });
    await expectBystanderFine(id, editor, good);
    expect(good.doc.getMap('notes').has('huge')).toBe(false);
  });

  it('closes a connection that sends garbage (4400) and keeps nothing of it', async () => {
    const { id, editor, good } = await withBystander();
    const bad = rawClient(t!.server, id, editor);
    await bad.opened;
    bad.ws.send(new Uint8Array([0x07, 0xff, 0xff, 0xff, 0x01]));
    expect(await bad.closed).toEqual({ code: 4400, reason: 'malformed message' });
    await expectBystanderFine(id, editor, good);
  });

  it('closes a connection that sends a truncated update (4400) and keeps nothing of it', async () => {
    const { id, editor, good } = await withBystander();
    const bad = rawClient(t!.server, id, editor);
    await bad.opened;
    const frame = updateFrame(noteUpdate('truncated', 'value that is cut off'));
    bad.ws.send(frame.subarray(0, frame.length - 6));
    expect(await bad.closed).toEqual({ code: 4400, reason: 'malformed message' });
    await expectBystanderFine(id, editor, good);
    expect(good.doc.getMap('notes').has('truncated')).toBe(false);
  });

  it('closes a connection that sends more messages per second than allowed (4429)', async () => {
    const { id, editor, good } = await withBystander({ limits: { maxMessagesPerSecond: 20 } });
    const bad = rawClient(t!.server, id, editor);
    await bad.opened;
    // Query-awareness messages: harmless one by one, a flood in a burst.
    for (let i = 0; i < 200; i++) bad.ws.send(new Uint8Array([3]));
    expect(await bad.closed).toEqual({ code: 4429, reason: 'too many messages' });
    await expectBystanderFine(id, editor, good);
  });

  it('refuses one connection more than maxConnectionsPerRoom (1013), other journeys unaffected', async () => {
    const { id, editor, good } = await withBystander({ limits: { maxConnectionsPerRoom: 2 } });
    const second = t!.client(id, editor);
    await second.synced();
    const third = rawClient(t!.server, id, editor);
    expect(await third.closed).toEqual({ code: 1013, reason: 'too many connections to this journey, try again later' });
    const other = await t!.create('Another journey');
    const elsewhere = t!.client(other.id, other.editor);
    await elsewhere.synced();
    expect(good.closes).toEqual([]);
  });

  it('closes a connection whose update would grow the document past maxDocBytes (4413), keeping the document', async () => {
    const { id, editor, good } = await withBystander({ limits: { maxDocBytes: 4000 } });
    const bad = rawClient(t!.server, id, editor);
    await bad.opened;
    bad.ws.send(updateFrame(noteUpdate('too-big', 'y'.repeat(5000))));
    expect(await bad.closed).toEqual({ code: 4413, reason: 'document size limit reached' });
    expect((await t!.api<{ title: string }>(`/api/journeys/${id}`)).body.title).toBe('Limits');
    await expectBystanderFine(id, editor, good);
    expect(good.doc.getMap('notes').has('too-big')).toBe(false);
  });
});
