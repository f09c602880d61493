// What the journey list shows about a journey without loading it: title, touchpoint count
// and score, derived from the content whenever it is compacted or written through the API.
import { hasJourney, toJSON, type Journey } from '@touchpoint/model';
import type * as Y from 'yjs';
import type { JourneySummary } from './storage/store.ts';
import { loadScoring } from './optional.ts';

export async function scoreOf(journey: Journey): Promise<number | null> {
  const scoring = await loadScoring();
  if (!scoring) return null;
  try {
    const result = scoring.score(journey, { locale: journey.locale }) as { journeyScore?: unknown };
    return typeof result.journeyScore === 'number' ? result.journeyScore : null;
  } catch {
    return null;
  }
}

export async function summarize(doc: Y.Doc): Promise<JourneySummary> {
  if (!hasJourney(doc)) return {};
  const journey = toJSON(doc);
  return { title: journey.title, touchpoints: journey.touchpoints.length, journeyScore: await scoreOf(journey) };
}
