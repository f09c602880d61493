// Every feature's message catalogue: Dutch has every English key, nothing is left empty,
// and the placeholders match, so no screen falls back to English or shows a raw `{name}`.
// The Dutch speaks to its reader as "je" throughout and keeps to the product's Dutch words
// (klantreis, contactmoment), so one screen does not say "journey" where the next says
// "klantreis".
import { describe, expect, it } from 'vitest';
import type { Messages } from '../i18n/index.ts';

const modules = import.meta.glob<Record<string, unknown>>('/src/**/messages.ts', { eager: true });

function isCatalogue(value: unknown): value is Messages<string> {
  return typeof value === 'object' && value !== null && 'en' in value && 'nl' in value;
}

const catalogues = Object.entries(modules).flatMap(([file, module]) =>
  Object.entries(module)
    .filter(([, value]) => isCatalogue(value))
    .map(([name, value]) => [`${file.replace('/src/', '')} ${name}`, value as Messages<string>] as const),
);

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogues', () => {
  it('are found for the features', () => {
    const files = catalogues.map(([name]) => name.split(' ')[0]);
    expect(files).toEqual(expect.arrayContaining(['app/messages.ts', 'common/messages.ts', 'home/messages.ts', 'friction/messages.ts']));
  });

  it.each(catalogues)('%s: Dutch has every key, none empty, same placeholders', (_name, messages) => {
    const enKeys = Object.keys(messages.en).sort();
    expect(Object.keys(messages.nl).sort()).toEqual(enKeys);
    for (const key of enKeys) {
      const en = messages.en[key]!;
      const nl = messages.nl[key]!;
      expect(en.trim(), `en.${key}`).not.toBe('');
      expect(nl.trim(), `nl.${key}`).not.toBe('');
      expect(placeholders(nl), `placeholders of nl.${key}`).toEqual(placeholders(en));
    }
  });

  // (`plural` reads `{key}_one` for 1 and `{key}_other` for any other count; `_other` alone is
  // also an ordinary word, as in `team_other`.)
  it.each(catalogues)('%s: a count message has its other form besides its one form', (_name, messages) => {
    const keys = new Set(Object.keys(messages.en));
    for (const key of keys) if (key.endsWith('_one')) expect(keys.has(key.replace(/_one$/, '_other')), key).toBe(true);
  });

  // A word in a Dutch text, outside placeholders and file names such as `.journey.json`.
  const dutchWords = (text: string) => text.replace(/\{\w+\}|\S*\.journey\.json\S*/g, ' ').toLowerCase().match(/[\p{L}-]+/gu) ?? [];

  it.each(catalogues)('%s: Dutch says "je", never "u", and klantreis and contactmoment, not journey or touchpoint', (_name, messages) => {
    for (const [key, text] of Object.entries(messages.nl)) {
      const words = dutchWords(text);
      expect(words.filter((w) => w === 'u' || w === 'uw'), `nl.${key}: ${text}`).toEqual([]);
      if (key === 'appName' || text.includes('Touchpoint')) continue; // the product's name
      expect(words.filter((w) => /journey|touchpoint/.test(w)), `nl.${key}: ${text}`).toEqual([]);
    }
  });
});
