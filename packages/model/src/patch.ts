// Validation of the inputs of operations: each given field is checked against the field's
// schema, so a bad value is refused with its name before anything is written.
import type { z } from 'zod';
import { formatPath, JourneyValidationError, type ValidationIssue } from './validation.ts';

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
    if (record[key] === undefined) issues.push({ path: key, message: 'required' });
  }
  for (const [key, value] of Object.entries(record)) {
    if (value === undefined) continue;
    if (!(allowed as readonly string[]).includes(key)) {
      issues.push({ path: key, message: 'unknown or read-only field' });
      continue;
    }
    const schema = shape[key];
    const parsed = schema ? schema.safeParse(value) : undefined;
    if (!parsed || !parsed.success) {
      const first = parsed?.error.issues[0];
      const sub = formatPath([key, ...(first?.path ?? [])]);
      issues.push({ path: sub, message: first?.message ?? 'invalid' });
      continue;
    }
    out[key] = parsed.data;
  }
  if (issues.length) throw new JourneyValidationError(issues);
  return out as Record<K, unknown>;
}
