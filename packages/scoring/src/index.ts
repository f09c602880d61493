// @touchpoint/scoring: the friction scoring pass, pure functions from a journey to findings.
import { ruleList } from './rules/index.ts';
import type { RuleInfo } from './types.ts';

export { score, type ScoreOptions } from './score.ts';
export {
  validateScoringConfig,
  resolveConfig,
  ScoringConfigError,
  MAX_WEIGHT,
  type ScoringConfig,
  type RuleConfig,
  type ConfigIssue,
  type ConfigResult,
} from './config.ts';
export { changeRuleSetting, type RuleSettingChange } from './config-edit.ts';
export { ScoringInputError } from './journey-index.ts';
export { SEVERITY_PENALTY, KEY_MOMENT_WEIGHT, WOW_BONUS, WOW_HEADROOM, hasScore } from './score-model.ts';
export * from './types.ts';

/** Metadata of every rule, for a UI: id, default severity, weight and thresholds, names in en and nl. */
export const rules: readonly RuleInfo[] = ruleList.map(
  ({ id, defaultSeverity, defaultWeight, thresholds, name, description }) => ({
    id,
    defaultSeverity,
    defaultWeight,
    thresholds,
    name,
    description,
  }),
);
