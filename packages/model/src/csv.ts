// Import of a touchpoint spreadsheet (CSV) as a new journey: the list a marketing team
// keeps in Excel, one touchpoint per row. All or nothing: either every row is imported or
// every problem is reported with its spreadsheet row (header = row 1) and column.
import { newId } from './id.ts';
import {
  EFFORT_MAX,
  EFFORT_MIN,
  EMOTION_MAX,
  EMOTION_MIN,
  type Channel,
  type ChannelKind,
  type Cycle,
  type Handoff,
  type Journey,
  type Kpi,
  type KpiDirection,
  type Locale,
  type OwnerTeam,
  type Phase,
  type Step,
  type Touchpoint,
} from './schema.ts';
import type { ProblemCode, ProblemInfo, ProblemParams } from './problem.ts';
import { parseJourney } from './validation.ts';
import { csvHeader } from './csv-export.ts';

export interface CsvError extends ProblemInfo {
  /** The spreadsheet row: the header is row 1, the first touchpoint row 2. */
  row: number;
  /** The column as its header is written in the file. */
  column?: string;
  /** The problem in English. */
  message: string;
}

/** Something the import guessed or ignored; the journey was imported all the same. */
export interface CsvWarning extends ProblemInfo {
  /** The note in English, with its row where it concerns one (`row 4: …`). */
  message: string;
}

export type CsvImportResult =
  | { ok: true; journey: Journey; warnings: CsvWarning[] }
  | { ok: false; errors: CsvError[] };

export interface CsvImportOptions {
  /** The journey's title; "Imported journey" (or its Dutch) when left out. */
  title?: string;
  locale?: Locale;
  /** The new journey's id; a random one when left out. */
  journeyId?: string;
}

const MAX_ERRORS = 100;

// ---------------------------------------------------------------------------------------
// Splitting text into records

export interface CsvRecord {
  /** Spreadsheet row number (1-based; a quoted newline does not start a new row). */
  row: number;
  cells: string[];
}

export type SplitResult = { ok: true; separator: string; records: CsvRecord[] } | { ok: false; error: CsvError };

/** Finds the separator of the header line: the most frequent of `;`, `,` and tab outside quotes. */
function detectSeparator(text: string): string {
  const counts = new Map<string, number>([[',', 0], [';', 0], ['\t', 0]]);
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  let best = ',';
  for (const [sep, n] of counts) if (n > counts.get(best)!) best = sep;
  return best;
}

/**
 * Splits CSV text into records (RFC 4180 with the leniency of spreadsheet exports): a BOM,
 * CRLF/LF/CR line ends, an Excel `sep=;` first line, quoted fields holding separators,
 * newlines and doubled quotes. The separator is detected from the header line.
 */
export function splitCsv(input: string): SplitResult {
  let text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  let separator: string | undefined;
  const sepLine = /^sep=(.)\r?\n?/i.exec(text);
  if (sepLine) {
    separator = sepLine[1]!;
    text = text.slice(sepLine[0].length);
  }
  separator ??= detectSeparator(text);
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let i = 0;
  let row = 1;
  const endRecord = () => {
    cells.push(cell);
    records.push({ row, cells });
    cells = [];
    cell = '';
    row++;
  };
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '"' && cell.trim() === '') {
      // A quoted field: runs to the next lone quote.
      const startRow = row;
      let value = '';
      i++;
      for (;;) {
        if (i >= text.length) {
          return { ok: false, error: { row: startRow, message: 'a quoted field is never closed (missing ")', code: 'unclosedQuote' } };
        }
        const c = text[i]!;
        if (c === '"' && text[i + 1] === '"') {
          value += '"';
          i += 2;
        } else if (c === '"') {
          i++;
          break;
        } else {
          value += c;
          i++;
        }
      }
      // Only spaces may follow the closing quote before the separator or the line end.
      while (text[i] === ' ' || (text[i] === '\t' && separator !== '\t')) i++;
      const next = text[i];
      if (next !== undefined && next !== separator && next !== '\n' && next !== '\r') {
        return {
          ok: false,
          error: {
            row: startRow,
            message: `unexpected text after a closing quote: ${JSON.stringify(text.slice(i, i + 20))}`,
            code: 'textAfterQuote',
            params: { text: text.slice(i, i + 20) },
          },
        };
      }
      cell = value;
      continue;
    }
    if (ch === separator) {
      cells.push(cell);
      cell = '';
      i++;
    } else if (ch === '\r' || ch === '\n') {
      endRecord();
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
    } else {
      cell += ch;
      i++;
    }
  }
  if (cell !== '' || cells.length > 0) endRecord();
  return { ok: true, separator, records };
}

