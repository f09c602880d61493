// Per-journey rule configuration: `{ rules: { [ruleId]: { enabled, severity, weight,
// thresholds } } }`, every field optional. validateScoringConfig reports every problem
// with its path; resolveConfig merges a valid config over the rules' defaults.
import { ruleById, ruleList } from './rules/index.ts';
import { SEVERITIES, type ResolvedConfig, type Severity, type ThresholdSpec, type ThresholdValue } from './types.ts';

export interface RuleConfig {
  enabled?: boolean;
  severity?: Severity;
  weight?: number;
  thresholds?: Record<string, ThresholdValue>;
}

export interface ScoringConfig {
  rules: Record<string, RuleConfig>;
}

export interface ConfigIssue {
  path: string;
  message: string;
}

export type ConfigResult = { ok: true; config: ScoringConfig } | { ok: false; issues: ConfigIssue[] };

export class ScoringConfigError extends Error {
  readonly issues: ConfigIssue[];
  constructor(issues: ConfigIssue[]) {
    super(`invalid scoring configuration:\n${issues.map((i) => `${i.path || '(config)'}: ${i.message}`).join('\n')}`);
    this.name = 'ScoringConfigError';
    this.issues = issues;
  }
}

/** The largest weight a rule may be given. */
export const MAX_WEIGHT = 10;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const describe = (value: unknown) => (value === null ? 'null' : Array.isArray(value) ? 'a list' : typeof value);

function checkThreshold(spec: ThresholdSpec, value: unknown, path: string, issues: ConfigIssue[]): void {
  if (spec.type === 'list') {
    if (!Array.isArray(value)) {
      issues.push({ path, message: `expected a list, got ${describe(value)}` });
      return;
    }
    value.forEach((item, i) => {
      if (typeof item !== 'string' || !spec.options.includes(item)) {
        issues.push({ path: `${path}[${i}]`, message: `must be one of ${spec.options.map((o) => `"${o}"`).join(', ')}` });
      }
    });
    return;
  }
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    issues.push({ path, message: `expected a number, got ${describe(value)}` });
  } else if (spec.type === 'integer' && !Number.isInteger(value)) {
    issues.push({ path, message: 'expected a whole number' });
  } else if (value < spec.min || value > spec.max) {
    issues.push({ path, message: `must be between ${spec.min} and ${spec.max}` });
  }
}

export function validateScoringConfig(raw: unknown): ConfigResult {
  if (raw === undefined) return { ok: true, config: { rules: {} } };
  const issues: ConfigIssue[] = [];
  if (!isRecord(raw)) return { ok: false, issues: [{ path: '', message: `expected an object, got ${describe(raw)}` }] };
  for (const key of Object.keys(raw)) {
    if (key !== 'rules') issues.push({ path: key, message: 'unknown setting (only "rules" is allowed)' });
  }
  const rules = raw.rules ?? {};
  if (!isRecord(rules)) {
    issues.push({ path: 'rules', message: `expected an object, got ${describe(rules)}` });
    return { ok: false, issues };
  }
  for (const [ruleId, entry] of Object.entries(rules)) {
    const base = `rules.${ruleId}`;
    const rule = ruleById.get(ruleId);
    if (!rule) {
      issues.push({ path: base, message: `unknown rule (known rules: ${ruleList.map((r) => r.id).join(', ')})` });
      continue;
    }
    if (!isRecord(entry)) {
      issues.push({ path: base, message: `expected an object, got ${describe(entry)}` });
      continue;
    }
    for (const [key, value] of Object.entries(entry)) {
      const path = `${base}.${key}`;
      if (key === 'enabled') {
        if (typeof value !== 'boolean') issues.push({ path, message: `expected true or false, got ${describe(value)}` });
      } else if (key === 'severity') {
        if (typeof value !== 'string' || !(SEVERITIES as readonly string[]).includes(value)) {
          issues.push({ path, message: `must be one of ${SEVERITIES.map((s) => `"${s}"`).join(', ')}` });
        }
      } else if (key === 'weight') {
        if (typeof value !== 'number' || !Number.isFinite(value)) {
          issues.push({ path, message: `expected a number, got ${describe(value)}` });
        } else if (value < 0 || value > MAX_WEIGHT) {
          issues.push({ path, message: `must be between 0 and ${MAX_WEIGHT}` });
        }
      } else if (key === 'thresholds') {
        if (!isRecord(value)) {
          issues.push({ path, message: `expected an object, got ${describe(value)}` });
          continue;
        }
        for (const [name, threshold] of Object.entries(value)) {
          const spec = rule.thresholds[name];
          const known = Object.keys(rule.thresholds);
          if (!spec) {
            issues.push({
              path: `${path}.${name}`,
              message: known.length
                ? `unknown threshold (this rule has: ${known.join(', ')})`
                : 'unknown threshold (this rule has none)',
            });
          } else checkThreshold(spec, threshold, `${path}.${name}`, issues);
        }
      } else {
        issues.push({ path, message: 'unknown setting (allowed: enabled, severity, weight, thresholds)' });
      }
    }
  }
  if (issues.length > 0) return { ok: false, issues };
  // Validated field by field above.
  return { ok: true, config: { rules: rules as Record<string, RuleConfig> } };
}

/** The effective settings of every rule: defaults, overridden by the config. */
export function resolveConfig(config: ScoringConfig): ResolvedConfig {
  const resolved: ResolvedConfig = {};
  for (const rule of ruleList) {
    const entry = config.rules[rule.id] ?? {};
    const thresholds: Record<string, ThresholdValue> = {};
    for (const [name, spec] of Object.entries(rule.thresholds)) thresholds[name] = entry.thresholds?.[name] ?? spec.default;
    resolved[rule.id] = {
      enabled: entry.enabled ?? true,
      severity: entry.severity ?? rule.defaultSeverity,
      severitySet: entry.severity !== undefined,
      weight: entry.weight ?? rule.defaultWeight,
      thresholds,
    };
  }
  return resolved;
}
