import { act, renderHook } from '@testing-library/react';
import { addPhase, addTouchpoint, createJourney, replaceJourney, toJSON, updateTouchpoint } from '@touchpoint/model';
import { describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { useUndo } from './undo.ts';

function setup() {
  const doc = new Y.Doc();
  createJourney(doc, { title: 'Claims' }, 'setup');
  const phase = addPhase(doc, { name: 'Report' }, 'setup');
  const card = addTouchpoint(doc, { phaseId: phase, title: 'Call the helpdesk' }, 'setup');
  const saved = toJSON(doc);
  const origin = { client: doc.clientID };
  const dropped = vi.fn();
  const hook = renderHook(() => useUndo(doc, origin, dropped));
  return { doc, card, saved, origin, dropped, hook };
}

const titleOf = (doc: Y.Doc, id: string) => toJSON(doc).touchpoints.find((t) => t.id === id)?.title;

describe('useUndo', () => {
  it('undoes and redoes this person’s edits', () => {
    const { doc, card, origin, hook } = setup();
    act(() => void updateTouchpoint(doc, card, { title: 'Chat with us' }, origin));
    expect(hook.result.current.canUndo).toBe(true);
    act(() => hook.result.current.undo());
    expect(titleOf(doc, card)).toBe('Call the helpdesk');
    expect(hook.result.current.canRedo).toBe(true);
    act(() => hook.result.current.redo());
    expect(titleOf(doc, card)).toBe('Chat with us');
  });

  it('drops the history when someone else replaces the journey, so undo cannot bring back the old map', () => {
    const { doc, card, saved, origin, dropped, hook } = setup();
    act(() => void updateTouchpoint(doc, card, { title: 'Chat with us' }, origin));
    // Someone restores a version in which the card is named differently.
    act(() => void replaceJourney(doc, { ...saved, touchpoints: saved.touchpoints.map((t) => ({ ...t, title: 'Visit the shop' })) }, 'restore'));
    expect(hook.result.current.canUndo).toBe(false);
    expect(hook.result.current.canRedo).toBe(false);
    expect(dropped).toHaveBeenCalledTimes(1);
    // Tried: undo anyway (the keyboard shortcut calls it whatever the button shows). The restored title is kept.
    act(() => hook.result.current.undo());
    expect(titleOf(doc, card)).toBe('Visit the shop');
  });

  it('says nothing when a replacement finds no history to drop', () => {
    const { doc, saved, dropped, hook } = setup();
    act(() => void replaceJourney(doc, saved, 'restore'));
    expect(hook.result.current.canUndo).toBe(false);
    expect(dropped).not.toHaveBeenCalled();
  });

  it('keeps the history of this person’s own import, which is one step they can undo', () => {
    const { doc, saved, origin, dropped, hook } = setup();
    act(() => void replaceJourney(doc, { ...saved, title: 'Imported' }, origin));
    expect(dropped).not.toHaveBeenCalled();
    expect(hook.result.current.canUndo).toBe(true);
    act(() => hook.result.current.undo());
    expect(toJSON(doc).title).toBe('Claims');
  });
});
