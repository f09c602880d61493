// What the journey list shows about a journey without loading it: title, touchpoint count
// and score, derived from the content whenever it is compacted or written through the API.
import { hasJourney, toJSON, type Journey } from '@touchpoint/model';
import { score } from '@touchpoint/scoring';
import type * as Y from 'yjs';
import type { JourneySummary } from './storage/store.ts';

/** The journey score, or null when the journey cannot be scored (e.g. a broken scoring config). */
export function scoreOf(journey: Journey): number | null {
  try {
    return score(journey, { locale: journey.locale }).journeyScore;
  } catch {
    return null;
  }
}

/**
 * The journey list's facts about a journey. A journey without touchpoints has no score yet
 * (the pass would give an empty map 90: nothing in it is wrong, but nothing is there).
 */
export function summarize(doc: Y.Doc): JourneySummary {
  if (!hasJourney(doc)) return {};
  const journey = toJSON(doc);
  const touchpoints = journey.touchpoints.length;
  return { title: journey.title, touchpoints, journeyScore: touchpoints > 0 ? scoreOf(journey) : null };
}
