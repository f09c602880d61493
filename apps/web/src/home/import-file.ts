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

/** Files above this size are refused before they are read. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

export type ImportKind = 'json' | 'csv';

export function importKindOf(name: string, text?: string): ImportKind | null {
  const lower = name.toLowerCase();
  if (lower.endsWith('.json')) return 'json';
  if (lower.endsWith('.csv') || lower.endsWith('.tsv')) return 'csv';
  if (text !== undefined && text.trimStart().startsWith('{')) return 'json';
  return null;
}

/** The file name without its extension, as a title for a spreadsheet import. */
export function titleFromFileName(name: string): string {
  const base = name.replace(/\.[^.]+$/, '').replace(/[_]+/g, ' ').trim();
  return base.slice(0, 200) || name;
}

/** The text of a file (UTF-8), with FileReader where `Blob.text()` is missing. */
export function readFileText(file: Blob): Promise<string> {
  if (typeof file.text === 'function') return file.text();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result ?? ''));
    reader.onerror = () => reject(reader.error ?? new Error('the file could not be read'));
    reader.readAsText(file);
  });
}
