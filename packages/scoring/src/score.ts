// The scoring pass: runs the enabled rules, renders their findings in one language, sorts
// them into a stable order and turns them into scores.
import type { Journey } from '@touchpoint/model';
import { resolveConfig, ScoringConfigError, validateScoringConfig } from './config.ts';
import { indexJourney } from './journey-index.ts';
import { ruleList } from './rules/index.ts';
import { clampScore, KEY_MOMENT_WEIGHT, SEVERITY_PENALTY, WOW_BONUS, WOW_HEADROOM } from './score-model.ts';
import { severityRank } from './severity.ts';
import type { Finding, ScoreResult, ScoringLocale, Severity, Target } from './types.ts';

export interface ScoreOptions {
  /** Rule configuration; defaults to `journey.scoring`. */
  config?: unknown;
  /** Language of messages and suggestions; defaults to `journey.locale`. */
  locale?: ScoringLocale;
}

/** The id of a finding: its rule and its targets, as `rule:kind/id+kind/id`. */
function findingId(ruleId: string, targets: Target[]): string {
  let id = `${ruleId}:`;
  for (let i = 0; i < targets.length; i++) id += `${i > 0 ? '+' : ''}${targets[i]!.kind}/${targets[i]!.id}`;
  return id;
}

/**
 * Scores a journey: findings (critical first, then in map order), a score per touchpoint
 * and phase, and one journey score, all integers from 0 to 100. Pure and deterministic.
 * Throws a ScoringConfigError listing every problem when the config is invalid.
 */
export function score(journey: Journey, options: ScoreOptions = {}): ScoreResult {
  const validated = validateScoringConfig(options.config ?? journey.scoring);
  if (!validated.ok) throw new ScoringConfigError(validated.issues);
  const config = resolveConfig(validated.config);
  const locale: ScoringLocale = options.locale ?? (journey.locale === 'nl' ? 'nl' : 'en');
  const index = indexJourney(journey);
  const stepPosition = new Map<string, number>();
  for (const s of index.steps) stepPosition.set(s.step.id, s.from);

  // Where a finding sits on the map, for sorting: its first target that is not a KPI.
  const placeOf = (targets: Target[]): number => {
    for (const t of targets) {
      if (t.kind === 'touchpoint') return index.touchpointIndex.get(t.id)! + 1;
      if (t.kind === 'phase') return -1 - index.phaseRank.get(t.id)!;
      if (t.kind === 'step') return stepPosition.get(t.id)! + 1;
      if (t.kind === 'journey') break;
    }
    return 0;
  };
  // Sort keys: the phase (-1 for the journey) and the position in map order within it
  // (0 for the phase itself, so a phase comes before its touchpoints).
  const findings: Finding[] = [];
  const keySeverity: number[] = [];
  const keyPhase: number[] = [];
  const keyPosition: number[] = [];
  const keyRule: number[] = [];
  const weights: number[] = [];
  ruleList.forEach((rule, ruleRank) => {
    const settings = config[rule.id]!;
    if (!settings.enabled) return;
    for (const raw of rule.check({ journey, index, settings, config, locale })) {
      const place = placeOf(raw.targets);
      findings.push({
        id: raw.key ?? findingId(rule.id, raw.targets),
        ruleId: rule.id,
        severity: raw.severity,
        targets: raw.targets,
        message: raw.message,
        suggestion: raw.suggestion,
      });
      keySeverity.push(severityRank(raw.severity));
      keyPhase.push(place > 0 ? index.phaseOf[place - 1]! : place < 0 ? -1 - place : -1);
      keyPosition.push(place > 0 ? place : 0);
      keyRule.push(ruleRank);
      weights.push(settings.weight);
    }
  });
  const order = Array.from({ length: findings.length }, (_, i) => i).sort(
    (a, b) =>
      keySeverity[b]! - keySeverity[a]! ||
      keyPhase[a]! - keyPhase[b]! ||
      keyPosition[a]! - keyPosition[b]! ||
      keyRule[a]! - keyRule[b]! ||
      (findings[a]!.id < findings[b]!.id ? -1 : findings[a]!.id > findings[b]!.id ? 1 : 0),
  );

  // Penalties land on the most specific targets: the touchpoints of a finding; else its
  // phases; else the journey. Steps and KPIs are named for the reader, not scored.
  const touchpointPenalty = new Float64Array(index.touchpoints.length);
  const phasePenalty = new Float64Array(index.phases.length);
  let journeyPenalty = 0;
  const counts: Record<Severity, number> = { info: 0, warning: 0, critical: 0 };
  for (let k = 0; k < findings.length; k++) {
    const finding = findings[k]!;
    counts[finding.severity]++;
    const penalty = SEVERITY_PENALTY[finding.severity] * weights[k]!;
    let onTouchpoint = false;
    for (const t of finding.targets) {
      if (t.kind !== 'touchpoint') continue;
      onTouchpoint = true;
      const i = index.touchpointIndex.get(t.id)!;
      touchpointPenalty[i] = touchpointPenalty[i]! + penalty;
    }
    if (onTouchpoint) continue;
    let onPhase = false;
    for (const t of finding.targets) {
      if (t.kind !== 'phase') continue;
      onPhase = true;
      const rank = index.phaseRank.get(t.id)!;
      phasePenalty[rank] = phasePenalty[rank]! + penalty;
    }
    if (!onPhase) journeyPenalty += penalty;
  }

  const touchpointScores: Record<string, number> = {};
  const tpScore = index.touchpoints.map((t, i) => {
    const value = clampScore(100 - touchpointPenalty[i]!);
    touchpointScores[t.id] = value;
    return value;
  });

  const phaseScores: Record<string, number> = {};
  let journeySum = 0;
  let journeyWeight = 0;
  index.phases.forEach((phase, rank) => {
    let sum = 0;
    let weight = 0;
    let wows = 0;
    for (const i of index.touchpointsByPhase[rank]!) {
      const t = index.touchpoints[i]!;
      const w = t.isKeyMoment ? KEY_MOMENT_WEIGHT : 1;
      sum += tpScore[i]! * w;
      weight += w;
      if (t.isWowMoment) wows++;
    }
    const average = weight > 0 ? sum / weight : 100;
    const base = (average * (100 - WOW_HEADROOM)) / 100;
    const value = clampScore(base + Math.min(WOW_HEADROOM, wows * WOW_BONUS) - phasePenalty[rank]!);
    phaseScores[phase.id] = value;
    const phaseWeight = Math.max(1, weight);
    journeySum += value * phaseWeight;
    journeyWeight += phaseWeight;
  });
  const journeyScore = clampScore((journeyWeight > 0 ? journeySum / journeyWeight : 100 - WOW_HEADROOM) - journeyPenalty);

  return { findings: order.map((k) => findings[k]!), touchpointScores, phaseScores, journeyScore, counts };
}
