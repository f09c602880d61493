// Where scores are computed: in a Web Worker when the browser has one, otherwise (tests,
// old browsers) right here. Results are remembered per journey object and language, so
// the editor's badges and the friction panel share one computation.
import type { Journey } from '@touchpoint/model';
import { score, type ScoreResult, type ScoringLocale } from '@touchpoint/scoring';

export interface ScoreRequest {
  id: number;
  journey: Journey;
  locale: ScoringLocale;
}

export type ScoreResponse = { id: number; ok: true; result: ScoreResult } | { id: number; ok: false; message: string };

let worker: Worker | null | undefined;
let nextId = 1;
const waiting = new Map<number, { resolve: (r: ScoreResult) => void; reject: (e: Error) => void; journey: Journey; locale: ScoringLocale }>();
const cache = new WeakMap<Journey, Map<ScoringLocale, Promise<ScoreResult>>>();

function scoreHere(journey: Journey, locale: ScoringLocale): Promise<ScoreResult> {
  try {
    return Promise.resolve(score(journey, { locale }));
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
}

function getWorker(): Worker | null {
  if (worker !== undefined) return worker;
  worker = null;
  if (typeof Worker === 'undefined') return null;
  try {
    const created = new Worker(new URL('./score.worker.ts', import.meta.url), { type: 'module' });
    created.onmessage = (event: MessageEvent<ScoreResponse>) => {
      const pending = waiting.get(event.data.id);
      if (!pending) return;
      waiting.delete(event.data.id);
      if (event.data.ok) pending.resolve(event.data.result);
      else pending.reject(new Error(event.data.message));
    };
    created.onerror = (event) => {
      // The worker could not start or crashed: score the waiting journeys here from now on.
      event.preventDefault?.();
      created.terminate();
      worker = null;
      for (const [id, pending] of waiting) {
        waiting.delete(id);
        scoreHere(pending.journey, pending.locale).then(pending.resolve, pending.reject);
      }
    };
    worker = created;
  } catch {
    worker = null;
  }
  return worker;
}

/** The score of a journey in a language; the same promise for the same journey object. */
export function requestScore(journey: Journey, locale: ScoringLocale): Promise<ScoreResult> {
  let byLocale = cache.get(journey);
  if (!byLocale) {
    byLocale = new Map();
    cache.set(journey, byLocale);
  }
  const cached = byLocale.get(locale);
  if (cached) return cached;
  const active = getWorker();
  let promise: Promise<ScoreResult>;
  if (active) {
    const id = nextId++;
    promise = new Promise<ScoreResult>((resolve, reject) => {
      waiting.set(id, { resolve, reject, journey, locale });
      active.postMessage({ id, journey, locale } satisfies ScoreRequest);
    });
  } else {
    promise = scoreHere(journey, locale);
  }
  byLocale.set(locale, promise);
  return promise;
}
