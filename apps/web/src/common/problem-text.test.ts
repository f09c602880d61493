import { parseJourneyText, parseTouchpointCsv, type ProblemCode } from '@touchpoint/model';
import { describe, expect, it } from 'vitest';
import { problemText } from './problem-text.ts';

describe('problemText', () => {
  it('shows the English message as it is', () => {
    expect(problemText({ message: 'a touchpoint needs a title', code: 'needsTitle' }, 'en')).toBe('a touchpoint needs a title');
  });

  it('words each code of a real import in Dutch, with its values', () => {
    const csv = parseTouchpointCsv(
      ['phase,touchpoint,channel,emotion,effort,key moment,kpi,kpi target,handoff', ',Visit,Web,7,1,no,,,', 'A,,Web,0,1,maybe,,12,', 'A,Call,Phone,0,x,no,NPS,lots,sideways'].join('\n'),
    );
    if (csv.ok) throw new Error('expected problems');
    const dutch = csv.errors.map((e) => problemText(e, 'nl'));
    expect(dutch).toEqual(
      expect.arrayContaining([
        'een contactmoment heeft een fase nodig',
        '"7" is geen geheel getal van -2 tot 2',
        'een contactmoment heeft een titel nodig',
        '"maybe" is geen ja of nee (yes/no, x of leeg kan ook)',
        'een KPI-doel, -waarde of -eenheid heeft een KPI-naam nodig',
        '"x" is geen geheel getal van 0 tot 5',
        '"lots" is geen getal',
      ]),
    );
    expect(dutch.find((text) => text.startsWith('"sideways"'))).toMatch(/^"sideways" is hier geen geldige waarde; gebruik .*partial/);
    const json = parseJourneyText('{"schemaVersion":1,"id":"j","title":"T","phases":[{"id":"p","name":"","order":0}],"touchpoints":[{"id":"t","phaseId":"nope","title":"X","emotion":"high"}]}');
    if (json.ok) throw new Error('expected problems');
    expect(json.issues.map((i) => `${i.path}: ${problemText(i, 'nl')}`)).toEqual(
      expect.arrayContaining(['phases[0].name: mag niet leeg zijn', 'touchpoints[0].emotion: verwacht: een getal']),
    );
    const broken = parseJourneyText('{"oops"');
    if (broken.ok) throw new Error('expected problems');
    expect(problemText(broken.issues[0]!, 'nl')).toBe('geen geldige JSON: het bestand is beschadigd of geen JSON-bestand');
    // JSON of something else: one line that says so, not every missing field.
    const other = parseJourneyText('{"name":"package","version":"1.0.0"}');
    if (other.ok) throw new Error('expected problems');
    expect(other.issues.map((i) => problemText(i, 'nl'))).toEqual([
      'dit is geen klantreisbestand van Touchpoint (er staan geen fasen of contactmomenten in)',
    ]);
    expect(other.issues.map((i) => problemText(i, 'en'))).toEqual(['this is not a Touchpoint journey file (it has no phases or touchpoints)']);
    // A file from a newer Touchpoint: says so, not which fields it does not know.
    const newer = parseJourneyText('{"schemaVersion":99,"title":"From the future"}');
    if (newer.ok) throw new Error('expected problems');
    expect(newer.issues.map((i) => `${i.path}: ${problemText(i, 'nl')}`)).toEqual([
      'schemaVersion: dit bestand is gemaakt met een nieuwere versie van Touchpoint (formaat 99; deze versie leest formaat 1): werk Touchpoint bij om het te importeren',
    ]);
  });

  it('names a missing column by its Dutch header in Dutch, with the columns the file had that are unknown', () => {
    const csv = parseTouchpointCsv('Fase;Titel;Kanaal;Gevoelscore;Foo\nA;X;Web;1;2\n');
    if (csv.ok) throw new Error('expected problems');
    expect(csv.errors.map((e) => problemText(e, 'nl'))).toEqual([
      'kolom “Emotie” ontbreekt (ook goed: emotion score, sentiment, emotie, emotiescore, gevoel)',
      'kolom "Gevoelscore" is geen bekende kolom en is overgeslagen',
      'kolom "Foo" is geen bekende kolom en is overgeslagen',
    ]);
  });

  it('words the notes of an accepted spreadsheet import in Dutch', () => {
    const csv = parseTouchpointCsv('phase,touchpoint,channel,emotion,owner team,colour\nBuy,Order,Web,,E-commerce squad,red\n');
    if (!csv.ok) throw new Error('expected an import');
    expect(csv.warnings.map((w) => problemText(w, 'nl'))).toEqual([
      'kolom "colour" is geen bekende kolom en is overgeslagen',
      'rij 2: geen emotie opgegeven, op 0 (neutraal) gezet',
      'rij 2: eigenaar "E-commerce squad" is geen bekend team, op "other" (overig) gezet',
    ]);
    expect(csv.warnings.map((w) => problemText(w, 'en'))).toEqual(csv.warnings.map((w) => w.message));
  });

  it('keeps the English message for a problem without a known code', () => {
    expect(problemText({ message: 'something odd', code: 'other' }, 'nl')).toBe('something odd');
    expect(problemText({ message: 'something odd' }, 'nl')).toBe('something odd');
    expect(problemText({ message: 'from a newer server', code: 'brandNew' as ProblemCode }, 'nl')).toBe('from a newer server');
  });
});
