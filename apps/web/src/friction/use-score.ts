// The friction score of the journey on screen, kept up to date as it changes. The first
// result comes straight away; after that, changes are scored once they pause for a moment
// (typing a title scores once, not once per key), in a Web Worker where there is one.
import type { Journey } from '@touchpoint/model';
import type { ScoreResult } from '@touchpoint/scoring';
import { useEffect, useRef, useState } from 'react';
import { useLocale } from '../i18n/index.ts';
import { requestScore } from './score-service.ts';

/** How long a journey has to stay the same before it is scored again. */
export const SCORE_DEBOUNCE_MS = 150;

export interface ScoreState {
  /** The latest result; while a newer version is being scored, the previous one. */
  result: ScoreResult | null;
  /** Why the latest version could not be scored (e.g. an invalid rule configuration). */
  error: string | null;
  /** True while the journey on screen has not been scored yet. */
  pending: boolean;
}

/**
 * Whether two versions of a journey differ only in their comments, which the scoring pass
 * does not read (the read view keeps every other part the same object when only comments change).
 */
export function differsOnlyInComments(a: Journey, b: Journey): boolean {
  for (const key of Object.keys(b) as (keyof Journey)[]) {
    if (key !== 'comments' && a[key] !== b[key]) return false;
  }
  return Object.keys(a).length === Object.keys(b).length;
}

/** The journey to score: the previous one while only comments changed, so a comment does not rescore the map. */
function useScoredVersion(journey: Journey | null): Journey | null {
  const last = useRef(journey);
  if (journey === null || last.current === null || !differsOnlyInComments(last.current, journey)) last.current = journey;
  return last.current;
}

export function useScoreState(current: Journey | null): ScoreState {
  const journey = useScoredVersion(current);
  const locale = useLocale();
  const [state, setState] = useState<ScoreState & { journey: Journey | null; locale: string }>(() => ({
    result: null,
    error: null,
    pending: journey !== null,
    journey: null,
    locale,
  }));

  useEffect(() => {
    if (!journey) {
      setState({ result: null, error: null, pending: false, journey: null, locale });
      return;
    }
    let cancelled = false;
    const run = () =>
      requestScore(journey, locale).then(
        (result) => !cancelled && setState({ result, error: null, pending: false, journey, locale }),
        (error: unknown) =>
          !cancelled &&
          setState((previous) => ({
            ...previous,
            error: error instanceof Error ? error.message : String(error),
            pending: false,
            journey,
            locale,
          })),
      );
    setState((previous) => (previous.pending ? previous : { ...previous, pending: true }));
    // Nothing on screen yet, or only the language changed: no reason to wait.
    const immediate = state.journey === null || state.journey === journey;
    const timer = immediate ? null : setTimeout(run, SCORE_DEBOUNCE_MS);
    if (immediate) void run();
    return () => {
      cancelled = true;
      if (timer) clearTimeout(timer);
    };
    // `state.journey` is read to choose the delay only; it must not re-trigger scoring.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [journey, locale]);

  return { result: state.result, error: state.error, pending: state.pending };
}

/** The score result of a journey in the interface language, or null until there is one. */
export function useScore(journey: Journey | null): ScoreResult | null {
  return useScoreState(journey).result;
}
