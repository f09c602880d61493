// The read view of a journey document for React: a zustand store refreshed from Yjs
// events. It never writes the document. After each transaction that touched the journey
// it recomputes the plain journey and keeps the identity of every entity whose content did
// not change, so memoised components (React Flow nodes) only re-render what changed.
import { hasJourney, journeyMaps, ROOT_NAMES, toJSON, type Journey } from '@touchpoint/model';
import type * as Y from 'yjs';
import { createStore, type StoreApi } from 'zustand/vanilla';

export interface JourneyView {
  journey: Journey | null;
  /** Bumped on every refresh, for subscribers that only need to know "something changed". */
  revision: number;
}

export type JourneyStore = StoreApi<JourneyView> & { destroy(): void };

function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameJson(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  for (const k of ka) if (!sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])) return false;
  return true;
}

/** Keeps the previous object for every item (matched by id) whose content is unchanged. */
function shareList<T extends { id: string }>(prev: readonly T[] | undefined, next: T[]): T[] {
  if (!prev) return next;
  const byId = new Map(prev.map((item) => [item.id, item]));
  let same = prev.length === next.length;
  const out = next.map((item, i) => {
    const old = byId.get(item.id);
    const kept = old && sameJson(old, item) ? old : item;
    if (kept !== prev[i]) same = false;
    return kept;
  });
  return same ? (prev as T[]) : out;
}

/** The next journey, sharing unchanged parts with the previous one. */
export function shareJourney(prev: Journey | null, next: Journey): Journey {
  if (!prev) return next;
  const shared: Journey = {
    ...next,
    personas: shareList(prev.personas, next.personas),
    channels: shareList(prev.channels, next.channels),
    phases: shareList(prev.phases, next.phases),
    touchpoints: shareList(prev.touchpoints, next.touchpoints),
    steps: shareList(prev.steps, next.steps),
    scoring: sameJson(prev.scoring, next.scoring) ? prev.scoring : next.scoring,
    comments: shareList(prev.comments, next.comments),
  };
  const keys = Object.keys(shared) as (keyof Journey)[];
  return keys.every((k) => shared[k] === prev[k]) ? prev : shared;
}

/** Creates the read view of `doc`; call `destroy()` when the document is closed. */
export function createJourneyStore(doc: Y.Doc): JourneyStore {
  const read = (prev: Journey | null): Journey | null => (hasJourney(doc) ? shareJourney(prev, toJSON(doc)) : null);
  const store = createStore<JourneyView>(() => ({ journey: read(null), revision: 0 }));
  const maps = journeyMaps(doc);
  let dirty = false;
  const markDirty = () => {
    dirty = true;
  };
  for (const name of ROOT_NAMES) maps[name].observeDeep(markDirty);
  // Observers run before afterTransaction: refresh once per transaction, not per root map.
  const refresh = () => {
    if (!dirty) return;
    dirty = false;
    const prev = store.getState();
    const journey = read(prev.journey);
    if (journey !== prev.journey) store.setState({ journey, revision: prev.revision + 1 });
  };
  doc.on('afterTransaction', refresh);
  return Object.assign(store, {
    destroy() {
      for (const name of ROOT_NAMES) maps[name].unobserveDeep(markDirty);
      doc.off('afterTransaction', refresh);
    },
  });
}
