import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addTouchpoint,
  connectStep,
  JourneyValidationError,
  moveTouchpoint,
  removePhase,
  removeTouchpoint,
  removeTouchpoints,
  toJSON,
  updateTouchpoint,
  updateTouchpoints,
} from '../src/index.ts';
import { journeyMaps, STEP_KEYS, TOUCHPOINT_KEYS as T } from '../src/layout.ts';
import { expectRefused, layoutOf, sampleDoc } from './fixtures.ts';

const find = (doc: Y.Doc, id: string) => toJSON(doc).touchpoints.find((t) => t.id === id);

describe('addTouchpoint', () => {
  it('fills in defaults and appends to the phase', () => {
    const doc = sampleDoc();
    addTouchpoint(doc, { id: 'new', phaseId: 'purchase', title: 'Pay' });
    expect(find(doc, 'new')).toEqual({
      id: 'new',
      phaseId: 'purchase',
      order: 2,
      title: 'Pay',
      channelId: null,
      goal: '',
      description: '',
      emotion: 0,
      effort: 1,
      isKeyMoment: false,
      isWowMoment: false,
      isStart: false,
      isEnd: false,
      callToAction: '',
      ownerTeam: null,
      kpis: [],
      notes: '',
    });
  });

  it('keeps every given field and inserts at an index', () => {
    const doc = sampleDoc();
    const fields = {
      title: 'Chat with an advisor',
      channelId: 'web',
      goal: 'Get advice',
      description: 'Live chat on the product page',
      emotion: -1,
      effort: 3,
      isKeyMoment: true,
      isWowMoment: false,
      isStart: false,
      isEnd: false,
      callToAction: 'Start chat',
      ownerTeam: 'contact-center' as const,
      notes: 'Script B',
    };
    addTouchpoint(doc, { id: 'chat', phaseId: 'purchase', index: 0, ...fields });
    expect(find(doc, 'chat')).toEqual({ id: 'chat', phaseId: 'purchase', order: 0, kpis: [], ...fields });
    expect(layoutOf(toJSON(doc)).purchase).toEqual(['chat', 'call', 'order']);
  });

  it('refuses bad fields with their paths and writes nothing', () => {
    const doc = sampleDoc();
    const error = expectRefused(doc, () =>
      addTouchpoint(doc, { phaseId: 'purchase', title: '', emotion: 3, effort: -1, ownerTeam: 'it' as never }),
    );
    expect((error as JourneyValidationError).issues.map((i) => i.path).sort()).toEqual(['effort', 'emotion', 'ownerTeam', 'title']);
    const fraction = expectRefused(doc, () => addTouchpoint(doc, { phaseId: 'purchase', title: 'X', emotion: 0.5 }));
    expect((fraction as JourneyValidationError).issues[0]!.path).toBe('emotion');
  });

  it('refuses an unknown or removed phase and an unknown channel', () => {
    const doc = sampleDoc();
    expect(expectRefused(doc, () => addTouchpoint(doc, { phaseId: 'nope', title: 'X' })).message).toBe('unknown phase "nope"');
    expect(expectRefused(doc, () => addTouchpoint(doc, { phaseId: 'purchase', title: 'X', channelId: 'fax' })).message).toBe(
      'unknown channel "fax"',
    );
    removePhase(doc, 'service');
    expectRefused(doc, () => addTouchpoint(doc, { phaseId: 'service', title: 'X' }));
  });
});

