// Reading an import file into a journey, entirely in the browser and all or nothing: a
// journey JSON file is validated with the model, a touchpoint spreadsheet (CSV) parsed
// row by row. Problems carry where they are (a JSON path or a spreadsheet row).
import type { CsvWarning, Journey, ProblemInfo } from '@touchpoint/model';

export type ProblemPlace = { kind: 'path'; path: string } | { kind: 'row'; row: number; column?: string };

export interface ImportProblem extends ProblemInfo {
  place: ProblemPlace | null;
  /** The problem in English; the interface words `code` in its own language. */
  message: string;
}

export type PreparedImport =
  | { ok: true; journey: Journey; warnings: CsvWarning[] }
  | { ok: false; reason: 'unsupported' | 'too-large' | 'invalid'; problems: ImportProblem[] };

/**
 * Files above this size are refused before they are read: the server's default limit for a
 * request (TOUCHPOINT_MAX_BODY_BYTES), which the imported journey is sent in.
 */
export const MAX_IMPORT_BYTES = 8 * 1024 * 1024;

export type ImportKind = 'json' | 'csv';

export function importKindOf(name: string, text?: string): ImportKind | null {
  const lower = name.toLowerCase();
  if (lower.endsWith('.json')) return 'json';
  // Excel saves "Unicode text" (UTF-16, tab-separated) as .txt.
  if (lower.endsWith('.csv') || lower.endsWith('.tsv') || lower.endsWith('.txt')) return 'csv';
  if (text !== undefined && text.trimStart().startsWith('{')) return 'json';
  return null;
}

/** The file name without its extension, as a title for a spreadsheet import. */
export function titleFromFileName(name: string): string {
  const base = name.replace(/\.[^.]+$/, '').replace(/[_]+/g, ' ').trim();
  return base.slice(0, 200) || name;
}

/** Whether a file is an Excel workbook, which has to be saved as CSV first. */
export function isWorkbook(name: string): boolean {
  return /\.(xlsx|xlsm|xls|ods|numbers)$/i.test(name);
}
