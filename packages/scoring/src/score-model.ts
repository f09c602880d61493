// The score model: how findings turn into scores from 0 to 100. See README.md.
import type { Severity } from './types.ts';

/** Points a finding takes off its target's score, before the rule's weight. */
export const SEVERITY_PENALTY: Readonly<Record<Severity, number>> = { info: 3, warning: 10, critical: 25 };

/** How much more a key moment counts in its phase's average than another touchpoint. */
export const KEY_MOMENT_WEIGHT = 3;

/**
 * The top points of a phase are kept for delight: a phase without friction and without a
 * wow moment scores 100 - WOW_HEADROOM; each wow moment adds WOW_BONUS, up to the headroom.
 */
export const WOW_HEADROOM = 10;
export const WOW_BONUS = 5;

export const clampScore = (value: number) => Math.max(0, Math.min(100, Math.round(value)));

/**
 * Whether a journey's score is worth showing: once it has touchpoints. The pass scores an
 * empty map too (90: nothing in it is wrong), which would only say that nothing is there.
 */
export const hasScore = (journey: { touchpoints: readonly unknown[] }): boolean => journey.touchpoints.length > 0;
