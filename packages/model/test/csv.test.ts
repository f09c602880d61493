import { describe, expect, it } from 'vitest';
import {
  fromJSON,
  guessChannelKind,
  parseCsvNumber,
  parseTouchpointCsv,
  splitCsv,
  toJSON,
  type CsvImportResult,
  type Journey,
} from '../src/index.ts';

/** An accepted import, its warnings as their English messages (codes are tested apart). */
function ok(result: CsvImportResult): { journey: Journey; warnings: string[] } {
  if (!result.ok) throw new Error(`expected an import, got errors: ${JSON.stringify(result.errors)}`);
  return { journey: result.journey, warnings: result.warnings.map((w) => w.message) };
}

/** The errors of a refused import, as rows, columns and English messages (codes are tested apart). */
function errorsOf(result: CsvImportResult) {
  if (result.ok) throw new Error('expected the import to be refused');
  return result.errors.map(({ code: _code, params: _params, ...rest }) => rest);
}

/** The codes and values of a refused import's errors, for the interface to word them. */
function codesOf(result: CsvImportResult) {
  if (result.ok) throw new Error('expected the import to be refused');
  return result.errors.map(({ code, params }) => (params ? { code, params } : { code }));
}

const ENGLISH = [
  'Phase,Touchpoint,Channel,Emotion,Goal,Effort,Key moment,Owner team,Call to action,KPI,KPI target,KPI actual,KPI unit',
  'Orientation,Compare premiums,Comparison site,1,Find cheap cover,2,no,Marketing,,Click-through,8,9.5,%',
  'Orientation,Calculate premium,Website,1,Know the premium,2,,Web,Apply now,,,,',
  'Application,Fill in the form,Website,0,Apply in one go,3,yes,web,,,,,',
  'Application,"Call for help, has to start over",Phone,-2,"Finish the ""application""",4,yes,Contact center,,First call resolution,80,61,%',
  'Acceptance,Confirmation,E-mail,+1,,0,,Service,,,,,',
].join('\r\n');

const DUTCH = [
  '\uFEFFFase;Contactmoment;Kanaal;Emotie (-2 t/m 2);Doel;Inspanning;Sleutelmoment;Eigenaar;Notities;KPI;KPI streefwaarde;KPI werkelijk;KPI eenheid',
  'Oriëntatie;Premies vergelijken;Vergelijkingssite;1;Goedkope dekking;2;nee;Marketing;;Doorklik;8;9,5;%',
  'Aanvraag;Formulier invullen;Website;0;In één keer aanvragen;3;ja;Web;"Regel 1',
  'regel 2; met puntkomma";;;;',
  'Aanvraag;Klantenservice bellen;Telefoon;−2;Aanvraag afronden;4;x;Klantenservice;;Oplossing eerste contact;80%;61%;',
  'Gebruik;Schade melden;Telefoon;1;Snel hersteld;2;;Service;;;;;',
  '',
].join('\n');

