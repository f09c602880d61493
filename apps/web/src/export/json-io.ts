// The journey as a file: the same plain JSON the REST API and the CLI read and write.
import * as Y from 'yjs';
import { parseJourneyText, replaceJourney, toJSON, type Journey, type ValidationIssue } from '@touchpoint/model';
import { exportFileName } from './geometry.ts';

/** The document as pretty-printed plain JSON, ending in a newline. */
export function journeyFileText(doc: Y.Doc): string {
  return `${JSON.stringify(toJSON(doc), null, 2)}\n`;
}

export function journeyFileName(title: string, date: Date): string {
  return exportFileName(title, date, 'journey.json');
}

export type ImportCheck = { ok: true; journey: Journey } | { ok: false; issues: ValidationIssue[] };

/**
 * Reads a file's text as a journey to put in place of the current one. The current
 * journey keeps its id, so links, rooms and versions stay attached to it.
 */
export function checkImport(text: string, currentId: string): ImportCheck {
  const parsed = parseJourneyText(text);
  if (!parsed.ok) return parsed;
  return { ok: true, journey: { ...parsed.journey, id: currentId } };
}

/** Replaces the journey in the document as one change (one undo step for `origin`). */
export function applyImport(doc: Y.Doc, journey: Journey, origin: unknown): Journey {
  return replaceJourney(doc, journey, origin);
}
