// Small journeys for the tests, written with only the fields that matter; parseJourney
// fills in the rest, so fixtures stay valid journeys.
import { parseJourney, type Journey, type JourneyInput } from '@touchpoint/model';

type Loose<T> = { [K in keyof T]?: T[K] };
type TouchpointInput = Loose<JourneyInput['touchpoints'] extends (infer U)[] | undefined ? U : never> & {
  id: string;
  phaseId?: string;
};
type StepInput = Loose<JourneyInput['steps'] extends (infer U)[] | undefined ? U : never> & { from: string; to: string };
type PhaseInput = Loose<JourneyInput['phases'] extends (infer U)[] | undefined ? U : never> & { id: string };

export interface FixtureInput {
  phases?: PhaseInput[];
  touchpoints?: TouchpointInput[];
  steps?: StepInput[];
  channels?: JourneyInput['channels'];
  locale?: 'en' | 'nl';
  scoring?: Record<string, unknown>;
}

/** Builds a valid journey. Phases default to one phase "p1"; touchpoint order follows the list. */
export function journey(input: FixtureInput = {}): Journey {
  const phases = (input.phases ?? [{ id: 'p1' }]).map((p, order) => ({ name: p.id.toUpperCase(), order, ...p }));
  const counters = new Map<string, number>();
  const touchpoints = (input.touchpoints ?? []).map((t) => {
    const phaseId = t.phaseId ?? phases[0]!.id;
    const order = counters.get(phaseId) ?? 0;
    counters.set(phaseId, order + 1);
    return { title: t.id.toUpperCase(), order, ...t, phaseId };
  });
  const steps = (input.steps ?? []).map((s, i) => ({ id: `s${i + 1}`, ...s }));
  const result = parseJourney({
    schemaVersion: 1,
    id: 'j1',
    title: 'Test journey',
    locale: input.locale ?? 'en',
    channels: input.channels ?? [],
    phases,
    touchpoints,
    steps,
    scoring: input.scoring ?? {},
  });
  if (!result.ok) throw new Error(`invalid fixture: ${JSON.stringify(result.issues)}`);
  return result.journey;
}

/** A chain of steps through the given touchpoint ids. */
export function chain(...ids: string[]): StepInput[] {
  return ids.slice(1).map((to, i) => ({ from: ids[i]!, to }));
}

export const WEB = { id: 'web', name: 'Website', kind: 'web' as const, canConvert: true };
export const PHONE = { id: 'phone', name: 'Phone', kind: 'phone' as const, canConvert: false };
export const EMAIL = { id: 'email', name: 'Email', kind: 'email' as const, canConvert: false };
