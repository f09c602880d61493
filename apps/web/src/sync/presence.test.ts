import { afterEach, describe, expect, it } from 'vitest';
import { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { trackPresence, usePresence } from './presence.ts';

function person(clientID: number) {
  const doc = new Y.Doc();
  doc.clientID = clientID;
  return new Awareness(doc);
}

const stops: (() => void)[] = [];
afterEach(() => stops.splice(0).forEach((stop) => stop()));

describe('trackPresence', () => {
  it('mirrors the others, and ignores this person’s own cursor moves', () => {
    const me = person(1);
    stops.push(trackPresence(me));
    me.setLocalStateField('user', { name: 'Me', color: '#111111' });
    // Another person's state, as it arrives from the network.
    me.states.set(2, { user: { name: 'Ann', color: '#2563eb' }, selection: ['tp-1'], cursor: null });
    me.emit('change', [{ added: [2], updated: [], removed: [] }, 'remote']);
    const before = usePresence.getState();
    expect(before.peers.map((p) => p.name)).toEqual(['Ann']);
    expect(before.selectedBy['tp-1']).toEqual(['#2563eb']);

    me.setLocalStateField('cursor', { x: 10, y: 20 });
    expect(usePresence.getState()).toBe(before);
  });

  it('keeps the colour list of a selection that did not change', () => {
    const me = person(1);
    stops.push(trackPresence(me));
    me.states.set(2, { user: { name: 'Ann', color: '#2563eb' }, selection: ['tp-1'], cursor: null });
    me.emit('change', [{ added: [2], updated: [], removed: [] }, 'remote']);
    const colors = usePresence.getState().selectedBy['tp-1'];
    me.states.set(2, { user: { name: 'Ann', color: '#2563eb' }, selection: ['tp-1'], cursor: { x: 5, y: 5 } });
    me.emit('change', [{ added: [], updated: [2], removed: [] }, 'remote']);
    expect(usePresence.getState().peers[0]!.cursor).toEqual({ x: 5, y: 5 });
    expect(usePresence.getState().selectedBy['tp-1']).toBe(colors);
  });
});
