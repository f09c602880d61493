// Small helpers shared by the rule modules.
import type { Kpi, Touchpoint } from '@touchpoint/model';
import type { RuleSettings, ScoringLocale, Target } from '../types.ts';

export const touchpointTarget = (t: Touchpoint): Target => ({ kind: 'touchpoint', id: t.id });

export function numberSetting(settings: RuleSettings, key: string): number {
  const value = settings.thresholds[key];
  if (typeof value !== 'number') throw new Error(`threshold "${key}" is not a number`);
  return value;
}

export function listSetting(settings: RuleSettings, key: string): readonly string[] {
  const value = settings.thresholds[key];
  if (!Array.isArray(value)) throw new Error(`threshold "${key}" is not a list`);
  return value as readonly string[];
}

/**
 * `“A”, “B”, “C” and 4 more` / `“A”, “B”, “C” en nog 4`. `total` is the length of the
 * whole list, when `titles` holds only its start.
 */
export function titleList(titles: string[], locale: ScoringLocale, shown = 3, total = titles.length): string {
  const quoted = titles.slice(0, shown).map((t) => `“${t}”`);
  const rest = total - quoted.length;
  const and = locale === 'nl' ? 'en' : 'and';
  if (rest > 0) return `${quoted.join(', ')} ${locale === 'nl' ? `en nog ${rest}` : `and ${rest} more`}`;
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} ${and} ${quoted[quoted.length - 1]}`;
}

/**
 * Whether a KPI misses its target: actual worse than target by more than the tolerance
 * (a percentage of the target). A KPI without a target or an actual is never missed.
 */
export function kpiMissed(kpi: Kpi, tolerancePercent: number): boolean {
  if (kpi.target === null || kpi.actual === null) return false;
  const shortfall = kpi.direction === 'higher' ? kpi.target - kpi.actual : kpi.actual - kpi.target;
  return shortfall > Math.abs(kpi.target) * (tolerancePercent / 100);
}
