// Fuzz: hostile clients send over 1,000 random and mutated frames (seeded, so a failure
// can be replayed). The server never exits, its memory and rooms stay bounded, and a
// well-behaved client in the same room sees no corruption.
import * as encoding from 'lib0/encoding';
import { afterEach, describe, expect, it } from 'vitest';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { rawClient, startTestServer, waitFor, type TestServer } from './helpers.ts';

let t: TestServer | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

/** mulberry32: a small seeded generator. */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = a;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (n: number) => Math.floor(next() * n), pick: <T>(items: T[]) => items[Math.floor(next() * items.length)]! };
}

function frame(type: number, write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, type);
  write(encoder);
  return encoding.toUint8Array(encoder);
}

/** Well-formed frames a hostile client starts from: updates to its own root, awareness, sync step 1. */
function seedFrames(): Uint8Array[] {
  const doc = new Y.Doc();
  const frames: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => frames.push(frame(0, (e) => syncProtocol.writeUpdate(e, update))));
  const hostile = doc.getMap('hostile');
  for (let i = 0; i < 20; i++) hostile.set(`k${i}`, { n: i, s: 'abc'.repeat(i) });
  doc.getArray('hostile-list').insert(0, [1, 2, 3]);
  doc.getText('hostile-text').insert(0, 'hello world');
  hostile.delete('k3');
  frames.push(frame(0, (e) => syncProtocol.writeSyncStep1(e, doc)));
  const awareness = new awarenessProtocol.Awareness(doc);
  awareness.setLocalState({ user: { name: 'hostile' } });
  frames.push(frame(1, (e) => encoding.writeVarUint8Array(e, awarenessProtocol.encodeAwarenessUpdate(awareness, [doc.clientID]))));
  awareness.destroy();
  frames.push(new Uint8Array([3]));
  return frames;
}

function mutate(rng: ReturnType<typeof random>, base: Uint8Array): Uint8Array {
  const bytes = new Uint8Array(base);
  switch (rng.int(5)) {
    case 0: {
      // flip a few bytes
      for (let i = 0, n = 1 + rng.int(4); i < n; i++) bytes[rng.int(bytes.length)] = rng.int(256);
      return bytes;
    }
    case 1:
      return bytes.subarray(0, rng.int(bytes.length)); // truncate
    case 2: {
      // append junk
      const tail = Uint8Array.from({ length: 1 + rng.int(32) }, () => rng.int(256));
      return new Uint8Array([...bytes, ...tail]);
    }
    case 3: {
      // a huge length prefix
      const out = new Uint8Array(bytes);
      if (out.length > 3) out.set([0xff, 0xff, 0xff, 0x0f], 2 % out.length);
      return out;
    }
    default:
      return Uint8Array.from({ length: 1 + rng.int(64) }, () => rng.int(256)); // pure noise
  }
}

describe('fuzz', () => {
  it('survives 1,200 random and mutated frames from hostile clients', async () => {
    t = await startTestServer({ limits: { maxDocBytes: 2 * 1024 * 1024 } });
    const { id, editor } = await t.create('Fuzzed');
    const good = t.client(id, editor);
    await good.synced();
    // The reference: what the well-behaved client wrote, applied to a document of its own.
    const reference = new Y.Doc();
    good.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== good.provider) Y.applyUpdate(reference, update);
    });
    Y.applyUpdate(reference, Y.encodeStateAsUpdate(good.doc));

    const rng = random(20261123);
    const seeds = seedFrames();
    const rssBefore = process.memoryUsage().rss;
    const FRAMES = 1200;
    let sent = 0;
    let closedConnections = 0;
    const codes = new Set<number>();
    const hostile = async () => {
      while (sent < FRAMES) {
        const bad = rawClient(t!.server, id, editor);
        await bad.opened;
        let open = true;
        void bad.closed.then(({ code }) => {
          open = false;
          closedConnections++;
          codes.add(code);
        });
        // Send frames until the server closes this connection (or 20 went through).
        for (let i = 0; i < 20 && open && sent < FRAMES; i++) {
          const base = rng.pick(seeds);
          bad.ws.send(rng.next() < 0.15 ? base : mutate(rng, base));
          sent++;
          await new Promise((r) => setTimeout(r, 1));
        }
        if (open) bad.ws.close();
        await bad.closed;
      }
    };
    // Meanwhile the good client keeps editing.
    let edits = 0;
    const goodEdits = (async () => {
      while (sent < FRAMES) {
        good.doc.getMap('notes').set(`edit-${edits}`, edits);
        edits++;
        await new Promise((r) => setTimeout(r, 5));
      }
    })();
    await Promise.all([hostile(), hostile(), hostile(), hostile(), goodEdits]);

    expect(sent).toBeGreaterThanOrEqual(1000);
    expect(closedConnections).toBeGreaterThan(50);
    expect([...codes].every((code) => [4400, 1009, 1005, 1000, 4413, 1006].includes(code))).toBe(true);
    expect((await t.api('/healthz')).body).toEqual({ ok: true });

    // No corruption: the good client's own data is exactly what it wrote, and a fresh client
    // sees the same document as the good one.
    good.doc.getMap('notes').set('final', true);
    const fresh = t.client(id, editor);
    await fresh.synced();
    await waitFor(() => fresh.doc.getMap('notes').get('final') === true, 'the final edit');
    expect(good.closes).toEqual([]);
    const notes = good.doc.getMap('notes').toJSON();
    expect(Object.keys(notes)).toHaveLength(edits + 1);
    for (let i = 0; i < edits; i++) expect(notes[`edit-${i}`]).toBe(i);
    expect(fresh.doc.getMap('notes').toJSON()).toEqual(notes);
    expect(fresh.doc.getMap('meta').toJSON()).toEqual(reference.getMap('meta').toJSON());
    expect(fresh.doc.getMap('meta').get('title')).toBe('Fuzzed');
    // Identical documents: same state vector and delete set, same content in every root.
    await waitFor(() => Y.equalSnapshots(Y.snapshot(fresh.doc), Y.snapshot(good.doc)), 'identical snapshots');
    for (const root of ['meta', 'notes', 'hostile']) expect(fresh.doc.getMap(root).toJSON()).toEqual(good.doc.getMap(root).toJSON());

    // Bounded: the hostile connections are gone, one room is loaded, memory did not run away.
    const metrics = async () => (await t!.api<string>('/metrics')).body;
    await waitFor(async () => /touchpoint_connections 2\b/.test(await metrics()), 'only the two good connections to remain');
    expect(await metrics()).toMatch(/touchpoint_rooms 1\b/);
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(300 * 1024 * 1024);
    reference.destroy();
  });
});
