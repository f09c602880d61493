import { parseTouchpointCsv } from '@touchpoint/model';
import { describe, expect, it } from 'vitest';
import { exampleCsv } from './example-csv.ts';

describe('exampleCsv', () => {
  it('is a spreadsheet the import takes as it is, with the headers of the language asked for', () => {
    for (const [locale, first] of [['en', 'Phase'], ['nl', 'Fase']] as const) {
      const text = exampleCsv(locale);
      expect(text.replace(/^\uFEFF/, '').split(/\r?\n/)[0]!.split(/[;,]/)[0]).toBe(first);
      const parsed = parseTouchpointCsv(text, { title: 'Example', locale });
      expect(parsed.ok).toBe(true);
      if (parsed.ok) expect(parsed.journey.touchpoints.length).toBeGreaterThan(5);
    }
  });
});
