// Changing a journey's rule configuration one setting at a time, as a settings form does:
// a setting given its rule's default is left out, so the stored configuration holds only
// what the journey changed, and a later change of a default reaches every journey that
// did not change it.
import { ruleById } from './rules/index.ts';
import { ScoringConfigError, validateScoringConfig, type RuleConfig, type ScoringConfig } from './config.ts';
import type { Rule, Severity, ThresholdValue } from './types.ts';

/** One change to one rule: any of its settings, thresholds by name. */
export interface RuleSettingChange {
  enabled?: boolean;
  severity?: Severity;
  weight?: number;
  thresholds?: Record<string, ThresholdValue>;
}

const sameValue = (a: ThresholdValue, b: ThresholdValue) =>
  Array.isArray(a) && Array.isArray(b) ? a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n') : a === b;

function withoutDefaults(rule: Rule, entry: RuleConfig): RuleConfig {
  const out: RuleConfig = {};
  if (entry.enabled !== undefined && entry.enabled !== true) out.enabled = entry.enabled;
  if (entry.severity !== undefined && entry.severity !== rule.defaultSeverity) out.severity = entry.severity;
  if (entry.weight !== undefined && entry.weight !== rule.defaultWeight) out.weight = entry.weight;
  const thresholds: Record<string, ThresholdValue> = {};
  for (const [name, value] of Object.entries(entry.thresholds ?? {})) {
    const spec = rule.thresholds[name];
    if (!spec || !sameValue(value, spec.default)) thresholds[name] = value;
  }
  if (Object.keys(thresholds).length > 0) out.thresholds = thresholds;
  return out;
}

/**
 * The configuration with `change` applied to rule `ruleId`, without the settings that equal
 * the rule's defaults. Throws a ScoringConfigError when the result is not a valid
 * configuration (an unknown rule, a threshold out of range), naming what is wrong.
 */
export function changeRuleSetting(config: unknown, ruleId: string, change: RuleSettingChange): ScoringConfig {
  const current = validateScoringConfig(config);
  if (!current.ok) throw new ScoringConfigError(current.issues);
  const rule = ruleById.get(ruleId);
  if (!rule) throw new ScoringConfigError([{ path: `rules.${ruleId}`, message: 'unknown rule' }]);
  const before = current.config.rules[ruleId] ?? {};
  const merged: RuleConfig = { ...before, ...change, thresholds: { ...before.thresholds, ...change.thresholds } };
  const entry = withoutDefaults(rule, merged);
  const rules = { ...current.config.rules };
  if (Object.keys(entry).length > 0) rules[ruleId] = entry;
  else delete rules[ruleId];
  const next = validateScoringConfig({ rules });
  if (!next.ok) throw new ScoringConfigError(next.issues);
  return next.config;
}