// ---------------------------------------------------------------------------------------
// Columns

/** A column the import knows (whatever its header is called in the file). */
export type CsvField =
  | 'phase'
  | 'title'
  | 'channel'
  | 'emotion'
  | 'goal'
  | 'description'
  | 'effort'
  | 'keyMoment'
  | 'wowMoment'
  | 'ownerTeam'
  | 'callToAction'
  | 'notes'
  | 'cycle'
  | 'handoff'
  | 'kpi'
  | 'kpiTarget'
  | 'kpiActual'
  | 'kpiUnit'
  | 'kpiDirection';

/** Accepted headers per field, English and Dutch, in normalised form (see normalizeHeader). */
const HEADERS: Record<CsvField, readonly string[]> = {
  phase: ['phase', 'stage', 'journey phase', 'fase', 'klantreisfase'],
  title: ['touchpoint', 'title', 'touchpoint title', 'name', 'contactmoment', 'contact moment', 'titel', 'naam'],
  channel: ['channel', 'kanaal'],
  emotion: ['emotion', 'emotion score', 'sentiment', 'emotie', 'emotiescore', 'gevoel'],
  goal: ['goal', 'customer goal', 'need', 'customer need', 'doel', 'klantdoel', 'behoefte', 'klantbehoefte'],
  description: ['description', 'omschrijving', 'beschrijving', 'toelichting'],
  effort: ['effort', 'customer effort', 'inspanning', 'klantinspanning', 'moeite'],
  keyMoment: ['key moment', 'moment of truth', 'sleutelmoment', 'kernmoment'],
  wowMoment: ['wow moment', 'wow', 'wowmoment'],
  ownerTeam: ['owner team', 'owner', 'team', 'eigenaar', 'verantwoordelijk team', 'afdeling'],
  callToAction: ['call to action', 'cta', 'oproep tot actie'],
  notes: ['notes', 'lookbook notes', 'lookbook', 'notities', 'opmerkingen'],
  cycle: ['cycle', 'cyclus'],
  handoff: ['handoff', 'overdracht'],
  kpi: ['kpi', 'kpi name', 'kpi naam'],
  kpiTarget: ['kpi target', 'target', 'kpi doel', 'kpi streefwaarde', 'streefwaarde', 'doelwaarde', 'norm'],
  kpiActual: ['kpi actual', 'actual', 'kpi werkelijk', 'werkelijk', 'kpi realisatie', 'realisatie'],
  kpiUnit: ['kpi unit', 'unit', 'kpi eenheid', 'eenheid'],
  kpiDirection: ['kpi direction', 'direction', 'kpi richting', 'richting'],
};

const REQUIRED: readonly CsvField[] = ['phase', 'title', 'channel', 'emotion'];

