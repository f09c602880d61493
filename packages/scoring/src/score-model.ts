// The score model: how findings turn into scores from 0 to 100. See README.md.
import type { Severity } from './types.ts';

/** Points a finding takes off its target's score, before the rule's weight. */
export const SEVERITY_PENALTY: Readonly<Record<Severity, number>> = { info: 5, warning: 15, critical: 35 };

/** How much more a key moment counts in its phase's average than another touchpoint. */
export const KEY_MOMENT_WEIGHT = 3;

/** Points a wow moment adds to its phase's score, and the most all wow moments of a phase add. */
export const WOW_BONUS = 5;
export const WOW_BONUS_MAX = 10;

export const clampScore = (value: number) => Math.max(0, Math.min(100, Math.round(value)));