describe('parseTouchpointCsv: good files', () => {
  it('imports an English comma-separated file with quotes, CRLF and KPIs', () => {
    const { journey, warnings } = ok(parseTouchpointCsv(ENGLISH, { title: 'Insurance', journeyId: 'j1' }));
    expect(warnings).toEqual([]);
    expect(journey).toMatchObject({ id: 'j1', title: 'Insurance', locale: 'en' });
    expect(journey.phases.map((p) => [p.name, p.order])).toEqual([
      ['Orientation', 0],
      ['Application', 1],
      ['Acceptance', 2],
    ]);
    expect(journey.channels).toEqual([
      { id: 'c1', name: 'Comparison site', kind: 'web', canConvert: true },
      { id: 'c2', name: 'Website', kind: 'web', canConvert: true },
      { id: 'c3', name: 'Phone', kind: 'phone', canConvert: false },
      { id: 'c4', name: 'E-mail', kind: 'email', canConvert: false },
    ]);
    const call = journey.touchpoints[3]!;
    expect(call).toMatchObject({
      title: 'Call for help, has to start over',
      goal: 'Finish the "application"',
      channelId: 'c3',
      emotion: -2,
      effort: 4,
      isKeyMoment: true,
      ownerTeam: 'contact-center',
      order: 1,
    });
    expect(call.kpis).toEqual([{ id: 'k4', name: 'First call resolution', unit: '%', target: 80, actual: 61, direction: 'higher' }]);
    expect(journey.touchpoints[0]!.kpis[0]).toMatchObject({ target: 8, actual: 9.5 });
    expect(journey.touchpoints[1]!.callToAction).toBe('Apply now');
    expect(journey.touchpoints[4]!.emotion).toBe(1);
    // Consecutive rows are linked; the first row starts, the last one ends.
    expect(journey.steps.map((s) => [s.from, s.to])).toEqual([
      ['t1', 't2'],
      ['t2', 't3'],
      ['t3', 't4'],
      ['t4', 't5'],
    ]);
    expect(journey.touchpoints.map((t) => [t.isStart, t.isEnd])).toEqual([
      [true, false],
      [false, false],
      [false, false],
      [false, false],
      [false, true],
    ]);
    // The result is a normal journey: it goes into a document and back unchanged.
    expect(toJSON(fromJSON(journey))).toEqual(journey);
  });

  it('imports a Dutch semicolon file with a BOM, a quoted newline, decimal commas, percentages and a Unicode minus', () => {
    const { journey, warnings } = ok(parseTouchpointCsv(DUTCH, { locale: 'nl' }));
    expect(warnings).toEqual([]);
    expect(journey.title).toBe('Geïmporteerde klantreis');
    expect(journey.locale).toBe('nl');
    expect(journey.phases.map((p) => p.name)).toEqual(['Oriëntatie', 'Aanvraag', 'Gebruik']);
    expect(journey.touchpoints.map((t) => t.title)).toEqual([
      'Premies vergelijken',
      'Formulier invullen',
      'Klantenservice bellen',
      'Schade melden',
    ]);
    expect(journey.touchpoints[1]!.notes).toBe('Regel 1\nregel 2; met puntkomma');
    expect(journey.touchpoints[0]!.kpis[0]).toMatchObject({ name: 'Doorklik', target: 8, actual: 9.5, unit: '%' });
    expect(journey.touchpoints[2]).toMatchObject({ emotion: -2, isKeyMoment: true, ownerTeam: 'contact-center' });
    expect(journey.touchpoints[2]!.kpis[0]).toMatchObject({ target: 80, actual: 61, unit: '%' });
    // Both phone rows share one channel, found by name.
    expect(journey.channels.map((c) => [c.name, c.kind])).toEqual([
      ['Vergelijkingssite', 'web'],
      ['Website', 'web'],
      ['Telefoon', 'phone'],
    ]);
  });

  it('imports a file with only the required columns, in any order and case, with tabs', () => {
    const text = 'EMOTION\tchannel\tTouchpoint\tphase\n0\tStore\tVisit\tBuy\n-1\t\tWait\tBuy\n';
    const { journey } = ok(parseTouchpointCsv(text));
    expect(journey.touchpoints.map((t) => [t.title, t.emotion, t.channelId])).toEqual([
      ['Visit', 0, 'c1'],
      ['Wait', -1, null],
    ]);
    expect(journey.channels[0]).toMatchObject({ kind: 'store', canConvert: true });
  });

  it('reads cycle, handoff, direction, wow moment and Excel’s sep= line', () => {
    const text = [
      'sep=,',
      'phase,cycle,touchpoint,channel,emotion,handoff,wow moment,kpi,kpi target,kpi actual,kpi direction',
      'Buy,koop,Order,Web,1,,,,,,',
      'Service,gebruik,Call,Phone,-1,geen,,Wait time,60,90,lager',
      'Service,,Fixed,Phone,2,,ja,,,,',
    ].join('\n');
    const { journey } = ok(parseTouchpointCsv(text));
    expect(journey.phases.map((p) => p.cycle)).toEqual(['buy', 'use']);
    expect(journey.steps.map((s) => s.handoff)).toEqual(['none', null]);
    expect(journey.touchpoints[1]!.kpis[0]).toMatchObject({ direction: 'lower', target: 60, actual: 90 });
    expect(journey.touchpoints[2]!.isWowMoment).toBe(true);
  });

  it('warns about what it guessed or ignored, with a code and values for each note', () => {
    const text = 'phase,touchpoint,channel,emotion,owner team,colour\nBuy,Order,Web,,E-commerce squad,red\n';
    const result = parseTouchpointCsv(text);
    if (!result.ok) throw new Error('expected an import');
    expect(result.warnings.map(({ code, params }) => ({ code, params }))).toEqual([
      { code: 'unknownColumn', params: { name: 'colour' } },
      { code: 'noEmotion', params: { row: 2 } },
      { code: 'unknownTeam', params: { row: 2, value: 'E-commerce squad' } },
    ]);
    const { journey, warnings } = ok(parseTouchpointCsv(text));
    expect(journey.touchpoints[0]).toMatchObject({ emotion: 0, ownerTeam: 'other' });
    expect(warnings).toEqual([
      'column "colour" is not a known column and was ignored',
      'row 2: no emotion given, set to 0 (neutral)',
      'row 2: owner team "E-commerce squad" is not a known team, set to "other"',
    ]);
  });

  it('skips blank rows but keeps counting them', () => {
    const text = 'phase,touchpoint,channel,emotion\nBuy,Order,Web,1\n,,,\n\nBuy,Pay,Web,5\n';
    expect(errorsOf(parseTouchpointCsv(text))).toEqual([
      { row: 5, column: 'emotion', message: '"5" is not a whole number from -2 to 2' },
    ]);
  });
});

