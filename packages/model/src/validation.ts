// Validation of plain journeys: schema errors and broken references, each reported with
// the path of the value and the problem (`phases[2].name: required`), never a stack trace.
import type { z } from 'zod';
import type { ProblemInfo } from './problem.ts';
import { journeySchema, SCHEMA_VERSION, type Journey } from './schema.ts';

export interface ValidationIssue extends ProblemInfo {
  /** Where the problem is, as `phases[2].name`; empty for the document itself. */
  path: string;
  /** The problem in English. */
  message: string;
}

export class JourneyValidationError extends Error {
  readonly issues: ValidationIssue[];
  constructor(issues: ValidationIssue[]) {
    super(issues.map(formatIssue).join('\n'));
    this.name = 'JourneyValidationError';
    this.issues = issues;
  }
}

export type ParseResult = { ok: true; journey: Journey } | { ok: false; issues: ValidationIssue[] };

export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out;
}

export function formatIssue(issue: ValidationIssue): string {
  return issue.path ? `${issue.path}: ${issue.message}` : issue.message;
}

/** Zod's issues as validation issues with a path, an English message and a problem code. */
export function zodIssues(error: z.ZodError): ValidationIssue[] {
  return error.issues.map((issue): ValidationIssue => {
    const path = formatPath(issue.path);
    if (issue.code === 'invalid_type') {
      if (/received undefined/.test(issue.message)) return { path, message: 'required', code: 'required' };
      return { path, message: `expected ${issue.expected}`, code: 'expectedType', params: { expected: issue.expected } };
    }
    if (issue.code === 'invalid_value' && 'values' in issue) {
      const values = issue.values.map((v) => JSON.stringify(v)).join(', ');
      return { path, message: `must be one of ${values}`, code: 'oneOf', params: { values } };
    }
    if (issue.code === 'too_big') {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return { path, message: issue.message, code: 'textTooLong', params: { max } };
      if (issue.origin === 'array') return { path, message: issue.message, code: 'tooManyItems', params: { max } };
      return { path, message: issue.message, code: 'numberTooBig', params: { max } };
    }
    if (issue.code === 'too_small') {
      const min = Number(issue.minimum);
      if (issue.origin === 'string') return { path, message: issue.message, code: 'textEmpty' };
      return { path, message: issue.message, code: 'numberTooSmall', params: { min } };
    }
    return { path, message: issue.message, code: 'other' };
  });
}

/** Checks what a schema cannot: unique ids and references between collections. */
function referenceIssues(journey: Journey): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const unique = (items: { id: string }[], key: string, seen = new Set<string>()) => {
    items.forEach((item, i) => {
      if (seen.has(item.id)) issues.push({ path: `${key}[${i}].id`, message: `duplicate id "${item.id}"`, code: 'duplicateId', params: { id: item.id } });
      seen.add(item.id);
    });
    return seen;
  };
  const phaseIds = unique(journey.phases, 'phases');
  const touchpointIds = unique(journey.touchpoints, 'touchpoints');
  const channelIds = unique(journey.channels, 'channels');
  unique(journey.personas, 'personas');
  unique(journey.steps, 'steps');
  const kpiIds = new Set<string>();
  journey.phases.forEach((p, i) => unique(p.kpis, `phases[${i}].kpis`, kpiIds));
  journey.touchpoints.forEach((t, i) => unique(t.kpis, `touchpoints[${i}].kpis`, kpiIds));

  journey.touchpoints.forEach((t, i) => {
    if (!phaseIds.has(t.phaseId)) issues.push({ path: `touchpoints[${i}].phaseId`, message: `unknown phase "${t.phaseId}"`, code: 'unknownPhase', params: { id: t.phaseId } });
    if (t.channelId !== null && !channelIds.has(t.channelId)) {
      issues.push({ path: `touchpoints[${i}].channelId`, message: `unknown channel "${t.channelId}"`, code: 'unknownChannel', params: { id: t.channelId } });
    }
  });
  unique(journey.comments, 'comments');
  journey.comments.forEach((c, i) => {
    if (!touchpointIds.has(c.touchpointId)) {
      issues.push({ path: `comments[${i}].touchpointId`, message: `unknown touchpoint "${c.touchpointId}"`, code: 'unknownTouchpoint', params: { id: c.touchpointId } });
    }
  });
  journey.steps.forEach((s, i) => {
    if (!touchpointIds.has(s.from)) issues.push({ path: `steps[${i}].from`, message: `unknown touchpoint "${s.from}"`, code: 'unknownTouchpoint', params: { id: s.from } });
    if (!touchpointIds.has(s.to)) issues.push({ path: `steps[${i}].to`, message: `unknown touchpoint "${s.to}"`, code: 'unknownTouchpoint', params: { id: s.to } });
  });
  return issues;
}

