import { describe, expect, it } from 'vitest';
import { problemPlace } from './problem-place.ts';

describe('problemPlace', () => {
  it('words a path of a journey file for people, counting from 1', () => {
    expect(problemPlace('touchpoints[2].emotion', 'en')).toBe('Touchpoint 3 › emotion');
    expect(problemPlace('touchpoints[0].emotion', 'nl')).toBe('Contactmoment 1 › emotie');
    expect(problemPlace('phases[1].kpis[0].target', 'nl')).toBe('Fase 2 › KPI 1 › streefwaarde');
    expect(problemPlace('title', 'nl')).toBe('titel');
  });

  it('keeps a part it has no word for as it is', () => {
    expect(problemPlace('extras[3].colour', 'en')).toBe('extras[3] › colour');
    expect(problemPlace('', 'en')).toBe('');
  });
});
