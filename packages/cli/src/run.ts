// The commands of the CLI, with their input and output passed in, so they can be tested
// without spawning a process. Returns the exit code.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { formatIssue, parseJourneyText, touchpointsCsv, type Journey } from '@touchpoint/model';
import { score, validateScoringConfig } from '@touchpoint/scoring';
import { parseArgs, USAGE } from './args.ts';
import { formatReport } from './format.ts';

export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  readFile(path: string): Promise<string>;
}

export const EXIT_OK = 0;
export const EXIT_CRITICAL = 1;
export const EXIT_BAD_INPUT = 2;

export const nodeIo: Io = {
  stdout: (text) => process.stdout.write(`${text}\n`),
  stderr: (text) => process.stderr.write(`${text}\n`),
  // Under `pnpm touchpoint …` the script runs in the workspace root; INIT_CWD is where the
  // user typed the command, so relative paths mean what they expect.
  readFile: (path) => readFile(resolve(process.env.INIT_CWD ?? process.cwd(), path), 'utf8'),
};

type Loaded = { ok: true; journey: Journey } | { ok: false; code: number };

async function load(file: string, io: Io, allIssues: boolean): Promise<Loaded> {
  let text: string;
  try {
    text = await io.readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (error as Error).message;
    io.stderr(`touchpoint: cannot read ${file}: ${reason}`);
    return { ok: false, code: EXIT_BAD_INPUT };
  }
  const parsed = parseJourneyText(text);
  if (!parsed.ok) {
    const [first] = parsed.issues;
    const onlyOne = parsed.issues.length === 1 && first!.path === '';
    if (onlyOne) {
      io.stderr(`touchpoint: ${file}: ${first!.message}`);
    } else if (allIssues) {
      io.stderr(`touchpoint: ${file} is not a valid journey (${parsed.issues.length} problem${parsed.issues.length === 1 ? '' : 's'}):`);
      for (const issue of parsed.issues) io.stderr(`  ${formatIssue(issue)}`);
    } else {
      const more = parsed.issues.length > 1 ? ` (and ${parsed.issues.length - 1} more; see "touchpoint validate ${file}")` : '';
      io.stderr(`touchpoint: ${file} is not a valid journey: ${formatIssue(first!)}${more}`);
    }
    return { ok: false, code: EXIT_BAD_INPUT };
  }
  const config = validateScoringConfig(parsed.journey.scoring);
  if (!config.ok) {
    const issues = config.issues.map((i) => formatIssue({ path: i.path ? `scoring.${i.path}` : 'scoring', message: i.message }));
    if (allIssues) {
      io.stderr(`touchpoint: ${file} has an invalid scoring configuration:`);
      for (const issue of issues) io.stderr(`  ${issue}`);
    } else {
      const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
      io.stderr(`touchpoint: ${file} has an invalid scoring configuration: ${issues[0]}${more}`);
    }
    return { ok: false, code: EXIT_BAD_INPUT };
  }
  return { ok: true, journey: parsed.journey };
}

export async function run(argv: readonly string[], io: Io): Promise<number> {
  const args = parseArgs(argv);
  if (args.command === 'help') {
    io.stdout(USAGE);
    return EXIT_OK;
  }
  if (args.command === 'usage-error') {
    io.stderr(`touchpoint: ${args.message} (see "touchpoint --help")`);
    return EXIT_BAD_INPUT;
  }
  const loaded = await load(args.file, io, args.command === 'validate');
  if (!loaded.ok) return loaded.code;
  const { journey } = loaded;
  if (args.command === 'csv') {
    io.stdout(touchpointsCsv(journey).replace(/\r\n$/, ''));
    return EXIT_OK;
  }
  if (args.command === 'validate') {
    const lang = args.lang ?? journey.locale;
    const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
    const { phases, touchpoints, steps } = journey;
    io.stdout(
      lang === 'nl'
        ? `${args.file} is een geldige reis: ${count(phases.length, 'fase', 'fasen')}, ${count(touchpoints.length, 'contactmoment', 'contactmomenten')}, ${count(steps.length, 'stap', 'stappen')}.`
        : `${args.file} is a valid journey: ${count(phases.length, 'phase', 'phases')}, ${count(touchpoints.length, 'touchpoint', 'touchpoints')}, ${count(steps.length, 'step', 'steps')}.`,
    );
    return EXIT_OK;
  }
  const lang = args.lang ?? journey.locale;
  const result = score(journey, { locale: lang });
  io.stdout(args.json ? JSON.stringify(result, null, 2) : formatReport(journey, result, lang));
  return result.counts.critical > 0 ? EXIT_CRITICAL : EXIT_OK;
}
