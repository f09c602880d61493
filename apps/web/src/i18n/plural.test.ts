import { describe, expect, it } from 'vitest';
import { editorMessages } from '../editor/messages.ts';
import { defineMessages, plural, translate, type Translate } from './messages.ts';

const messages = defineMessages({
  en: { pasted_one: 'Pasted 1 touchpoint', pasted_other: 'Pasted {count} touchpoints', other: 'x' },
  nl: { pasted_one: '1 contactmoment geplakt', pasted_other: '{count} contactmomenten geplakt', other: 'x' },
});

const tIn =
  <K extends string>(catalogue: Parameters<typeof translate<K>>[0], locale: 'en' | 'nl'): Translate<K> =>
  (key, params) =>
    translate(catalogue, locale, key, params);

describe('plural', () => {
  it('takes the one form for 1 and the other form for any other count, in both languages', () => {
    const en = tIn(messages, 'en');
    const nl = tIn(messages, 'nl');
    expect([0, 1, 2].map((n) => plural(en, 'pasted', n))).toEqual(['Pasted 0 touchpoints', 'Pasted 1 touchpoint', 'Pasted 2 touchpoints']);
    expect([0, 1, 2].map((n) => plural(nl, 'pasted', n))).toEqual(['0 contactmomenten geplakt', '1 contactmoment geplakt', '2 contactmomenten geplakt']);
  });

  it('gives the editor’s count messages their singular for one', () => {
    for (const locale of ['en', 'nl'] as const) {
      const t = tIn(editorMessages, locale);
      for (const key of ['pasted', 'removed', 'peopleHere'] as const) {
        expect(plural(t, key, 1), `${locale} ${key}`).not.toMatch(/touchpoints|contactmomenten|people|personen/);
        expect(plural(t, key, 3), `${locale} ${key}`).toMatch(/touchpoints|contactmomenten|people|personen/);
      }
    }
    expect(plural(tIn(editorMessages, 'en'), 'pasted', 1)).toBe('Pasted 1 touchpoint.');
    expect(plural(tIn(editorMessages, 'nl'), 'removed', 4)).toBe('4 contactmomenten verwijderd.');
    expect(plural(tIn(editorMessages, 'nl'), 'peopleHere', 1)).toBe('1 persoon aanwezig');
  });
});