describe('parseTouchpointCsv: bad files are refused whole', () => {
  it('reports every bad row with its spreadsheet row number and column, and imports nothing', () => {
    const text = [
      'Phase;Touchpoint;Channel;Emotion;Effort;Key moment;KPI;KPI target',
      'Orientation;Compare;Web;1;2;no;;',
      'Orientation;Call;Phone;happy;2;no;;',
      ';Order;Web;0;9;maybe;;',
      'Buy;"Multi',
      'line";Web;0;1;;Conversion;five',
      'Buy;;Web;1;1;;;80',
    ].join('\n');
    expect(errorsOf(parseTouchpointCsv(text))).toEqual([
      { row: 3, column: 'Emotion', message: '"happy" is not a whole number from -2 to 2' },
      { row: 4, column: 'Phase', message: 'a touchpoint needs a phase' },
      { row: 4, column: 'Effort', message: '"9" is not a whole number from 0 to 5' },
      { row: 4, column: 'Key moment', message: '"maybe" is not yes or no (ja/nee, x or empty also work)' },
      { row: 5, column: 'KPI target', message: '"five" is not a number' },
      { row: 6, column: 'Touchpoint', message: 'a touchpoint needs a title' },
      { row: 6, column: 'KPI', message: 'a KPI target, actual or unit needs a KPI name' },
    ]);
  });

  it('refuses fractional and out-of-range emotions', () => {
    const text = 'phase,touchpoint,channel,emotion\nA,One,Web,1.5\nA,Two,Web,-3\nA,Three,Web,50%\n';
    expect(errorsOf(parseTouchpointCsv(text)).map((e) => [e.row, e.message])).toEqual([
      [2, '"1.5" is not a whole number from -2 to 2'],
      [3, '"-3" is not a whole number from -2 to 2'],
      [4, '"50%" is not a whole number from -2 to 2'],
    ]);
  });

  it('names missing and doubled columns in the header row', () => {
    expect(errorsOf(parseTouchpointCsv('fase;kanaal;titel\nA;Web;X\n'))).toEqual([
      { row: 1, message: 'missing column "emotion" (also accepted: emotion score, sentiment, emotie, emotiescore, gevoel)' },
    ]);
    // A header that fails names the columns it did not know too (often the missing one, misnamed).
    expect(errorsOf(parseTouchpointCsv('fase;kanaal;titel;mood\nA;Web;X;1\n'))).toEqual([
      { row: 1, message: 'missing column "emotion" (also accepted: emotion score, sentiment, emotie, emotiescore, gevoel)' },
      { row: 1, message: 'column "mood" is not a known column and was ignored' },
    ]);
    expect(errorsOf(parseTouchpointCsv('phase,fase,touchpoint,channel,emotion\nA,A,X,Web,0\n'))).toEqual([
      { row: 1, column: 'fase', message: 'same column as "phase"' },
    ]);
  });

  it('refuses an empty file, a header without rows, an unclosed quote and stray separators', () => {
    expect(errorsOf(parseTouchpointCsv(''))).toEqual([{ row: 1, message: 'the file is empty' }]);
    expect(errorsOf(parseTouchpointCsv('\uFEFF  \n'))).toEqual([{ row: 1, message: 'the file is empty' }]);
    expect(errorsOf(parseTouchpointCsv('phase,touchpoint,channel,emotion\n\n'))).toEqual([
      { row: 2, message: 'no touchpoints: the file has a header but no rows' },
    ]);
    expect(errorsOf(parseTouchpointCsv('phase,touchpoint,channel,emotion\nA,X,Web,0\nA,"Open,Web,0\nA,Y,Web,0\n'))).toEqual([
      { row: 3, message: 'a quoted field is never closed (missing ")' },
    ]);
    expect(errorsOf(parseTouchpointCsv('phase,touchpoint,channel,emotion\nA,"X" and more,Web,0\n'))[0]!.message).toMatch(
      /^unexpected text after a closing quote/,
    );
    expect(errorsOf(parseTouchpointCsv('phase;touchpoint;channel;emotion\nA;Call us; we help;Phone;0\n'))).toEqual([
      { row: 2, message: 'has 5 cells but the header has 4 columns (an unquoted ";" in a value?)' },
    ]);
  });

  it('stops after 100 errors and says so', () => {
    const rows = Array.from({ length: 150 }, (_, i) => `A,T${i},Web,sad`);
    const errors = errorsOf(parseTouchpointCsv(['phase,touchpoint,channel,emotion', ...rows].join('\n')));
    expect(errors).toHaveLength(101);
    expect(errors[99]).toEqual({ row: 101, column: 'emotion', message: '"sad" is not a whole number from -2 to 2' });
    expect(errors[100]).toEqual({ row: 101, message: 'stopped after 100 errors' });
  });

  it('refuses values the journey schema does not allow, by row', () => {
    const text = `phase,touchpoint,channel,emotion\nA,${'x'.repeat(201)},Web,0\n`;
    expect(errorsOf(parseTouchpointCsv(text))).toEqual([{ row: 2, column: 'touchpoint', message: 'at most 200 characters' }]);
  });
});

