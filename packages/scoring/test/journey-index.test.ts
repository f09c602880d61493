import { fromJSON, generateJourney, toJSON } from '@touchpoint/model';
import { describe, expect, it } from 'vitest';
import { indexJourney } from '../src/journey-index.ts';

describe('indexJourney', () => {
  // The pass relies on this to skip sorting the steps of a journey that comes from the
  // editor: the model reads them from a document in the order the index uses.
  it('keeps the steps of a journey read from a document in the order the model gives them', () => {
    const journey = toJSON(fromJSON(generateJourney({ touchpoints: 120, steps: 200, phases: 4, seed: 5 })));
    const index = indexJourney(journey);
    expect(index.steps.map((s) => s.id)).toEqual(journey.steps.map((s) => s.id));
  });

  it('orders the steps of any other journey by the map positions of their ends, then by id', () => {
    const generated = generateJourney({ touchpoints: 120, steps: 200, phases: 4, seed: 5 });
    const reversed = { ...generated, steps: [...generated.steps].reverse() };
    const index = indexJourney(reversed);
    const position = new Map(index.touchpoints.map((t, i) => [t.id, i]));
    const keys = index.steps.map((s) => [position.get(s.from)!, position.get(s.to)!, s.id] as const);
    const expected = [...keys].sort((a, b) => a[0] - b[0] || a[1] - b[1] || (a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0));
    expect(keys).toEqual(expected);
    expect(index.steps).toHaveLength(generated.steps.length);
    // The typed arrays agree with the steps they describe.
    index.steps.forEach((s, k) => {
      expect(index.touchpoints[index.stepFrom[k]!]!.id).toBe(s.from);
      expect(index.touchpoints[index.stepTo[k]!]!.id).toBe(s.to);
    });
    expect(indexJourney(toJSON(fromJSON(reversed))).steps.map((s) => s.id)).toEqual(index.steps.map((s) => s.id));
  });
});
