// The scoring pass: runs the enabled rules (each writes its findings, in one language, into
// a FindingSink), sorts the findings into a stable order and turns them into scores.
import type { Journey } from '@touchpoint/model';
import { resolveConfig, ScoringConfigError, validateScoringConfig } from './config.ts';
import { indexJourney } from './journey-index.ts';
import { ruleList } from './rules/index.ts';
import { clampScore, KEY_MOMENT_WEIGHT, WOW_BONUS, WOW_HEADROOM } from './score-model.ts';
import { FindingSink } from './sink.ts';
import type { ScoreResult, ScoringLocale } from './types.ts';

export interface ScoreOptions {
  /** Rule configuration; defaults to `journey.scoring`. */
  config?: unknown;
  /** Language of messages and suggestions; defaults to `journey.locale`. */
  locale?: ScoringLocale;
}

/** Time spent in each stage of a pass, for benchmarks: `index`, each rule's id, `sort`, `scores`. */
export type StageTimer = (stage: string, ms: number) => void;

/**
 * Scores a journey: findings (critical first, then in map order), a score per touchpoint
 * and phase, and one journey score, all integers from 0 to 100. Pure and deterministic.
 * Throws a ScoringConfigError listing every problem when the config is invalid.
 */
export function score(journey: Journey, options: ScoreOptions = {}): ScoreResult {
  return scoreTimed(journey, options);
}

/** `score`, reporting the time of each stage to `timer` when one is given. */
export function scoreTimed(journey: Journey, options: ScoreOptions = {}, timer?: StageTimer): ScoreResult {
  let last = timer ? performance.now() : 0;
  const lap = timer
    ? (stage: string) => {
        const now = performance.now();
        timer(stage, now - last);
        last = now;
      }
    : undefined;
  const validated = validateScoringConfig(options.config ?? journey.scoring);
  if (!validated.ok) throw new ScoringConfigError(validated.issues);
  const config = resolveConfig(validated.config);
  const locale: ScoringLocale = options.locale ?? (journey.locale === 'nl' ? 'nl' : 'en');
  lap?.('config');
  const index = indexJourney(journey);
  lap?.('index');

  const sink = new FindingSink(index);
  for (let rank = 0; rank < ruleList.length; rank++) {
    const rule = ruleList[rank]!;
    const settings = config[rule.id]!;
    if (!settings.enabled) continue;
    sink.startRule(rule.id, rank, settings.weight);
    rule.check({ journey, index, settings, config, locale }, sink);
    lap?.(rule.id);
  }
  const findings = sink.sorted();
  lap?.('sort');

  // Penalties landed on the most specific targets as the rules reported them: the
  // touchpoints of a finding; else its phases; else the journey. Steps and KPIs are named
  // for the reader, not scored.
  const { touchpointPenalty, phasePenalty, journeyPenalty, counts } = sink;
  const touchpointScores: Record<string, number> = {};
  const tpScore = new Float64Array(index.touchpoints.length);
  for (let i = 0; i < tpScore.length; i++) {
    const value = clampScore(100 - touchpointPenalty[i]!);
    touchpointScores[index.touchpoints[i]!.id] = value;
    tpScore[i] = value;
  }

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

  lap?.('scores');
  return { findings, touchpointScores, phaseScores, journeyScore, counts };
}
