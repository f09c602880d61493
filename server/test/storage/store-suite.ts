// The storage contract, runnable against any Store implementation: call describeStore with
// a factory that opens a fresh store (and reopens the same one, to check durability).
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { NewJourney, Store } from '../../src/storage/store.ts';

export interface StoreFactory {
  /** A new, empty store. */
  open(): Promise<{ store: Store; reopen(): Promise<Store>; dispose(): Promise<void> }>;
}

function journey(id: string, overrides: Partial<NewJourney> = {}): NewJourney {
  const doc = new Y.Doc();
  doc.getMap('meta').set('id', id);
  return {
    id,
    title: `Journey ${id}`,
    editorToken: `edit-${id}`,
    viewerToken: `view-${id}`,
    touchpoints: 0,
    journeyScore: null,
    state: Y.encodeStateAsUpdate(doc),
    ...overrides,
  };
}

/** Rebuilds a document from what the store holds. */
function docFrom(stored: { state: Uint8Array | null; updates: Uint8Array[] }): Y.Doc {
  const doc = new Y.Doc();
  if (stored.state) Y.applyUpdate(doc, stored.state);
  for (const update of stored.updates) Y.applyUpdate(doc, update);
  return doc;
}

export function describeStore(name: string, factory: StoreFactory): void {
  const withStore = (test: (store: Store, reopen: () => Promise<Store>) => Promise<void>) => async () => {
    const { store, reopen, dispose } = await factory.open();
    try {
      await test(store, reopen);
    } finally {
      await dispose();
    }
  };

  describe(`store contract: ${name}`, () => {
    it(
      'creates journeys, lists them newest first, finds them by link token',
      withStore(async (store) => {
        await store.createJourney(journey('a'));
        await store.createJourney(journey('b'));
        expect((await store.listJourneys({ trashed: false })).map((j) => j.id)).toEqual(['b', 'a']);
        const a = await store.getJourney('a');
        expect(a).toMatchObject({ id: 'a', title: 'Journey a', deletedAt: null, editorToken: 'edit-a', viewerToken: 'view-a' });
        expect(await store.findByToken('edit-a')).toEqual({ journeyId: 'a', role: 'editor' });
        expect(await store.findByToken('view-b')).toEqual({ journeyId: 'b', role: 'viewer' });
        expect(await store.findByToken('nope')).toBeUndefined();
        expect(await store.getJourney('zzz')).toBeUndefined();
      }),
    );

    it(
      'refuses a second journey with the same id or token, keeping the first',
      withStore(async (store) => {
        await store.createJourney(journey('a'));
        await expect(store.createJourney(journey('a', { editorToken: 'x', viewerToken: 'y' }))).rejects.toThrow();
        await expect(store.createJourney(journey('b', { editorToken: 'edit-a' }))).rejects.toThrow();
        expect((await store.listJourneys({ trashed: false })).map((j) => j.id)).toEqual(['a']);
      }),
    );

    it(
      'appends updates durably and compacts them into one state',
      withStore(async (store, reopen) => {
        await store.createJourney(journey('a'));
        const writer = new Y.Doc();
        const updates: Uint8Array[] = [];
        writer.on('update', (u: Uint8Array) => updates.push(u));
        for (let i = 0; i < 5; i++) writer.getMap('notes').set(`k${i}`, i);
        for (const u of updates) await store.appendUpdate('a', u);
        expect((await store.stats()).updates).toBe(5);

        const again = await reopen();
        const stored = await again.loadDocument('a');
        expect(stored.updates).toHaveLength(5);
        expect(docFrom(stored).getMap('notes').toJSON()).toEqual(writer.getMap('notes').toJSON());

        const merged = docFrom(stored);
        await again.compact('a', Y.encodeStateAsUpdate(merged));
        const compacted = await again.loadDocument('a');
        expect(compacted.updates).toEqual([]);
        expect(docFrom(compacted).getMap('notes').toJSON()).toEqual(writer.getMap('notes').toJSON());
        expect((await again.stats()).updates).toBe(0);
      }),
    );

    it(
      'keeps summaries and rotates link tokens',
      withStore(async (store) => {
        await store.createJourney(journey('a'));
        await store.updateSummary('a', { title: 'Renamed', touchpoints: 7, journeyScore: 81.5 });
        expect(await store.getJourney('a')).toMatchObject({ title: 'Renamed', touchpoints: 7, journeyScore: 81.5 });
        await store.setLinkToken('a', 'viewer', 'view-new');
        expect(await store.findByToken('view-a')).toBeUndefined();
        expect(await store.findByToken('view-new')).toEqual({ journeyId: 'a', role: 'viewer' });
      }),
    );

    it(
      'moves journeys to the trash and back, and purges them with everything they hold',
      withStore(async (store) => {
        await store.createJourney(journey('a'));
        await store.appendUpdate('a', new Uint8Array([0, 0]));
        await store.saveVersion({ id: 'v1', journeyId: 'a', name: 'v', createdAt: new Date().toISOString() }, { title: 'x' });
        await store.trashJourney('a');
        expect(await store.listJourneys({ trashed: false })).toEqual([]);
        expect((await store.listJourneys({ trashed: true })).map((j) => j.id)).toEqual(['a']);
        expect((await store.getJourney('a'))!.deletedAt).not.toBeNull();
        await store.restoreJourney('a');
        expect((await store.getJourney('a'))!.deletedAt).toBeNull();
        await store.purgeJourney('a');
        expect(await store.getJourney('a')).toBeUndefined();
        expect(await store.loadDocument('a')).toEqual({ state: null, updates: [] });
        expect(await store.listVersions('a')).toEqual([]);
        expect(await store.findByToken('edit-a')).toBeUndefined();
      }),
    );

    it(
      'saves versions with their journey, newest first',
      withStore(async (store) => {
        await store.createJourney(journey('a'));
        await store.saveVersion({ id: 'v1', journeyId: 'a', name: 'one', createdAt: '2026-01-01T00:00:00.000Z' }, { title: 'One' });
        await store.saveVersion({ id: 'v2', journeyId: 'a', name: 'two', createdAt: '2026-01-02T00:00:00.000Z' }, { title: 'Two' });
        expect((await store.listVersions('a')).map((v) => v.name)).toEqual(['two', 'one']);
        expect(await store.getVersion('a', 'v1')).toEqual({
          version: { id: 'v1', journeyId: 'a', name: 'one', createdAt: '2026-01-01T00:00:00.000Z' },
          journey: { title: 'One' },
        });
        expect(await store.getVersion('b', 'v1')).toBeUndefined();
      }),
    );
  });
}