describe('updateTouchpoint', () => {
  it('changes the given fields only', () => {
    const doc = sampleDoc();
    expect(updateTouchpoint(doc, 'call', { emotion: -2, isKeyMoment: true, channelId: null, notes: 'Ask for the file number' })).toBe(true);
    expect(find(doc, 'call')).toMatchObject({ title: 'Call', emotion: -2, isKeyMoment: true, channelId: null, notes: 'Ask for the file number' });
  });

  it('writes nothing when nothing changes', () => {
    const doc = sampleDoc();
    const before = Y.encodeStateVector(doc);
    expect(updateTouchpoint(doc, 'call', { title: 'Call', channelId: 'phone' })).toBe(false);
    expect(Y.encodeStateVector(doc)).toEqual(before);
  });

  it('refuses bad values and unknown channels, keeping the old values', () => {
    const doc = sampleDoc();
    const error = expectRefused(doc, () => updateTouchpoint(doc, 'call', { emotion: -3 }));
    expect((error as JourneyValidationError).issues).toEqual([{ path: 'emotion', message: expect.any(String), code: 'numberTooSmall', params: { min: -2 } }]);
    expectRefused(doc, () => updateTouchpoint(doc, 'call', { channelId: 'fax' }));
    expectRefused(doc, () => updateTouchpoint(doc, 'call', { phaseId: 'service' } as never));
    expect(find(doc, 'call')).toMatchObject({ emotion: 0, channelId: 'phone', phaseId: 'purchase' });
  });

  it('returns false for an unknown touchpoint', () => {
    expect(updateTouchpoint(sampleDoc(), 'nope', { title: 'X' })).toBe(false);
  });
});

describe('updateTouchpoints', () => {
  it('sets the same fields on every touchpoint given, as one undo step', () => {
    const doc = sampleDoc();
    const undo = new Y.UndoManager(journeyMaps(doc).touchpoints, { trackedOrigins: new Set(['me']) });
    expect(updateTouchpoints(doc, ['call', 'order', 'ad'], { ownerTeam: 'contact-center', emotion: -1 }, 'me')).toBe(3);
    for (const id of ['call', 'order', 'ad']) expect(find(doc, id)).toMatchObject({ ownerTeam: 'contact-center', emotion: -1 });
    expect(find(doc, 'support')!.ownerTeam).not.toBe('contact-center');
    undo.undo();
    for (const id of ['call', 'order', 'ad']) expect(find(doc, id)).toMatchObject({ ownerTeam: null, emotion: 0 });
    expect(undo.undoStack).toHaveLength(0);
  });

  it('counts only the touchpoints that changed, skips unknown ones, and writes nothing when none change', () => {
    const doc = sampleDoc();
    updateTouchpoint(doc, 'call', { isKeyMoment: true });
    expect(updateTouchpoints(doc, ['call', 'order', 'gone'], { isKeyMoment: true })).toBe(1);
    const before = Y.encodeStateVector(doc);
    expect(updateTouchpoints(doc, ['call', 'order'], { isKeyMoment: true })).toBe(0);
    expect(Y.encodeStateVector(doc)).toEqual(before);
  });

  it('refuses a bad value or an unknown channel for all of them, changing none', () => {
    const doc = sampleDoc();
    const before = toJSON(doc);
    expectRefused(doc, () => updateTouchpoints(doc, ['call', 'order'], { emotion: 3 }));
    expectRefused(doc, () => updateTouchpoints(doc, ['call', 'order'], { channelId: 'fax' }));
    expect(toJSON(doc)).toEqual(before);
  });
});

describe('moveTouchpoint', () => {
  it('reorders within its phase', () => {
    const doc = sampleDoc();
    expect(moveTouchpoint(doc, 'order', { index: 0 })).toBe(true);
    expect(layoutOf(toJSON(doc)).purchase).toEqual(['order', 'call']);
  });

  it('moves to another phase, at the end or at an index', () => {
    const doc = sampleDoc();
    moveTouchpoint(doc, 'ad', { phaseId: 'purchase' });
    moveTouchpoint(doc, 'support', { phaseId: 'purchase', index: 1 });
    expect(layoutOf(toJSON(doc))).toEqual({ orientation: ['compare'], purchase: ['call', 'support', 'order', 'ad'], service: [] });
    expect(toJSON(doc).touchpoints.filter((t) => t.phaseId === 'purchase').map((t) => t.order)).toEqual([0, 1, 2, 3]);
  });

  it('keeps its steps and KPIs when it moves', () => {
    const doc = sampleDoc();
    moveTouchpoint(doc, 'call', { phaseId: 'service' });
    const journey = toJSON(doc);
    expect(journey.steps.filter((s) => s.from === 'call' || s.to === 'call').map((s) => s.id)).toEqual(['s2', 's3']);
    expect(find(doc, 'call')!.kpis.map((k) => k.id)).toEqual(['k-fcr']);
  });

  it('writes nothing for a move to where it already is', () => {
    const doc = sampleDoc();
    const before = Y.encodeStateVector(doc);
    expect(moveTouchpoint(doc, 'order', { index: 1 })).toBe(false);
    expect(moveTouchpoint(doc, 'order', {})).toBe(false);
    expect(moveTouchpoint(doc, 'nope', { index: 0 })).toBe(false);
    expect(Y.encodeStateVector(doc)).toEqual(before);
  });

  it('refuses a removed or unknown phase', () => {
    const doc = sampleDoc();
    removePhase(doc, 'service', { touchpoints: 'delete' });
    expect(expectRefused(doc, () => moveTouchpoint(doc, 'call', { phaseId: 'service' })).message).toBe('unknown phase "service"');
    expect(find(doc, 'call')!.phaseId).toBe('purchase');
  });
});

