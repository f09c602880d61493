// Ordering and shifting of severities.
import { SEVERITIES, type Severity } from './types.ts';

const RANK: Readonly<Record<Severity, number>> = { info: 0, warning: 1, critical: 2 };

export function severityRank(severity: Severity): number {
  return RANK[severity];
}

/** One level up, at most critical. */
export function raise(severity: Severity): Severity {
  return SEVERITIES[Math.min(SEVERITIES.length - 1, severityRank(severity) + 1)]!;
}

/** One level down, at least info. */
export function lower(severity: Severity): Severity {
  return SEVERITIES[Math.max(0, severityRank(severity) - 1)]!;
}

export function maxSeverity(a: Severity, b: Severity): Severity {
  return severityRank(a) >= severityRank(b) ? a : b;
}
