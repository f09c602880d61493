// A small journey for tests: a website visit followed by a phone call that starts over.
import { parseJourney, type Journey, type JourneyInput } from '@touchpoint/model';

export function testJourney(overrides: Partial<JourneyInput> = {}): Journey {
  const result = parseJourney({
    schemaVersion: 1,
    id: 'j1',
    title: 'Test journey',
    channels: [
      { id: 'web', name: 'Website', kind: 'web' },
      { id: 'tel', name: 'Phone', kind: 'phone' },
    ],
    phases: [
      { id: 'p1', name: 'Orientation', order: 0 },
      { id: 'p2', name: 'Purchase', order: 1 },
    ],
    touchpoints: [
      { id: 't1', phaseId: 'p1', order: 0, title: 'Visit site', channelId: 'web', isStart: true, emotion: 1 },
      { id: 't2', phaseId: 'p2', order: 0, title: 'Call', channelId: 'tel', emotion: -2, isEnd: true },
    ],
    steps: [{ id: 's1', from: 't1', to: 't2', handoff: 'none' }],
    ...overrides,
  });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.journey;
}

/** The test journey without friction: one channel, a pleasant visit and purchase. */
export function calmJourney(): Journey {
  return testJourney({
    touchpoints: [
      { id: 't1', phaseId: 'p1', order: 0, title: 'Visit site', channelId: 'web', isStart: true, emotion: 1 },
      { id: 't2', phaseId: 'p2', order: 0, title: 'Buy online', channelId: 'web', emotion: 1, isEnd: true },
    ],
    steps: [{ id: 's1', from: 't1', to: 't2' }],
  });
}
