// Where rules put their findings during a pass. A rule says where a finding sits on the map
// and where its penalty lands as positions (numbers), so the pass needs no id lookups: the
// sink keeps a numeric place per finding, to sort by without comparing, and adds each
// penalty as it arrives.
import type { JourneyIndex } from './journey-index.ts';
import { SEVERITY_PENALTY } from './score-model.ts';
import { severityRank } from './severity.ts';
import type { Finding, Severity, Target } from './types.ts';

export class FindingSink {
  readonly findings: Finding[] = [];
  /**
   * Key of each finding: its rule's rank times `buckets`, plus its bucket. The bucket is
   * where it sits: severity (critical first), then the place on the map (the journey, then
   * each phase followed by its touchpoints in map order). Findings sort by bucket, then rule.
   */
  readonly keys: number[] = [];
  /** Number of buckets: three severities times the places on the map. */
  readonly buckets: number;
  readonly touchpointPenalty: Float64Array;
  readonly phasePenalty: Float64Array;
  journeyPenalty = 0;
  readonly counts: Record<Severity, number> = { info: 0, warning: 0, critical: 0 };

  private ruleId = '';
  private ruleRank = 0;
  private weight = 0;
  /** Places on the map: the journey, each phase and each touchpoint. */
  private readonly places: number;
  /** Place of each phase; a touchpoint at position i of phase p has place i + p + 2. */
  private readonly phasePlace: Int32Array;
  private readonly phaseOf: Int32Array;

  constructor(index: JourneyIndex) {
    this.touchpointPenalty = new Float64Array(index.touchpoints.length);
    this.phasePenalty = new Float64Array(index.phases.length);
    this.phaseOf = index.phaseOf;
    this.places = index.touchpoints.length + index.phases.length + 1;
    this.buckets = 3 * this.places;
    // Touchpoints are in map order, so those of a phase follow each other; the phase's place
    // comes just before its first touchpoint's (or, when it has none, after the ones before).
    const phasePlace = new Int32Array(index.phases.length);
    let before = 0;
    for (let p = 0; p < phasePlace.length; p++) {
      phasePlace[p] = before + p + 1;
      before += index.touchpointsByPhase[p]!.length;
    }
    this.phasePlace = phasePlace;
  }

  /** The rule whose findings come next. Rules must come in rank order. */
  startRule(ruleId: string, ruleRank: number, weight: number): void {
    this.ruleId = ruleId;
    this.ruleRank = ruleRank;
    this.weight = weight;
  }

  private push(severity: Severity, targets: Target[], id: string, message: string, suggestion: string, place: number): number {
    this.findings.push({ id, ruleId: this.ruleId, severity, targets, message, suggestion });
    this.keys.push(this.ruleRank * this.buckets + (2 - severityRank(severity)) * this.places + place);
    this.counts[severity]++;
    return SEVERITY_PENALTY[severity] * this.weight;
  }

  /**
   * A finding that sits at touchpoint `at` (its first target that is not a KPI is that
   * touchpoint, or a step from it) and whose penalty lands on touchpoint `scored`.
   */
  touchpoint(at: number, scored: number, severity: Severity, targets: Target[], id: string, message: string, suggestion: string): void {
    const penalty = this.push(severity, targets, id, message, suggestion, at + this.phaseOf[at]! + 2);
    this.touchpointPenalty[scored] = this.touchpointPenalty[scored]! + penalty;
  }

  /** A finding on touchpoints `nodes` (ascending), which sits at the first and costs each of them. */
  touchpoints(nodes: ArrayLike<number>, severity: Severity, targets: Target[], id: string, message: string, suggestion: string): void {
    const first = nodes[0]!;
    const penalty = this.push(severity, targets, id, message, suggestion, first + this.phaseOf[first]! + 2);
    for (let k = 0; k < nodes.length; k++) {
      const i = nodes[k]!;
      this.touchpointPenalty[i] = this.touchpointPenalty[i]! + penalty;
    }
  }

  /** A finding on phases `ranks` (no touchpoint targets), which sits at the first and costs each of them. */
  phases(ranks: readonly number[], severity: Severity, targets: Target[], id: string, message: string, suggestion: string): void {
    const penalty = this.push(severity, targets, id, message, suggestion, this.phasePlace[ranks[0]!]!);
    for (const rank of ranks) this.phasePenalty[rank] = this.phasePenalty[rank]! + penalty;
  }

  /**
   * The findings in order: by bucket, then by rule, then by id, then in the order they were
   * reported. A counting sort by bucket (stable, so within a bucket the findings stay in
   * rule order, as the rules ran in rank order), then a sort by id of each run of findings
   * of one rule in one bucket (such as two steps out of one touchpoint).
   */
  sorted(): Finding[] {
    const { findings, keys, buckets } = this;
    const count = findings.length;
    const next = new Int32Array(buckets + 1);
    for (let k = 0; k < count; k++) next[(keys[k]! % buckets) + 1]! += 1;
    for (let b = 1; b <= buckets; b++) next[b] = next[b]! + next[b - 1]!;
    const order = new Int32Array(count);
    for (let k = 0; k < count; k++) order[next[keys[k]! % buckets]!++] = k;
    const out: Finding[] = new Array(count);
    let start = 0;
    while (start < count) {
      const key = keys[order[start]!]!;
      let end = start + 1;
      while (end < count && keys[order[end]!] === key) end++;
      if (end - start === 1) out[start] = findings[order[start]!]!;
      else {
        const run: Finding[] = [];
        for (let k = start; k < end; k++) run.push(findings[order[k]!]!);
        run.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)); // stable: equal ids keep their order
        for (let k = start; k < end; k++) out[k] = run[k - start]!;
      }
      start = end;
    }
    return out;
  }
}
