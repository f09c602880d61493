// The shapes the scoring pass works with: findings, results, rules and their settings.
import type { Journey } from '@touchpoint/model';
import type { JourneyIndex } from './journey-index.ts';
import type { FindingSink } from './sink.ts';

export const SEVERITIES = ['info', 'warning', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];
export type ScoringLocale = 'en' | 'nl';
export type TargetKind = 'journey' | 'phase' | 'touchpoint' | 'step' | 'kpi';

export interface Target {
  kind: TargetKind;
  id: string;
}

export interface Finding {
  /** Stable: the rule id and the targets, e.g. `emotion-low:touchpoint/t1`. */
  id: string;
  ruleId: string;
  severity: Severity;
  targets: Target[];
  message: string;
  suggestion: string;
}

export interface ScoreResult {
  findings: Finding[];
  touchpointScores: Record<string, number>;
  phaseScores: Record<string, number>;
  journeyScore: number;
  counts: Record<Severity, number>;
}

/** Text in both languages of the UI. */
export type Localized<T = string> = Record<ScoringLocale, T>;

/** One configurable threshold of a rule, described as data so a UI can render a form. */
export type ThresholdSpec =
  | { type: 'integer' | 'number'; default: number; min: number; max: number; label: Localized }
  | { type: 'list'; default: readonly string[]; options: readonly string[]; label: Localized };

export type ThresholdValue = number | readonly string[];
export type Thresholds = Record<string, ThresholdValue>;

/** A rule's effective settings for one journey: its defaults with the journey's config applied. */
export interface RuleSettings {
  enabled: boolean;
  severity: Severity;
  /** True when the journey's config sets the severity explicitly. */
  severitySet: boolean;
  weight: number;
  thresholds: Thresholds;
}

export type ResolvedConfig = Record<string, RuleSettings>;

export interface RuleCheckInput {
  journey: Journey;
  index: JourneyIndex;
  settings: RuleSettings;
  config: ResolvedConfig;
  /** The language findings are written in. */
  locale: ScoringLocale;
}

export interface Rule {
  id: string;
  defaultSeverity: Severity;
  defaultWeight: number;
  thresholds: Record<string, ThresholdSpec>;
  name: Localized;
  description: Localized;
  /** Reports the rule's findings, written in the pass's language, into `out`. */
  check(input: RuleCheckInput, out: FindingSink): void;
}

/** Metadata of a rule for a UI: everything but the check. */
export type RuleInfo = Omit<Rule, 'check'>;
