// The parsing half of an import (see import-file.ts), loaded when a file is imported.
import { parseJourneyText, parseTouchpointCsv, type Locale } from '@touchpoint/model';
import { importKindOf, titleFromFileName, type PreparedImport } from './import-file.ts';

export function prepareImport(name: string, text: string, locale: Locale): PreparedImport {
  const kind = importKindOf(name, text);
  if (!kind) return { ok: false, reason: 'unsupported', problems: [] };
  if (kind === 'json') {
    const parsed = parseJourneyText(text);
    if (!parsed.ok) {
      return {
        ok: false,
        reason: 'invalid',
        problems: parsed.issues.map(({ path, ...problem }) => ({ place: path ? { kind: 'path', path } : null, ...problem })),
      };
    }
    return { ok: true, journey: parsed.journey, warnings: [] };
  }
  const parsed = parseTouchpointCsv(text, { title: titleFromFileName(name), locale });
  if (!parsed.ok) {
    return {
      ok: false,
      reason: 'invalid',
      problems: parsed.errors.map(({ row, column, ...problem }) => ({
        place: { kind: 'row', row, ...(column ? { column } : {}) },
        ...problem,
      })),
    };
  }
  return { ok: true, journey: parsed.journey, warnings: parsed.warnings };
}
