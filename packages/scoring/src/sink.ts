// Where rules put their findings during a pass. A rule says where a finding sits on the map
// and where its penalty lands as positions (numbers), so the pass needs no id lookups: the
// sink keeps one numeric sort key per finding and adds each penalty as it arrives.
import type { JourneyIndex } from './journey-index.ts';
import { SEVERITY_PENALTY } from './score-model.ts';
import { severityRank } from './severity.ts';
import type { Finding, Severity, Target } from './types.ts';

export class FindingSink {
  readonly findings: Finding[] = [];
  /**
   * Sort key of each finding, smaller first: severity (critical first), then the phase
   * (-1 for the journey), the position in map order within it (0 for the phase itself,
   * so a phase comes before its touchpoints), then the rule. Ties are broken by id.
   */
  readonly keys: number[] = [];
  readonly touchpointPenalty: Float64Array;
  readonly phasePenalty: Float64Array;
  journeyPenalty = 0;
  readonly counts: Record<Severity, number> = { info: 0, warning: 0, critical: 0 };
  /** Number of distinct keys: the key of a finding is below this. */
  readonly keyRange: number;

  private ruleId = '';
  private ruleRank = 0;
  private weight = 0;
  private readonly ruleCount: number;
  private readonly positions: number;
  private readonly phaseSlots: number;
  private readonly phaseOf: Int32Array;

  constructor(index: JourneyIndex, ruleCount: number) {
    this.touchpointPenalty = new Float64Array(index.touchpoints.length);
    this.phasePenalty = new Float64Array(index.phases.length);
    this.phaseOf = index.phaseOf;
    this.ruleCount = ruleCount;
    this.positions = index.touchpoints.length + 1;
    this.phaseSlots = index.phases.length + 1;
    this.keyRange = 3 * this.phaseSlots * this.positions * ruleCount;
  }

  /** The rule whose findings come next. */
  startRule(ruleId: string, ruleRank: number, weight: number): void {
    this.ruleId = ruleId;
    this.ruleRank = ruleRank;
    this.weight = weight;
  }

  private push(severity: Severity, targets: Target[], id: string, message: string, suggestion: string, phase: number, position: number): number {
    this.findings.push({ id, ruleId: this.ruleId, severity, targets, message, suggestion });
    this.keys.push(((2 - severityRank(severity)) * this.phaseSlots + phase + 1) * this.positions * this.ruleCount + position * this.ruleCount + this.ruleRank);
    this.counts[severity]++;
    return SEVERITY_PENALTY[severity] * this.weight;
  }

  /**
   * A finding that sits at touchpoint `at` (its first target that is not a KPI is that
   * touchpoint, or a step from it) and whose penalty lands on touchpoint `scored`.
   */
  touchpoint(at: number, scored: number, severity: Severity, targets: Target[], id: string, message: string, suggestion: string): void {
    const penalty = this.push(severity, targets, id, message, suggestion, this.phaseOf[at]!, at + 1);
    this.touchpointPenalty[scored] = this.touchpointPenalty[scored]! + penalty;
  }

  /** A finding on touchpoints `nodes` (ascending), which sits at the first and costs each of them. */
  touchpoints(nodes: ArrayLike<number>, severity: Severity, targets: Target[], id: string, message: string, suggestion: string): void {
    const first = nodes[0]!;
    const penalty = this.push(severity, targets, id, message, suggestion, this.phaseOf[first]!, first + 1);
    for (let k = 0; k < nodes.length; k++) {
      const i = nodes[k]!;
      this.touchpointPenalty[i] = this.touchpointPenalty[i]! + penalty;
    }
  }

  /** A finding on phases `ranks` (no touchpoint targets), which sits at the first and costs each of them. */
  phases(ranks: readonly number[], severity: Severity, targets: Target[], id: string, message: string, suggestion: string): void {
    const penalty = this.push(severity, targets, id, message, suggestion, ranks[0]!, 0);
    for (const rank of ranks) this.phasePenalty[rank] = this.phasePenalty[rank]! + penalty;
  }

  /**
   * The findings in order: by key, ties by id, then in the order they were reported.
   * `packed` (when key and position fit in one exact number) sorts one Float64Array
   * natively; otherwise a comparator sorts positions.
   */
  sorted(packed = this.keyRange * this.findings.length < Number.MAX_SAFE_INTEGER): Finding[] {
    const { findings, keys } = this;
    const count = findings.length;
    const order = new Int32Array(count);
    if (packed) {
      // One number per finding (key, then position) sorts natively, without a comparator.
      const packed = new Float64Array(count);
      for (let k = 0; k < count; k++) packed[k] = keys[k]! * count + k;
      packed.sort();
      for (let k = 0; k < count; k++) order[k] = packed[k]! % count;
    } else {
      const list = Array.from({ length: count }, (_, k) => k).sort((a, b) => keys[a]! - keys[b]! || a - b);
      for (let k = 0; k < count; k++) order[k] = list[k]!;
    }
    // Within a run of equal keys (such as two steps out of one touchpoint), order by id.
    const out: Finding[] = new Array(count);
    let start = 0;
    while (start < count) {
      let end = start + 1;
      const key = keys[order[start]!]!;
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
