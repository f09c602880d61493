// The wording of an import or validation problem in the interface language. The model
// reports each problem with a code and its values beside an English message; in English the
// message is shown as it is, in Dutch the code is worded here (a problem without a known code
// keeps its English message).
import type { ProblemCode, ProblemInfo } from '@touchpoint/model';
import { fillPlaceholders, type UiLocale } from '../i18n/index.ts';

const DUTCH: Record<Exclude<ProblemCode, 'other'>, string> = {
  emptyFile: 'het bestand is leeg',
  notJson: 'geen geldige JSON: het bestand is beschadigd of geen JSON-bestand',
  notAJourney: 'dit is geen klantreisbestand van Touchpoint (er staan geen fasen of contactmomenten in)',
  newerVersion: 'dit bestand is gemaakt met een nieuwere versie van Touchpoint (formaat {version}; deze versie leest formaat {supported}): werk Touchpoint bij om het te importeren',
  required: 'verplicht',
  expectedType: 'verwacht: {expected}',
  oneOf: 'moet een van deze zijn: {values}',
  textTooLong: 'hoogstens {max} tekens',
  textEmpty: 'mag niet leeg zijn',
  numberTooBig: 'hoogstens {max}',
  numberTooSmall: 'minstens {min}',
  tooManyItems: 'hoogstens {max} items',
  duplicateId: 'id "{id}" komt dubbel voor',
  unknownPhase: 'onbekende fase "{id}"',
  unknownChannel: 'onbekend kanaal "{id}"',
  unknownTouchpoint: 'onbekend contactmoment "{id}"',
  unclosedQuote: 'een veld tussen aanhalingstekens wordt nergens gesloten (er ontbreekt een ")',
  textAfterQuote: 'onverwachte tekst na een sluitend aanhalingsteken: "{text}"',
  sameColumn: 'dezelfde kolom als "{name}"',
  missingColumn: 'kolom “{nlName}” ontbreekt (ook goed: {alternatives})',
  noRows: 'geen contactmomenten: het bestand heeft een kopregel maar geen rijen',
  cellCount: 'heeft {cells} cellen maar de kopregel heeft {columns} kolommen (een "{separator}" in een waarde zonder aanhalingstekens?)',
  tooManyErrors: 'gestopt na {max} fouten',
  unknownWord: '"{value}" is hier geen geldige waarde; gebruik {options}',
  notWholeNumber: '"{value}" is geen geheel getal van {min} tot {max}',
  notYesNo: '"{value}" is geen ja of nee (yes/no, x of leeg kan ook)',
  needsPhase: 'een contactmoment heeft een fase nodig',
  needsTitle: 'een contactmoment heeft een titel nodig',
  notANumber: '"{value}" is geen getal',
  kpiNeedsName: 'een KPI-doel, -waarde of -eenheid heeft een KPI-naam nodig',
  unknownColumn: 'kolom "{name}" is geen bekende kolom en is overgeslagen',
  cycleDiffers: 'rij {row}: cyclus "{value}" wijkt af van de eerste rij van de fase; "{kept}" aangehouden',
  noEmotion: 'rij {row}: geen emotie opgegeven, op 0 (neutraal) gezet',
  unknownTeam: 'rij {row}: eigenaar "{value}" is geen bekend team, op "other" (overig) gezet',
  handoffIgnored: 'rij {row}: het eerste contactmoment heeft geen stap ervoor; de overdracht is genegeerd',
};

/** Zod's type names, as the Dutch wording of `expectedType` says them. */
const DUTCH_TYPES: Record<string, string> = {
  string: 'tekst',
  number: 'een getal',
  int: 'een geheel getal',
  boolean: 'ja of nee (true/false)',
  array: 'een lijst',
  object: 'een object',
};

export function problemText(problem: ProblemInfo & { message: string }, locale: UiLocale): string {
  const code = problem.code;
  if (locale === 'en' || !code || code === 'other' || !(code in DUTCH)) return problem.message;
  const params: Record<string, string | number> = { ...problem.params };
  if (code === 'expectedType') params.expected = DUTCH_TYPES[String(params.expected)] ?? String(params.expected);
  return fillPlaceholders(DUTCH[code], params);
}
