import { describe, expect, it } from 'vitest';
import { parseArgs } from '../src/args.ts';

describe('parseArgs', () => {
  it('reads score with its options in any order', () => {
    expect(parseArgs(['score', 'j.json'])).toEqual({ command: 'score', file: 'j.json', json: false, lang: null });
    expect(parseArgs(['score', '--json', '--lang', 'nl', 'j.json'])).toEqual({ command: 'score', file: 'j.json', json: true, lang: 'nl' });
    expect(parseArgs(['score', 'j.json', '--lang=en'])).toEqual({ command: 'score', file: 'j.json', json: false, lang: 'en' });
  });

  it('reads validate and help', () => {
    expect(parseArgs(['validate', 'j.json'])).toEqual({ command: 'validate', file: 'j.json', lang: null });
    expect(parseArgs(['--help'])).toEqual({ command: 'help' });
    expect(parseArgs(['score', '-h'])).toEqual({ command: 'help' });
    expect(parseArgs(['csv', 'j.json'])).toEqual({ command: 'csv', file: 'j.json' });
  });

  it('explains what is wrong with bad arguments', () => {
    const message = (argv: string[]) => {
      const result = parseArgs(argv);
      return result.command === 'usage-error' ? result.message : null;
    };
    expect(message([])).toBe('no command given');
    expect(message(['lint', 'j.json'])).toBe('unknown command "lint"');
    expect(message(['score'])).toBe('"score" needs a journey file');
    expect(message(['score', 'a.json', 'b.json'])).toBe('"score" takes one journey file, got 2');
    expect(message(['score', 'j.json', '--lang', 'de'])).toBe('--lang needs "en" or "nl", got "de"');
    expect(message(['score', 'j.json', '--lang'])).toBe('--lang needs "en" or "nl", got nothing');
    expect(message(['score', 'j.json', '--verbose'])).toBe('unknown option "--verbose"');
    expect(message(['validate', 'j.json', '--json'])).toBe('--json only works with "score"');
    expect(message(['csv', 'j.json', '--json'])).toBe('--json only works with "score"');
    expect(message(['csv', 'j.json', '--lang', 'nl'])).toBe('"csv" writes the journey\'s own language; --lang does not apply');
    expect(message(['csv'])).toBe('"csv" needs a journey file');
  });
});
