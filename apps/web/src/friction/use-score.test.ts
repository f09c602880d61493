// A comment does not rescore the map: the scoring pass does not read comments, and the read
// view keeps every other part of the journey the same object when only comments change.
import { addComment, addPhase, addTouchpoint, createJourney, updateTouchpoint } from '@touchpoint/model';
import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { createJourneyStore } from '../store/journeyStore.ts';

const requests: unknown[] = [];
vi.mock('./score-service.ts', () => ({
  requestScore: async (journey: unknown) => {
    requests.push(journey);
    return { findings: [], touchpointScores: {}, phaseScores: {}, journeyScore: 90, counts: { info: 0, warning: 0, critical: 0 } };
  },
}));

const { differsOnlyInComments, useScoreState, SCORE_DEBOUNCE_MS } = await import('./use-score.ts');

function setup() {
  const doc = new Y.Doc();
  createJourney(doc, { title: 'Claims' });
  const phase = addPhase(doc, { name: 'Report' });
  const card = addTouchpoint(doc, { phaseId: phase, title: 'Fill in form' });
  return { doc, store: createJourneyStore(doc), card };
}

afterEach(() => {
  requests.length = 0;
  vi.useRealTimers();
});

describe('scoring and comments', () => {
  it('tells a comment-only change from a change to the map, on the journeys the read view gives', () => {
    const { doc, store, card } = setup();
    const before = store.getState().journey!;
    addComment(doc, { touchpointId: card, author: 'Anna', text: 'Is this still the form we use?' });
    const commented = store.getState().journey!;
    expect(commented).not.toBe(before);
    expect(differsOnlyInComments(before, commented)).toBe(true);
    updateTouchpoint(doc, card, { emotion: -2 });
    expect(differsOnlyInComments(commented, store.getState().journey!)).toBe(false);
  });

  it('scores again after a change to the map, not after a comment', async () => {
    vi.useFakeTimers();
    const { doc, store, card } = setup();
    const { rerender } = renderHook(({ journey }) => useScoreState(journey), { initialProps: { journey: store.getState().journey } });
    await act(async () => {});
    expect(requests).toHaveLength(1);
    addComment(doc, { touchpointId: card, author: 'Anna', text: 'Check the wording' });
    rerender({ journey: store.getState().journey });
    await act(async () => void vi.advanceTimersByTime(SCORE_DEBOUNCE_MS * 2));
    expect(requests).toHaveLength(1);
    updateTouchpoint(doc, card, { emotion: -2 });
    rerender({ journey: store.getState().journey });
    await act(async () => void vi.advanceTimersByTime(SCORE_DEBOUNCE_MS * 2));
    expect(requests).toHaveLength(2);
  });
});
