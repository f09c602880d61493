// Presence on Yjs awareness: each person's name, colour, cursor (in flow coordinates) and
// selection. Nothing of this is written to the document.
import type { Awareness } from 'y-protocols/awareness';
import { create } from 'zustand';

export interface Peer {
  clientId: number;
  name: string;
  color: string;
  cursor: { x: number; y: number } | null;
  selection: string[];
}

interface PresenceState {
  peers: Peer[];
  /** For each selected id, the colours of the other people who selected it. */
  selectedBy: Record<string, string[]>;
}

export const usePresence = create<PresenceState>(() => ({ peers: [], selectedBy: {} }));

function readPeer(clientId: number, state: Record<string, unknown>): Peer | null {
  const user = state.user as { name?: unknown; color?: unknown } | undefined;
  if (!user || typeof user.name !== 'string') return null;
  const cursor = state.cursor as { x?: unknown; y?: unknown } | null | undefined;
  const selection = Array.isArray(state.selection) ? state.selection.filter((s): s is string => typeof s === 'string') : [];
  return {
    clientId,
    name: user.name.slice(0, 40),
    color: typeof user.color === 'string' && /^#[0-9a-f]{6}$/i.test(user.color) ? user.color : '#64748b',
    cursor: cursor && typeof cursor.x === 'number' && typeof cursor.y === 'number' ? { x: cursor.x, y: cursor.y } : null,
    selection: selection.slice(0, 500),
  };
}

/** Mirrors the other people's awareness states into `usePresence` until the returned stop is called. */
export function trackPresence(awareness: Awareness): () => void {
  const update = (changes?: { added: number[]; updated: number[]; removed: number[] }) => {
    // This person's own cursor moves on every frame of a drag: nothing to mirror then.
    if (changes && [...changes.added, ...changes.updated, ...changes.removed].every((id) => id === awareness.clientID)) return;
    const previous = usePresence.getState().selectedBy;
    const peers: Peer[] = [];
    for (const [clientId, state] of awareness.getStates()) {
      if (clientId === awareness.clientID) continue;
      const peer = readPeer(clientId, state as Record<string, unknown>);
      if (peer) peers.push(peer);
    }
    peers.sort((a, b) => a.clientId - b.clientId);
    const selectedBy: Record<string, string[]> = {};
    for (const peer of peers) for (const id of peer.selection) (selectedBy[id] ??= []).push(peer.color);
    // Keep the same array where the colours did not change: nodes select their own entry.
    for (const [id, colors] of Object.entries(selectedBy)) {
      const old = previous[id];
      if (old && old.length === colors.length && old.every((c, i) => c === colors[i])) selectedBy[id] = old;
    }
    usePresence.setState({ peers, selectedBy });
  };
  awareness.on('change', update);
  update();
  return () => {
    awareness.off('change', update);
    usePresence.setState({ peers: [], selectedBy: {} });
  };
}

/** Publishes this person's cursor, at most once per animation frame. */
export function cursorPublisher(awareness: Awareness): (cursor: { x: number; y: number } | null) => void {
  let pending: { x: number; y: number } | null | undefined;
  let scheduled = false;
  return (cursor) => {
    pending = cursor;
    if (scheduled) return;
    scheduled = true;
    const flush = () => {
      scheduled = false;
      if (pending === undefined) return;
      awareness.setLocalStateField('cursor', pending && { x: Math.round(pending.x), y: Math.round(pending.y) });
      pending = undefined;
    };
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(flush);
    else setTimeout(flush, 16);
  };
}
