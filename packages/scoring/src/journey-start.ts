// Where a journey starts, for the path rules.
import type { JourneyIndex } from './journey-index.ts';

/**
 * The start touchpoints (positions in map order): the touchpoints marked `isStart`; when
 * none is marked, the first touchpoint of the first phase that holds any, together with
 * every touchpoint of that phase that no step leads to (parallel entry points such as an
 * ad, a search and a referral).
 */
export function startTouchpoints(index: JourneyIndex): number[] {
  const marked: number[] = [];
  index.touchpoints.forEach((t, i) => {
    if (t.isStart) marked.push(i);
  });
  if (marked.length > 0) return marked;
  const first = index.touchpointsByPhase.find((list) => list.length > 0);
  if (!first) return [];
  return first.filter((i, k) => k === 0 || index.inDegree[i] === 0);
}

/** Position of the last phase that holds touchpoints, or -1. */
export function lastNonEmptyPhase(index: JourneyIndex): number {
  for (let p = index.touchpointsByPhase.length - 1; p >= 0; p--) {
    if (index.touchpointsByPhase[p]!.length > 0) return p;
  }
  return -1;
}
