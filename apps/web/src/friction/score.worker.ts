// Scores journeys off the main thread, so typing in the editor never waits for the pass.
import { score } from '@touchpoint/scoring';
import type { ScoreRequest, ScoreResponse } from './score-service.ts';

self.onmessage = (event: MessageEvent<ScoreRequest>) => {
  const { id, journey, locale } = event.data;
  let response: ScoreResponse;
  try {
    response = { id, ok: true, result: score(journey, { locale }) };
  } catch (error) {
    response = { id, ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  (self as unknown as Worker).postMessage(response);
};
