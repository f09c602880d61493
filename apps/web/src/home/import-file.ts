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

/**
 * The text of a file's bytes. Spreadsheets come in more than UTF-8: Excel saves "CSV" in the
 * Windows code page (Windows-1252 in Western Europe, so "Oriëntatie" arrives as one byte
 * 0xEB) and "Unicode text" as UTF-16 with a byte order mark. A byte order mark decides;
 * otherwise the bytes are read as UTF-8 when they are valid UTF-8, else as Windows-1252
 * (which maps every byte, so nothing is lost as "�").
 */
export function decodeFileBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return decodeWindows1252(bytes);
  }
}

/**
 * Windows-1252's characters for the bytes 0x80–0x9F, where it differs from Latin-1 (the
 * five unassigned bytes stay as their control codes). Written out, because not every
 * TextDecoder maps them (Node's reads the label as Latin-1).
 */
const WINDOWS_1252_HIGH = '€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8dŽ\x8f\x90‘’“”•–—˜™š›œ\x9džŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    text += String.fromCharCode(...chunk);
  }
  return text.replace(/[\x80-\x9f]/g, (c) => WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80]!);
}

/** The text of a file, in whichever encoding it was saved (see `decodeFileBytes`). */
export async function readFileText(file: Blob): Promise<string> {
  return decodeFileBytes(new Uint8Array(await readFileBytes(file)));
}

/** The bytes of a file, with FileReader where `Blob.arrayBuffer()` is missing. */
function readFileBytes(file: Blob): Promise<ArrayBuffer> {
  if (typeof file.arrayBuffer === 'function') return file.arrayBuffer();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error ?? new Error('the file could not be read'));
    reader.readAsArrayBuffer(file);
  });
}

/** Whether a file is an Excel workbook, which has to be saved as CSV first. */
export function isWorkbook(name: string): boolean {
  return /\.(xlsx|xlsm|xls|ods|numbers)$/i.test(name);
}
