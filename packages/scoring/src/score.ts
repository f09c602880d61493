// The scoring pass: runs the enabled rules, renders their findings in one language, sorts
// them into a stable order and turns them into scores.
import type { Journey } from '@touchpoint/model';
import { resolveConfig, ScoringConfigError, validateScoringConfig } from './config.ts';
import { indexJourney, type JourneyIndex } from './journey-index.ts';
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

interface Placed {
  finding: Finding;
  severity: number;
  weight: number;
  ruleRank: number;
  phase: number;
  position: number;
}

const targetKey = (t: Target) => `${t.kind}/${t.id}`;

/** Where a finding sits on the map, for sorting: its first target that is not a KPI. */
function placeOf(index: JourneyIndex, targets: Target[], stepPosition: Map<string, number>): [number, number] {
  for (const t of targets) {
    if (t.kind === 'touchpoint') {
      const i = index.touchpointIndex.get(t.id)!;
      return [index.phaseOf[i]!, i + 1];
    }
    if (t.kind === 'phase') return [index.phaseRank.get(t.id)!, 0];
    if (t.kind === 'step') {
      const from = stepPosition.get(t.id)!;
      return [index.phaseOf[from]!, from + 1];
    }
    if (t.kind === 'journey') return [-1, 0];
  }
  return [-1, 0];
}

function compare(a: Placed, b: Placed): number {
  return (
    b.severity - a.severity ||
    a.phase - b.phase ||
    a.position - b.position ||
    a.ruleRank - b.ruleRank ||
    (a.finding.id < b.finding.id ? -1 : a.finding.id > b.finding.id ? 1 : 0)
  );
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
  const stepPosition = new Map(index.steps.map((s) => [s.step.id, s.from]));

  const placed: Placed[] = [];
  const seen = new Set<string>();
  ruleList.forEach((rule, ruleRank) => {
    const settings = config[rule.id]!;
    if (!settings.enabled) return;
    for (const raw of rule.check({ journey, index, settings, config, locale })) {
      const id = raw.key ?? `${rule.id}:${raw.targets.map(targetKey).join('+')}`;
      if (seen.has(id)) continue;
      seen.add(id);
      const [phase, position] = placeOf(index, raw.targets, stepPosition);
      placed.push({
        finding: {
          id,
          ruleId: rule.id,
          severity: raw.severity,
          targets: raw.targets,
          message: raw.message,
          suggestion: raw.suggestion,
        },
        severity: severityRank(raw.severity),
        weight: settings.weight,
        ruleRank,
        phase,
        position,
      });
    }
  });
  placed.sort(compare);

  // Penalties land on the most specific targets: the touchpoints of a finding; else its
  // phases; else the journey. Steps and KPIs are named for the reader, not scored.
  const touchpointPenalty = new Float64Array(index.touchpoints.length);
  const phasePenalty = new Float64Array(index.phases.length);
  let journeyPenalty = 0;
  const counts: Record<Severity, number> = { info: 0, warning: 0, critical: 0 };
  for (const { finding, weight } of placed) {
    counts[finding.severity]++;
    const penalty = SEVERITY_PENALTY[finding.severity] * weight;
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

  return { findings: placed.map((p) => p.finding), touchpointScores, phaseScores, journeyScore, counts };
}
