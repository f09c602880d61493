// Validation of the inputs of operations: each given field is checked against the field's
// schema, so a bad value is refused with its name before anything is written.
import type { z } from 'zod';
import { formatPath, JourneyValidationError, zodIssues, type ValidationIssue } from './validation.ts';

type Shape = Record<string, z.ZodType>;

/** Checks `input`'s fields against `shape`, keeping only `allowed` keys; throws on any issue. */
export function checkFields<K extends string>(
  shape: Shape,
  input: object,
  allowed: readonly K[],
  required: readonly K[] = [],
): Record<K, unknown> {
  const issues: ValidationIssue[] = [];
  const out: Record<string, unknown> = {};
  const record = input as Record<string, unknown>;
  for (const key of required) {
    if (record[key] === undefined) issues.push({ path: key, message: 'required', code: 'required' });
  }
  for (const [key, value] of Object.entries(record)) {
    if (value === undefined) continue;
    if (!(allowed as readonly string[]).includes(key)) {
      issues.push({ path: key, message: 'unknown or read-only field', code: 'other' });
      continue;
    }
    const schema = shape[key];
    const parsed = schema ? schema.safeParse(value) : undefined;
    if (!parsed || !parsed.success) {
      // The first problem of the field, with its code for wording in another language.
      const first = parsed ? zodIssues(parsed.error)[0] : undefined;
      const path = formatPath([key, ...(parsed?.error.issues[0]?.path ?? [])]);
      issues.push(first ? { ...first, path } : { path, message: 'invalid', code: 'other' });
      continue;
    }
    out[key] = parsed.data;
  }
  if (issues.length) throw new JourneyValidationError(issues);
  return out as Record<K, unknown>;
}
