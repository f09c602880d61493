// A problem found in a journey or an imported file, as data: a code and the values it
// names, beside the English message (which the CLI, the REST API and logs show). An
// interface in another language words the code itself and falls back to the message.
export type ProblemCode =
  // Journey files and the schema
  | 'emptyFile'
  | 'notJson'
  | 'notAJourney'
  | 'newerVersion'
  | 'required'
  | 'expectedType'
  | 'oneOf'
  | 'textTooLong'
  | 'textEmpty'
  | 'numberTooBig'
  | 'numberTooSmall'
  | 'tooManyItems'
  | 'duplicateId'
  | 'unknownPhase'
  | 'unknownChannel'
  | 'unknownTouchpoint'
  | 'other'
  // Spreadsheets (CSV)
  | 'unclosedQuote'
  | 'textAfterQuote'
  | 'sameColumn'
  | 'missingColumn'
  | 'noRows'
  | 'cellCount'
  | 'tooManyErrors'
  | 'unknownWord'
  | 'notWholeNumber'
  | 'notYesNo'
  | 'needsPhase'
  | 'needsTitle'
  | 'notANumber'
  | 'kpiNeedsName'
  // Spreadsheet warnings (imported all the same)
  | 'unknownColumn'
  | 'cycleDiffers'
  | 'noEmotion'
  | 'unknownTeam'
  | 'handoffIgnored';

export type ProblemParams = Record<string, string | number>;

/** The code of a problem and the values its wording needs. */
export interface ProblemInfo {
  code?: ProblemCode;
  params?: ProblemParams;
}