describe('parseTouchpointCsv: problem codes', () => {
  it('gives every error a code and the values its wording needs', () => {
    const text = [
      'phase,touchpoint,channel,emotion,effort,key moment,kpi,kpi target,handoff',
      ',Visit,Web,7,1,no,,,',
      'A,,Web,0,1,maybe,,12,',
      'A,Call,Phone,0,x,no,NPS,lots,sideways',
    ].join('\n');
    const codes = codesOf(parseTouchpointCsv(text));
    const expected = [
      { code: 'needsPhase' },
      { code: 'notWholeNumber', params: { value: '7', min: -2, max: 2 } },
      { code: 'needsTitle' },
      { code: 'notYesNo', params: { value: 'maybe' } },
      { code: 'kpiNeedsName' },
      { code: 'notWholeNumber', params: { value: 'x', min: 0, max: 5 } },
      { code: 'notANumber', params: { value: 'lots' } },
      { code: 'unknownWord', params: { value: 'sideways', options: expect.stringContaining('partial') } },
    ];
    expect(codes).toHaveLength(expected.length);
    expect(codes).toEqual(expect.arrayContaining(expected));
    expect(codesOf(parseTouchpointCsv(''))).toEqual([{ code: 'emptyFile' }]);
    expect(codesOf(parseTouchpointCsv('fase;kanaal;titel\nA;Web;X\n'))[0]).toEqual({ code: 'missingColumn', params: { name: 'emotion', nlName: 'Emotie', alternatives: expect.any(String) } });
    expect(codesOf(parseTouchpointCsv('phase,touchpoint,channel,emotion\n\n'))).toEqual([{ code: 'noRows' }]);
    expect(codesOf(parseTouchpointCsv('phase,touchpoint,channel,emotion\nA,"Open,Web,0\n'))).toEqual([{ code: 'unclosedQuote' }]);
    expect(codesOf(parseTouchpointCsv(`phase,touchpoint,channel,emotion\nA,${'x'.repeat(201)},Web,0\n`))).toEqual([{ code: 'textTooLong', params: { max: 200 } }]);
  });
});

describe('CSV helpers', () => {
  it('splits records the way spreadsheets write them', () => {
    const result = splitCsv('a;b\r\n"x;""y""\r\nz";2\r"";\n');
    expect(result).toEqual({
      ok: true,
      separator: ';',
      records: [
        { row: 1, cells: ['a', 'b'] },
        { row: 2, cells: ['x;"y"\r\nz', '2'] },
        { row: 3, cells: ['', ''] },
      ],
    });
  });

  it('reads numbers in English and Dutch notation', () => {
    expect(['-1', '+2', '−2', '12,5', '1.234,5', '1,234.5', '85%', ' 3 '].map((s) => parseCsvNumber(s)?.value)).toEqual([
      -1, 2, -2, 12.5, 1234.5, 1234.5, 85, 3,
    ]);
    expect(['', 'abc', '1-2', '--1', '12,5,6'].map(parseCsvNumber)).toEqual([null, null, null, null, null]);
  });

  it('guesses channel kinds from English and Dutch names', () => {
    const names = ['Telefoon', 'Phone', 'Webshop', 'Mijn omgeving', 'E-mail', 'Nieuwsbrief', 'Winkel', 'Servicechat', 'Instagram', 'Brief per post', 'App', 'Appointment', 'Billboard'];
    expect(names.map(guessChannelKind)).toEqual([
      'phone', 'phone', 'web', 'web', 'email', 'email', 'store', 'chat', 'social', 'mail', 'app', 'other', 'other',
    ]);
  });
});
