// Copied touchpoints on the system clipboard, so they paste into another journey, another
// tab or another browser window as well as into the same map. The copy (the model's
// touchpoint copy: cards with their KPIs, the steps between them, the channels they use)
// goes on the clipboard as JSON under its own type, and the titles as text for any other
// application.
import { parseTouchpointCopy, TOUCHPOINT_COPY_FORMAT, TOUCHPOINT_COPY_VERSION } from '@touchpoint/model';
import type { Clipboard } from './copy-paste.ts';

/** The clipboard type of a copy; browsers keep it apart from the plain text. */
export const CLIPBOARD_TYPE = 'application/x-touchpoint+json';

/** What a copy writes, by clipboard type: the copy as JSON, and the titles as text. */
export function clipboardEntries(clip: Clipboard): Record<string, string> {
  const json = JSON.stringify({ format: TOUCHPOINT_COPY_FORMAT, version: TOUCHPOINT_COPY_VERSION, ...clip });
  return { [CLIPBOARD_TYPE]: json, 'text/plain': clip.touchpoints.map((t) => t.title).join('\n') };
}

/**
 * What a paste found, read through `get` (a clipboard type to its data, '' when absent):
 * `null` when the clipboard holds something else (text, an image), so the paste is left
 * alone; `'invalid'` when it holds a copy of touchpoints that cannot be read (damaged, or
 * from an incompatible version).
 */
export function readClipboard(get: (type: string) => string): Clipboard | 'invalid' | null {
  const typed = get(CLIPBOARD_TYPE);
  // Some routes between applications keep only the text: a copy pasted as text counts too.
  const source = typed || get('text/plain');
  if (!source || (!typed && !source.includes(TOUCHPOINT_COPY_FORMAT))) return null;
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch {
    return typed ? 'invalid' : null;
  }
  if (!typed && (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== TOUCHPOINT_COPY_FORMAT)) return null;
  const parsed = parseTouchpointCopy(data);
  if (!parsed.ok) return 'invalid';
  const { touchpoints, steps, channels } = parsed.copy;
  return { touchpoints, steps, channels };
}
