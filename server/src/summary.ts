// What the journey list shows about a journey without loading it: title, touchpoint count
// and score, derived from the content whenever it is compacted or written through the API.
import { hasJourney, toJSON, type Journey } from '@touchpoint/model';
import { hasScore, score } from '@touchpoint/scoring';
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

/** The journey list's facts about a journey; a journey without touchpoints has no score yet. */
export function summarize(doc: Y.Doc): JourneySummary {
  if (!hasJourney(doc)) return {};
  const journey = toJSON(doc);
  return { title: journey.title, touchpoints: journey.touchpoints.length, journeyScore: hasScore(journey) ? scoreOf(journey) : null };
}
