// @touchpoint/model: the journey document. The only code that writes a journey's Y.Doc.
export * from './schema.ts';
export * from './validation.ts';
export { journeyMaps, hasJourney, ROOT_NAMES, STORED_ROOT, type JourneyMaps, type YEntity } from './layout.ts';
export { newId } from './id.ts';
export type { ProblemCode, ProblemInfo, ProblemParams } from './problem.ts';
export * from './journey.ts';
export * from './phase.ts';
export * from './touchpoint.ts';
export * from './step.ts';
export * from './channel.ts';
export * from './persona.ts';
export * from './kpi.ts';
export { addComment, setCommentResolved, removeComment, type CommentInput } from './comment.ts';
export * from './json.ts';
export { isReplacement, onJourneyReplaced } from './replacement.ts';
export { setScoringRule } from './scoring-config.ts';
export * from './channel-switch.ts';
export * from './touchpoint-copy.ts';
export { generateJourney, seededRandom, type GenerateOptions } from './generate.ts';
export { templates, buildTemplate, type TemplateInfo, type BuildTemplateOptions } from './templates/index.ts';
export type { Text as LocalizedText } from './templates/spec.ts';
export {
  parseTouchpointCsv,
  splitCsv,
  guessChannelKind,
  parseCsvNumber,
  normalizeHeader,
  type CsvError,
  type CsvImportResult,
  type CsvWarning,
  type CsvImportOptions,
  type CsvRecord,
  type SplitResult,
} from './csv.ts';
export { touchpointsCsv, csvCell } from './csv-export.ts';
export { formatNumber, formatQuantity, parseNumber } from './number-text.ts';
export { nameNumber, uniqueName } from './unique-name.ts';
