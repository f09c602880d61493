import { addChannel, addPhase, addTouchpoint, createJourney, toJSON, updateTouchpoint } from '@touchpoint/model';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { copySelection, pasteAtSelection, pasteClipboard } from './copy-paste.ts';
import { createUndoManager } from './undo.ts';
import { tripJourney } from './test-trip.ts';

const setup = tripJourney;

describe('copy and paste', () => {
  it('pastes copies with new ids at a place, keeping KPIs and the steps between them', () => {
    const { doc, p1, a, b, origin } = setup();
    const clip = copySelection(toJSON(doc), [a, b])!;
    expect(clip.steps).toHaveLength(1);
    const ids = pasteClipboard(doc, origin, toJSON(doc), clip, { phaseId: p1, index: 2 }).touchpoints;
    const journey = toJSON(doc);
    expect(ids).toHaveLength(2);
    expect(ids).not.toContain(a);
    const copies = ids.map((id) => journey.touchpoints.find((t) => t.id === id)!);
    expect(copies.map((t) => [t.title, t.phaseId, t.order])).toEqual([
      ['Search', p1, 2],
      ['Pay', p1, 3],
    ]);
    expect(copies[0]!.kpis).toMatchObject([{ name: 'Conversion', target: 5, actual: 3 }]);
    expect(journey.steps.filter((s) => s.from === ids[0] && s.to === ids[1])).toMatchObject([{ label: 'next' }]);
    expect(journey.steps).toHaveLength(3);
  });

  it('pastes where N would add a card: after the selected card, else at the end of the selected phase, else of the first phase', () => {
    const { doc, p1, p2, a, b, c, origin } = setup();
    const clip = copySelection(toJSON(doc), [a, b])!;
    const column = (phase: string) => toJSON(doc).touchpoints.filter((t) => t.phaseId === phase).map((t) => t.id);

    // A card in the second phase is selected: the copies go just below it, in the copy's order.
    const afterCard = pasteAtSelection(doc, origin, toJSON(doc), clip, { touchpoints: [c], phase: null })!.touchpoints;
    expect(column(p2)).toEqual([c, ...afterCard]);
    // A card at the top of a column: the copies go between it and the next card.
    const afterFirst = pasteAtSelection(doc, origin, toJSON(doc), clip, { touchpoints: [a], phase: null })!.touchpoints;
    expect(column(p1)).toEqual([a, ...afterFirst, b]);
    // Only a phase is selected: at its end.
    const inPhase = pasteAtSelection(doc, origin, toJSON(doc), clip, { touchpoints: [], phase: p2 })!.touchpoints;
    expect(column(p2)).toEqual([c, ...afterCard, ...inPhase]);
    // Nothing selected: at the end of the cards' own phase (here the first).
    const first = pasteAtSelection(doc, origin, toJSON(doc), clip, { touchpoints: [], phase: null })!.touchpoints;
    expect(column(p1).slice(-2)).toEqual(first);
    expect([afterCard, afterFirst, inPhase, first].map((ids) => ids.length)).toEqual([2, 2, 2, 2]);
  });

  it('with nothing selected, puts cards copied from several phases back at the end of their own phases', () => {
    const { doc, p1, p2, a, c, origin } = setup();
    const clip = copySelection(toJSON(doc), [a, c])!;
    const column = (phase: string) => toJSON(doc).touchpoints.filter((t) => t.phaseId === phase).map((t) => t.title);
    pasteAtSelection(doc, origin, toJSON(doc), clip, { touchpoints: [], phase: null });
    expect(column(p1)).toEqual(['Search', 'Pay', 'Search']);
    expect(column(p2)).toEqual(['Check in', 'Check in']);
    // Into another journey (other phases): all at the end of its first phase.
    const other = new Y.Doc();
    createJourney(other, { title: 'Other' });
    const q1 = addPhase(other, { name: 'One' });
    addPhase(other, { name: 'Two' });
    pasteAtSelection(other, origin, toJSON(other), clip, { touchpoints: [], phase: null });
    expect(toJSON(other).touchpoints.map((t) => [t.phaseId, t.title])).toEqual([
      [q1, 'Search'],
      [q1, 'Check in'],
    ]);
  });

  it('does not make a copy of the start card a second start, unless the journey has no start', () => {
    const { doc, p1, a, origin } = setup();
    updateTouchpoint(doc, a, { isStart: true });
    const clip = copySelection(toJSON(doc), [a])!;
    const [copy] = pasteClipboard(doc, origin, toJSON(doc), clip, { phaseId: p1, index: 0 }).touchpoints;
    expect(toJSON(doc).touchpoints.filter((t) => t.isStart).map((t) => t.id)).toEqual([a]);
    expect(copy).toBeDefined();
    // Into a journey without a start, it is the start there.
    const other = new Y.Doc();
    createJourney(other, { title: 'Other' });
    addPhase(other, { name: 'One' });
    const [pasted] = pasteAtSelection(other, origin, toJSON(other), clip, { touchpoints: [], phase: null })!.touchpoints;
    expect(toJSON(other).touchpoints.find((t) => t.id === pasted)!.isStart).toBe(true);
  });

  it('pastes nothing into a journey without phases, and says so with null', () => {
    const { doc, a, b, origin } = setup();
    const clip = copySelection(toJSON(doc), [a, b])!;
    const empty = new Y.Doc();
    createJourney(empty, { title: 'Empty' });
    const before = toJSON(empty);
    expect(pasteAtSelection(empty, origin, before, clip, { touchpoints: [], phase: null })).toBeNull();
    expect(toJSON(empty)).toEqual(before);
  });

  it('adds a channel the journey lacks, like the copied one, as one undo step with the paste; a channel of the same name is used whatever its case and accents', () => {
    const source = new Y.Doc();
    createJourney(source, { title: 'Claims' });
    const report = addPhase(source, { name: 'Report' });
    const app = addChannel(source, { name: 'App', kind: 'app', canConvert: true });
    const phone = addChannel(source, { name: 'Téléphone', kind: 'phone' });
    const cards = [
      addTouchpoint(source, { phaseId: report, title: 'Report in the app', channelId: app }),
      addTouchpoint(source, { phaseId: report, title: 'Upload photos', channelId: app }),
      addTouchpoint(source, { phaseId: report, title: 'Call', channelId: phone }),
    ];
    const clip = copySelection(toJSON(source), cards)!;

    const target = new Y.Doc();
    createJourney(target, { title: 'Travel' });
    addPhase(target, { name: 'Book' });
    const telephone = addChannel(target, { name: ' telephone ', kind: 'other' });
    const origin = {};
    const undo = createUndoManager(target, origin);
    const pasted = pasteAtSelection(target, origin, toJSON(target), clip, { touchpoints: [], phase: null })!;

    const journey = toJSON(target);
    const added = journey.channels.filter((c) => c.id !== telephone);
    expect(added).toMatchObject([{ name: 'App', kind: 'app', canConvert: true }]);
    expect(pasted.addedChannels).toEqual(['App']);
    const channelOf = (id: string) => journey.touchpoints.find((t) => t.id === id)!.channelId;
    expect(pasted.touchpoints.map(channelOf)).toEqual([added[0]!.id, added[0]!.id, telephone]);
    // One undo takes the cards and the channel made for them.
    undo.undo();
    expect(toJSON(target).touchpoints).toEqual([]);
    expect(toJSON(target).channels.map((c) => c.id)).toEqual([telephone]);
  });

  it('keeps a pasted card on its own channel within the journey, but not on a channel of another journey that happens to have the same id', () => {
    const { doc, a, origin } = setup();
    const site = addChannel(doc, { name: 'Website', kind: 'web' });
    updateTouchpoint(doc, a, { channelId: site }, origin);
    const clip = copySelection(toJSON(doc), [a])!;
    const own = pasteAtSelection(doc, origin, toJSON(doc), clip, { touchpoints: [a], phase: null })!;
    expect(toJSON(doc).touchpoints.find((t) => t.id === own.touchpoints[0])!.channelId).toBe(site);
    expect(own.addedChannels).toEqual([]);

    // Another journey whose channel by that id is another channel altogether.
    const other = new Y.Doc();
    createJourney(other, { title: 'Other' });
    addPhase(other, { name: 'Orient' });
    addChannel(other, { id: site, name: 'Shop', kind: 'store' });
    const there = pasteAtSelection(other, origin, toJSON(other), clip, { touchpoints: [], phase: null })!;
    const journey = toJSON(other);
    expect(journey.channels.map((c) => c.name)).toEqual(['Shop', 'Website']);
    expect(journey.touchpoints[0]!.channelId).toBe(journey.channels[1]!.id);
    expect(there.addedChannels).toEqual(['Website']);
  });
});