describe('removeTouchpoint(s)', () => {
  it('removes the touchpoint with the steps to and from it and its KPIs', () => {
    const doc = sampleDoc();
    expect(removeTouchpoint(doc, 'call')).toBe(true);
    const journey = toJSON(doc);
    expect(journey.touchpoints.map((t) => t.id)).toEqual(['ad', 'compare', 'order', 'support']);
    expect(journey.steps.map((s) => s.id)).toEqual(['s1', 's4']);
    expect([...journeyMaps(doc).steps.keys()].sort()).toEqual(['s1', 's4']);
    expect([...journeyMaps(doc).kpis.keys()]).toEqual(['k-conv']);
    expect(journey.touchpoints.find((t) => t.id === 'order')!.order).toBe(0);
    expect(removeTouchpoint(doc, 'call')).toBe(false);
  });

  it('removes several at once in one transaction, counting only the ones that existed', () => {
    const doc = sampleDoc();
    let transactions = 0;
    doc.on('afterTransaction', () => transactions++);
    expect(removeTouchpoints(doc, ['ad', 'support', 'nope'])).toBe(2);
    expect(transactions).toBe(1);
    expect(toJSON(doc).steps.map((s) => s.id)).toEqual(['s2', 's3']);
  });
});

describe('storage of default values', () => {
  it('leaves fields with their default value out of the document, and reads them back as defaults', () => {
    const doc = sampleDoc();
    addTouchpoint(doc, { id: 'lean', phaseId: 'purchase', title: 'Lean', emotion: -1, goal: '' });
    const stored = journeyMaps(doc).touchpoints.get('lean')!;
    // Stored under the layout's short keys, without the id (the key in the root map).
    expect([...stored.keys()].sort()).toEqual([T.emotion, T.order, T.phaseId, T.title].sort());
    expect(find(doc, 'lean')).toMatchObject({ goal: '', effort: 1, isKeyMoment: false, channelId: null, ownerTeam: null, emotion: -1 });
    // A later edit back to the default is stored like any other edit.
    updateTouchpoint(doc, 'lean', { emotion: 0, effort: 3 });
    expect(find(doc, 'lean')).toMatchObject({ emotion: 0, effort: 3 });
  });

  it("stores a step's ends as one value, and leaves out a step whose stored ends are malformed", () => {
    const doc = sampleDoc();
    const [from, to] = toJSON(doc).touchpoints.map((t) => t.id);
    connectStep(doc, { id: 'lean-step', from: from!, to: to! });
    const stored = journeyMaps(doc).steps.get('lean-step')!;
    expect([...stored.keys()]).toEqual([STEP_KEYS.ends]);
    expect(toJSON(doc).steps.find((s) => s.id === 'lean-step')).toEqual({ id: 'lean-step', from, to, label: '', handoff: null });
    stored.set(STEP_KEYS.ends, 'not a pair');
    expect(toJSON(doc).steps.find((s) => s.id === 'lean-step')).toBeUndefined();
  });
});