/** How comments are listed: oldest first, ties broken by id (as every reader does). */
export function compareComments(a: { createdAt: string; id: string }, b: { createdAt: string; id: string }): number {
  return Date.parse(a.createdAt) - Date.parse(b.createdAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Sorts phases and touchpoints by their order and renumbers them 0…n-1; lists comments oldest first. */
export function normalizeOrder(journey: Journey): Journey {
  const byOrder = <T extends { order: number }>(items: T[]) =>
    items.map((item, index) => ({ item, index })).sort((a, b) => a.item.order - b.item.order || a.index - b.index);
  const phases = byOrder(journey.phases).map(({ item }, order) => ({ ...item, order }));
  const phaseRank = new Map(phases.map((p) => [p.id, p.order]));
  const touchpoints = byOrder(journey.touchpoints)
    .sort((a, b) => (phaseRank.get(a.item.phaseId) ?? 0) - (phaseRank.get(b.item.phaseId) ?? 0))
    .map(({ item }) => item);
  const counters = new Map<string, number>();
  const renumbered = touchpoints.map((t) => {
    const order = counters.get(t.phaseId) ?? 0;
    counters.set(t.phaseId, order + 1);
    return { ...t, order };
  });
  return { ...journey, phases, touchpoints: renumbered, comments: [...journey.comments].sort(compareComments) };
}

/**
 * Validates unknown input as a plain journey. Defaults are filled in, phase and
 * touchpoint orders are renumbered 0…n-1, comments are listed oldest first, and every
 * problem is reported with its path.
 */
export function parseJourney(input: unknown): ParseResult {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return { ok: false, issues: [{ path: '', message: 'this is not a Touchpoint journey file', code: 'notAJourney' }] };
  }
  // A file from a newer Touchpoint: one clear line instead of every field it may have changed.
  const version = (input as { schemaVersion?: unknown }).schemaVersion;
  if (typeof version === 'number' && version > SCHEMA_VERSION) {
    return {
      ok: false,
      issues: [
        {
          path: 'schemaVersion',
          message: `this file was made by a newer version of Touchpoint (format ${version}; this one reads format ${SCHEMA_VERSION}): update Touchpoint to import it`,
          code: 'newerVersion',
          params: { version, supported: SCHEMA_VERSION },
        },
      ],
    };
  }
  // JSON of something else altogether: one clear line instead of every missing field.
  if (!('schemaVersion' in input) && !('phases' in input) && !('touchpoints' in input)) {
    return {
      ok: false,
      issues: [{ path: '', message: 'this is not a Touchpoint journey file (it has no phases or touchpoints)', code: 'notAJourney' }],
    };
  }
  const parsed = journeySchema.safeParse(input);
  if (!parsed.success) return { ok: false, issues: zodIssues(parsed.error) };
  const issues = referenceIssues(parsed.data);
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, journey: normalizeOrder(parsed.data) };
}

/** Like parseJourney, but throws a JourneyValidationError listing every issue. */
export function assertJourney(input: unknown): Journey {
  const result = parseJourney(input);
  if (!result.ok) throw new JourneyValidationError(result.issues);
  return result.journey;
}

/** Parses JSON text as a journey; a syntax error is reported as one issue. */
export function parseJourneyText(text: string): ParseResult {
  if (text.trim() === '') return { ok: false, issues: [{ path: '', message: 'the file is empty', code: 'emptyFile' }] };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const detail = (error as Error).message;
    return { ok: false, issues: [{ path: '', message: `not valid JSON (${detail})`, code: 'notJson', params: { detail } }] };
  }
  return parseJourney(value);
}