/** Lower case, no parenthesised hints ("Emotie (-2 t/m 2)"), `_ - .` as spaces. */
export function normalizeHeader(header: string): string {
  return header
    .toLowerCase()
    .replace(/\(.*?\)|\[.*?\]/g, ' ')
    .replace(/[_.:\-/]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const FIELD_BY_HEADER = new Map<string, CsvField>(
  (Object.entries(HEADERS) as [CsvField, readonly string[]][]).flatMap(([field, names]) => names.map((n) => [n, field])),
);

// ---------------------------------------------------------------------------------------
// Values

const WORDS_TRUE = ['yes', 'y', 'true', 'x', '1', 'ja', 'j', 'waar', '✓', '✔'];
const WORDS_FALSE = ['', 'no', 'n', 'false', '0', 'nee', 'onwaar', '-'];

/** A number as spreadsheets write it: `-1`, `+2`, `−1`, `12,5` (Dutch), `1.234,5`, `1,234.5`, `85%`. */
export function parseCsvNumber(raw: string): { value: number; percent: boolean } | null {
  let s = raw.replace(/\s+/g, '').replace(/[\u2212\u2013]/g, '-');
  const percent = s.endsWith('%');
  if (percent) s = s.slice(0, -1);
  if (s.includes(',') && s.includes('.')) {
    s = s.lastIndexOf(',') > s.lastIndexOf('.') ? s.replace(/\./g, '').replace(',', '.') : s.replace(/,/g, '');
  } else if (/^[-+]?\d+,\d+$/.test(s)) {
    s = s.replace(',', '.');
  }
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(s)) return null;
  const value = Number(s);
  return Number.isFinite(value) ? { value, percent } : null;
}

const OWNER_WORDS: ReadonlyArray<[RegExp, OwnerTeam]> = [
  [/^(contact ?cent(er|re)|call ?cent(er|re)|klantenservice|klantcontact|customer service)$/, 'contact-center'],
  [/^(web|online|e-?commerce|digital|digitaal)$/, 'web'],
  [/^(app|mobile|mobiel)$/, 'app'],
  [/^(shop|store|retail|winkel|winkels|filiaal|filialen|balie)$/, 'shop'],
  [/^(sales|verkoop)$/, 'sales'],
  [/^(marketing|communicatie|communication)$/, 'marketing'],
  [/^(service|support|aftersales|nazorg)$/, 'service'],
  [/^(logistics|logistiek|fulfilment|fulfillment|delivery|bezorging)$/, 'logistics'],
  [/^(partner|partners|extern|external)$/, 'partner'],
  [/^(other|overig|anders)$/, 'other'],
];

/** Guesses a channel's kind from its name ("Telefoon" → phone, "Webshop" → web …). */
export function guessChannelKind(name: string): ChannelKind {
  const n = name.toLowerCase();
  if (/chat|whatsapp|messenger/.test(n)) return 'chat';
  if (/e-?mail|nieuwsbrief|newsletter|^mail$|^mailing$/.test(n)) return 'email';
  if (/\bapp\b|mobile app|mobiele app|ios|android/.test(n)) return 'app';
  if (/phone|telefo|bellen|\bcall|contact ?cent|klantenservice|pechhulp|hotline/.test(n)) return 'phone';
  if (/social|facebook|instagram|twitter|\bx\b|linkedin|tiktok|youtube|pinterest/.test(n)) return 'social';
  if (/\bpost\b|brief|letter|direct ?mail|folder|mailing|flyer|catalog/.test(n)) return 'mail';
  if (/web|site|online|internet|www|portal|portaal|mijn |my |\.nl|\.com/.test(n)) return 'web';
  if (/store|shop|winkel|filiaal|branch|balie|desk|counter|showroom|vestiging|kantoor|office/.test(n)) return 'store';
  return 'other';
}

/** Whether a channel of this kind can convert, when the spreadsheet does not say. */
const CONVERTS: Record<ChannelKind, boolean> = {
  web: true,
  app: true,
  store: true,
  phone: false,
  email: false,
  chat: false,
  social: false,
  mail: false,
  other: false,
};

const CYCLE_WORDS: Record<string, Cycle> = {
  buy: 'buy', koop: 'buy', kopen: 'buy', koopcyclus: 'buy', 'buy cycle': 'buy',
  use: 'use', gebruik: 'use', gebruikscyclus: 'use', 'use cycle': 'use', service: 'use',
};
const HANDOFF_WORDS: Record<string, Handoff> = {
  full: 'full', volledig: 'full', complete: 'full',
  partial: 'partial', gedeeltelijk: 'partial', deels: 'partial',
  none: 'none', geen: 'none', no: 'none', nee: 'none',
};
const DIRECTION_WORDS: Record<string, KpiDirection> = {
  higher: 'higher', hoger: 'higher', up: 'higher', 'higher is better': 'higher', 'hoger is beter': 'higher',
  lower: 'lower', lager: 'lower', down: 'lower', 'lower is better': 'lower', 'lager is beter': 'lower',
};

// ---------------------------------------------------------------------------------------
// The import

/**
 * Parses a touchpoint spreadsheet as a new journey. Phases are created in the order they
 * first appear, channels by name (kind guessed from it), and consecutive rows are linked
 * by steps in row order; the first touchpoint is the start and the last one an end.
 */
export function parseTouchpointCsv(text: string, options: CsvImportOptions = {}): CsvImportResult {
  const locale = options.locale ?? 'en';
  if (text.replace(/^\uFEFF/, '').trim() === '') return fail([{ row: 1, message: 'the file is empty', code: 'emptyFile' }]);
  const split = splitCsv(text);
  if (!split.ok) return fail([split.error]);
  const [header, ...body] = split.records;
  const warnings: CsvWarning[] = [];
  const warn = (message: string, code: ProblemCode, params: ProblemParams) => warnings.push({ message, code, params });
  const errors: CsvError[] = [];

  // Header
  const columns = new Map<CsvField, { index: number; name: string }>();
  header!.cells.forEach((raw, index) => {
    const name = raw.trim();
    if (name === '') return;
    const field = FIELD_BY_HEADER.get(normalizeHeader(name));
    if (!field) {
      warn(`column "${name}" is not a known column and was ignored`, 'unknownColumn', { name });
      return;
    }
    const existing = columns.get(field);
    if (existing) errors.push({ row: 1, column: name, message: `same column as "${existing.name}"`, code: 'sameColumn', params: { name: existing.name } });
    else columns.set(field, { index, name });
  });
  for (const field of REQUIRED) {
    if (!columns.has(field)) {
      errors.push({
        row: 1,
        message: `missing column "${HEADERS[field][0]}" (also accepted: ${HEADERS[field].slice(1).join(', ')})`,
        code: 'missingColumn',
        params: { name: HEADERS[field][0]!, nlName: csvHeader(field, 'nl'), alternatives: HEADERS[field].slice(1).join(', ') },
      });
    }
  }
  // A header that fails also names the columns it did not know: often the missing one
  // under another name.
  if (errors.length) {
    const unknown = warnings.filter((w) => w.code === 'unknownColumn').map(({ message, code, params }) => ({ row: 1, message, code, params }));
    return fail([...errors, ...unknown]);
  }

  const rows = body.filter((r) => r.cells.some((c) => c.trim() !== ''));
  if (rows.length === 0) return fail([{ row: 2, message: 'no touchpoints: the file has a header but no rows', code: 'noRows' }]);

  const phases: Phase[] = [];
  const phaseRows: number[] = [];
  const phaseByName = new Map<string, Phase>();
  const channels: Channel[] = [];
  const channelRows: number[] = [];
  const channelByName = new Map<string, Channel>();
  const touchpoints: Touchpoint[] = [];
  const touchpointRows: number[] = [];
  const handoffs: (Handoff | null)[] = [];
  const perPhase = new Map<string, number>();
  const headerCount = header!.cells.length;

  for (const { row, cells } of rows) {
    const rowErrors: CsvError[] = [];
    const get = (field: CsvField): string => {
      const column = columns.get(field);
      const value = column ? (cells[column.index] ?? '').trim() : '';
      // An apostrophe that keeps a spreadsheet from running text as a formula (see csv-export.ts).
      return /^'[=+@]/.test(value) ? value.slice(1) : value;
    };
    const err = (field: CsvField | null, message: string, code: ProblemCode, params?: ProblemParams) =>
      rowErrors.push({ row, ...(field ? { column: columns.get(field)!.name } : {}), message, code, ...(params ? { params } : {}) });
    const extra = cells.slice(headerCount).filter((c) => c.trim() !== '');
    if (extra.length > 0) {
      // The values are shifted, so any other error in this row would only mislead.
      errors.push({
        row,
        message: `has ${cells.length} cells but the header has ${headerCount} columns (an unquoted "${split.separator}" in a value?)`,
        code: 'cellCount',
        params: { cells: cells.length, columns: headerCount, separator: split.separator },
      });
      if (errors.length >= MAX_ERRORS) break;
      continue;
    }
    const choose = <T>(field: CsvField, words: Record<string, T>, what: string): T | null => {
      const value = get(field).toLowerCase();
      if (value === '') return null;
      const found = words[value];
      if (found === undefined) {
        const options = [...new Set(Object.keys(words))].slice(0, 6).join(', ');
        err(field, `"${get(field)}" is not a ${what}; use ${options}`, 'unknownWord', { value: get(field), options });
      }
      return found ?? null;
    };
    const integer = (field: CsvField, min: number, max: number, fallback: number): number => {
      const raw = get(field);
      if (raw === '') return fallback;
      const parsed = parseCsvNumber(raw);
      if (!parsed || parsed.percent || !Number.isInteger(parsed.value) || parsed.value < min || parsed.value > max) {
        err(field, `"${raw}" is not a whole number from ${min} to ${max}`, 'notWholeNumber', { value: raw, min, max });
        return fallback;
      }
      return parsed.value;
    };
    const flag = (field: CsvField): boolean => {
      const raw = get(field).toLowerCase();
      if (WORDS_TRUE.includes(raw)) return true;
      if (!WORDS_FALSE.includes(raw)) err(field, `"${get(field)}" is not yes or no (ja/nee, x or empty also work)`, 'notYesNo', { value: get(field) });
      return false;
    };

    // Phase
    const phaseName = get('phase');
    let phase: Phase | undefined;
    const cycle = choose('cycle', CYCLE_WORDS, 'cycle');
    if (phaseName === '') err('phase', 'a touchpoint needs a phase', 'needsPhase');
    else {
      phase = phaseByName.get(phaseName.toLowerCase());
      if (!phase) {
        phase = { id: `p${phases.length + 1}`, name: phaseName, order: phases.length, cycle: cycle ?? 'buy', description: '', kpis: [] };
        phaseByName.set(phaseName.toLowerCase(), phase);
        phases.push(phase);
        phaseRows.push(row);
      } else if (cycle && cycle !== phase.cycle) {
        warn(`row ${row}: cycle "${get('cycle')}" differs from the phase's first row; kept "${phase.cycle}"`, 'cycleDiffers', { row, value: get('cycle'), kept: phase.cycle });
      }
    }

    // Channel
    const channelName = get('channel');
    let channel: Channel | undefined;
    if (channelName !== '') {
      channel = channelByName.get(channelName.toLowerCase());
      if (!channel) {
        const kind = guessChannelKind(channelName);
        channel = { id: `c${channels.length + 1}`, name: channelName, kind, canConvert: CONVERTS[kind] };
        channelByName.set(channelName.toLowerCase(), channel);
        channels.push(channel);
        channelRows.push(row);
      }
    }

    const title = get('title');
    if (title === '') err('title', 'a touchpoint needs a title', 'needsTitle');
    const emotionRaw = get('emotion');
    const emotion = integer('emotion', EMOTION_MIN, EMOTION_MAX, 0);
    if (emotionRaw === '') warn(`row ${row}: no emotion given, set to 0 (neutral)`, 'noEmotion', { row });
    const effort = integer('effort', EFFORT_MIN, EFFORT_MAX, 1);
    const isKeyMoment = flag('keyMoment');
    const isWowMoment = flag('wowMoment');

    let ownerTeam: OwnerTeam | null = null;
    const owner = get('ownerTeam');
    if (owner !== '') {
      const found = OWNER_WORDS.find(([pattern]) => pattern.test(owner.toLowerCase()));
      if (found) ownerTeam = found[1];
      else {
        ownerTeam = 'other';
        warn(`row ${row}: owner team "${owner}" is not a known team, set to "other"`, 'unknownTeam', { row, value: owner });
      }
    }

    const handoff = choose('handoff', HANDOFF_WORDS, 'handoff');
    if (handoff && touchpoints.length === 0 && errors.length === 0) {
      warn(`row ${row}: the first touchpoint has no step before it; its handoff was ignored`, 'handoffIgnored', { row });
    }

    // KPI
    const kpis: Kpi[] = [];
    const kpiName = get('kpi');
    const kpiNumber = (field: CsvField): { value: number; percent: boolean } | null => {
      const raw = get(field);
      if (raw === '') return null;
      const parsed = parseCsvNumber(raw);
      if (!parsed) err(field, `"${raw}" is not a number`, 'notANumber', { value: raw });
      return parsed;
    };
    const target = kpiNumber('kpiTarget');
    const actual = kpiNumber('kpiActual');
    const direction = choose('kpiDirection', DIRECTION_WORDS, 'KPI direction');
    const unit = get('kpiUnit');
    if (kpiName !== '') {
      kpis.push({
        id: `k${touchpointRows.length + 1}`,
        name: kpiName,
        unit: unit !== '' ? unit : target?.percent || actual?.percent ? '%' : '',
        target: target?.value ?? null,
        actual: actual?.value ?? null,
        direction: direction ?? 'higher',
      });
    } else if (target || actual || unit !== '') {
      err('kpi', 'a KPI target, actual or unit needs a KPI name', 'kpiNeedsName');
    }

    errors.push(...rowErrors);
    if (errors.length >= MAX_ERRORS) break;
    if (rowErrors.length > 0 || !phase) continue;
    const order = perPhase.get(phase.id) ?? 0;
    perPhase.set(phase.id, order + 1);
    touchpoints.push({
      id: `t${touchpointRows.length + 1}`,
      phaseId: phase.id,
      order,
      title,
      channelId: channel?.id ?? null,
      goal: get('goal'),
      description: get('description'),
      emotion,
      effort,
      isKeyMoment,
      isWowMoment,
      isStart: false,
      isEnd: false,
      callToAction: get('callToAction'),
      ownerTeam,
      kpis,
      notes: get('notes'),
    });
    touchpointRows.push(row);
    handoffs.push(handoff);
  }
  if (errors.length >= MAX_ERRORS) {
    errors.push({ row: errors[errors.length - 1]!.row, message: `stopped after ${MAX_ERRORS} errors`, code: 'tooManyErrors', params: { max: MAX_ERRORS } });
  }
  if (errors.length) return fail(errors);

  touchpoints[0]!.isStart = true;
  touchpoints[touchpoints.length - 1]!.isEnd = true;
  const steps: Step[] = touchpoints.slice(1).map((to, i) => ({
    id: `s${i + 1}`,
    from: touchpoints[i]!.id,
    to: to.id,
    label: '',
    handoff: handoffs[i + 1] ?? null,
  }));

  const journey = {
    schemaVersion: 1 as const,
    id: options.journeyId ?? newId('j'),
    title: options.title ?? (locale === 'nl' ? 'Geïmporteerde klantreis' : 'Imported journey'),
    description: '',
    campaign: '',
    locale,
    personas: [],
    channels,
    phases,
    touchpoints,
    steps,
    scoring: {},
  };
  // The schema has the last word (lengths, ranges); its issues are mapped back to rows.
  const parsed = parseJourney(journey);
  if (!parsed.ok) {
    return fail(
      parsed.issues.map((issue) => {
        const match = /^(touchpoints|phases|channels)\[(\d+)\](?:\.(\w+))?/.exec(issue.path);
        const rowsOf = { touchpoints: touchpointRows, phases: phaseRows, channels: channelRows };
        const row = match ? rowsOf[match[1] as keyof typeof rowsOf][Number(match[2])] ?? 1 : 1;
        return {
          row,
          column: match?.[3] ? columnFor(match[1]!, match[3], columns) : undefined,
          message: issue.message,
          ...(issue.code ? { code: issue.code } : {}),
          ...(issue.params ? { params: issue.params } : {}),
        };
      }),
    );
  }
  return { ok: true, journey: parsed.journey, warnings };
}

/** The file's header for a field of the plain journey, for errors found by the schema. */
function columnFor(collection: string, key: string, columns: Map<CsvField, { name: string }>): string | undefined {
  const field: CsvField | undefined =
    collection === 'phases' ? (key === 'name' ? 'phase' : undefined)
    : collection === 'channels' ? (key === 'name' ? 'channel' : undefined)
    : key === 'kpis' ? 'kpi'
    : (Object.keys(HEADERS) as CsvField[]).includes(key as CsvField) ? (key as CsvField)
    : undefined;
  return field ? columns.get(field)?.name : undefined;
}

function fail(errors: CsvError[]): CsvImportResult {
  // A column that could not be named is left out rather than written as undefined.
  return { ok: false, errors: errors.map(({ column, ...rest }) => (column === undefined ? rest : { ...rest, column })) };
}
