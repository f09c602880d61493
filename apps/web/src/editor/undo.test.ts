import { act, renderHook } from '@testing-library/react';
import {
  addComment,
  addPhase,
  addTouchpoint,
  createJourney,
  removeComment,
  removeTouchpoint,
  removeTouchpoints,
  replaceJourney,
  setCommentResolved,
  toJSON,
  updateTouchpoint,
} from '@touchpoint/model';
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

  it('reports this person\'s removal of cards with its undo step, which undoes just that while it is the last thing done', async () => {
    const doc = new Y.Doc();
    createJourney(doc, { title: 'Claims' }, 'setup');
    const phase = addPhase(doc, { name: 'Report' }, 'setup');
    const [a, b, c] = ['Form', 'Call', 'Letter'].map((title) => addTouchpoint(doc, { phaseId: phase, title }, 'setup'));
    const origin = { client: doc.clientID };
    const removed: [number, object][] = [];
    const hook = renderHook(() => useUndo(doc, origin, undefined, (count, step) => void removed.push([count, step])));

    // Someone else's removal, an edit and an import of one's own: not removals to report.
    act(() => void removeTouchpoint(doc, c!, 'someone else'));
    act(() => void updateTouchpoint(doc, a!, { title: 'Fill in the form' }, origin));
    expect(removed).toEqual([]);

    // (Past the 400 ms in which the undo manager merges one's edits into one step.)
    await new Promise((resolve) => setTimeout(resolve, 450));
    act(() => void removeTouchpoints(doc, [a!, b!], origin));
    expect(removed.map(([count]) => count)).toEqual([2]);
    const step = removed[0]![1];
    act(() => void expect(hook.result.current.undoStep(step)).toBe('undone'));
    expect(toJSON(doc).touchpoints.map((t) => t.title).sort()).toEqual(['Call', 'Fill in the form']);
    // Undone already: a second click does nothing, and says so.
    expect(hook.result.current.undoStep(step)).toBe('gone');

    // Removed again, then another edit right after it, which is a step of its own: undoing
    // the removal alone is refused.
    act(() => void removeTouchpoint(doc, b!, origin));
    const again = removed.at(-1)![1];
    act(() => void updateTouchpoint(doc, a!, { title: 'Form' }, origin));
    expect(hook.result.current.undoStep(again)).toBe('later-edits');
    expect(toJSON(doc).touchpoints.map((t) => t.title)).toEqual(['Form']);
  });

  it('reports this person\'s removal of a comment as such, and undoes just that; a card removed with its comments is a card removal', async () => {
    const { doc, card, origin, hook } = setup();
    const removed: [number, object, string][] = [];
    const reported = renderHook(() => useUndo(doc, origin, undefined, (count, step, kind) => void removed.push([count, step, kind])));
    const comment = addComment(doc, { touchpointId: card, author: 'Otter', text: 'Too long on hold' }, origin);
    act(() => void setCommentResolved(doc, comment, true, 'someone else'));
    await new Promise((resolve) => setTimeout(resolve, 450));
    act(() => void removeComment(doc, comment, origin));
    expect(removed.map(([count, , kind]) => [count, kind])).toEqual([[1, 'comments']]);
    act(() => void expect(reported.result.current.undoStep(removed[0]![1])).toBe('undone'));
    expect(toJSON(doc).comments).toMatchObject([{ id: comment, resolved: true }]);

    // Ctrl/Cmd+Z (the person's own history, here through the other hook) brings back a removal too.
    act(() => void removeComment(doc, comment, origin));
    act(() => hook.result.current.undo());
    expect(toJSON(doc).comments.map((c) => c.id)).toEqual([comment]);

    act(() => void removeTouchpoint(doc, card, origin));
    const [count, , kind] = removed.at(-1)!;
    expect([count, kind]).toEqual([1, 'touchpoints']);
    expect(toJSON(doc).comments).toEqual([]);
  });

  it('does not report the cards a whole-journey replacement takes away', () => {
    const { doc, origin } = setup();
    const removed = vi.fn();
    renderHook(() => useUndo(doc, origin, undefined, removed));
    const saved = toJSON(doc);
    act(() => void replaceJourney(doc, { ...saved, touchpoints: [], steps: [] }, origin));
    expect(toJSON(doc).touchpoints).toEqual([]);
    expect(removed).not.toHaveBeenCalled();
  });

  it('tells the offer of a removal\'s undo when the removal was undone another way or its history dropped, once', async () => {
    const doc = new Y.Doc();
    createJourney(doc, { title: 'Claims' }, 'setup');
    const phase = addPhase(doc, { name: 'Report' }, 'setup');
    const [a, b] = ['Form', 'Call'].map((title) => addTouchpoint(doc, { phaseId: phase, title }, 'setup'));
    const origin = { client: doc.clientID };
    const offers: { step: object; gone: number }[] = [];
    const hook = renderHook(() =>
      useUndo(doc, origin, undefined, (_count, step) => {
        const offer = { step, gone: 0 };
        offers.push(offer);
        return () => offer.gone++;
      }),
    );

    act(() => void removeTouchpoint(doc, a!, origin));
    // An edit after it leaves the removal in the history: the offer stands.
    act(() => void updateTouchpoint(doc, b!, { title: 'Call us' }, origin));
    expect(offers.map((o) => o.gone)).toEqual([0]);
    // Ctrl/Cmd+Z twice: the edit, then the removal, which ends the offer.
    act(() => hook.result.current.undo());
    expect(offers[0]!.gone).toBe(0);
    act(() => hook.result.current.undo());
    expect(offers[0]!.gone).toBe(1);
    expect(toJSON(doc).touchpoints.map((t) => t.title)).toEqual(['Form', 'Call']);
    // A late click on its Undo: nothing left to undo, nothing changes; redo does not reopen it.
    expect(hook.result.current.undoStep(offers[0]!.step)).toBe('gone');
    act(() => hook.result.current.redo());
    act(() => hook.result.current.undo());
    expect(offers[0]!.gone).toBe(1);

    // Someone else replaces the journey: the history, and the offer with it, are gone.
    await new Promise((resolve) => setTimeout(resolve, 450));
    act(() => void removeTouchpoint(doc, b!, origin));
    expect(offers[1]!.gone).toBe(0);
    act(() => void replaceJourney(doc, toJSON(doc), 'restore'));
    expect(offers[1]!.gone).toBe(1);
    expect(hook.result.current.undoStep(offers[1]!.step)).toBe('gone');
  });
});
