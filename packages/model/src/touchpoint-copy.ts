// A copy of touchpoints as plain JSON: the cards with their KPIs, the steps between them
// and the channels they use, as the editor puts them on the clipboard so they can be
// pasted into the same or another journey. Validated like a journey, with paths.
import { z } from 'zod';
import { channelSchema, stepSchema, touchpointSchema } from './schema.ts';
import { zodIssues, type ValidationIssue } from './validation.ts';

export const TOUCHPOINT_COPY_FORMAT = 'touchpoint-copy';
export const TOUCHPOINT_COPY_VERSION = 1;

export const touchpointCopySchema = z.object({
  format: z.literal(TOUCHPOINT_COPY_FORMAT),
  version: z.literal(TOUCHPOINT_COPY_VERSION),
  touchpoints: z.array(touchpointSchema).min(1).max(5000),
  steps: z.array(stepSchema).max(20000).default([]),
  channels: z.array(channelSchema).max(200).default([]),
});

export type TouchpointCopy = z.output<typeof touchpointCopySchema>;

export type TouchpointCopyResult = { ok: true; copy: TouchpointCopy } | { ok: false; issues: ValidationIssue[] };

/** Checks a copy of touchpoints (parsed JSON). */
export function parseTouchpointCopy(input: unknown): TouchpointCopyResult {
  const parsed = touchpointCopySchema.safeParse(input);
  return parsed.success ? { ok: true, copy: parsed.data } : { ok: false, issues: zodIssues(parsed.error) };
}
