// Command-line arguments: a pure function from argv to what to do.
export type Lang = 'en' | 'nl';

export type Command =
  | { command: 'help' }
  | { command: 'score'; file: string; json: boolean; lang: Lang | null }
  | { command: 'validate'; file: string; lang: Lang | null }
  | { command: 'csv'; file: string }
  | { command: 'usage-error'; message: string };

export const USAGE = `Usage:
  touchpoint score <journey.json> [--json] [--lang en|nl]
      Scores the journey: findings and scores as a table, or the full result with --json.
      Exit code 1 when a critical finding exists, 0 otherwise.
  touchpoint validate <journey.json>
      Checks the file against the journey schema and its scoring configuration.
      Exit code 0 when valid, 2 when not.
  touchpoint csv <journey.json>
      Prints the touchpoints as a spreadsheet (CSV, one row per touchpoint, in the
      journey's language), in the columns the CSV import of the web app reads back.
  touchpoint --help
      Shows this help.

A file that is missing, empty, not JSON or not a journey is reported on one line
and gives exit code 2.`;

const error = (message: string): Command => ({ command: 'usage-error', message });

export function parseArgs(argv: readonly string[]): Command {
  if (argv.length === 0) return error('no command given');
  if (argv.includes('--help') || argv.includes('-h') || argv[0] === 'help') return { command: 'help' };
  const [command, ...rest] = argv;
  if (command !== 'score' && command !== 'validate' && command !== 'csv') return error(`unknown command "${command}"`);
  let json = false;
  let lang: Lang | null = null;
  const files: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (arg === '--json') {
      if (command !== 'score') return error('--json only works with "score"');
      json = true;
    } else if ((arg === '--lang' || arg.startsWith('--lang=')) && command === 'csv') {
      return error('"csv" writes the journey\'s own language; --lang does not apply');
    } else if (arg === '--lang' || arg.startsWith('--lang=')) {
      const value = arg === '--lang' ? rest[++i] : arg.slice('--lang='.length);
      if (value !== 'en' && value !== 'nl') return error(`--lang needs "en" or "nl", got ${value === undefined ? 'nothing' : `"${value}"`}`);
      lang = value;
    } else if (arg.startsWith('-') && arg !== '-') {
      return error(`unknown option "${arg}"`);
    } else {
      files.push(arg);
    }
  }
  if (files.length === 0) return error(`"${command}" needs a journey file`);
  if (files.length > 1) return error(`"${command}" takes one journey file, got ${files.length}`);
  const file = files[0]!;
  if (command === 'csv') return { command, file };
  return command === 'score' ? { command, file, json, lang } : { command, file, lang };
}
