// The shape templates are written in: bilingual text and short keys, turned into a plain
// journey by build.ts. Keys become stable ids (`p-<key>`, `t-<key>`, `c-<key>` …).
import type { ChannelKind, Cycle, Handoff, KpiDirection, OwnerTeam } from '../schema.ts';

/** A text in both template languages. */
export interface Text {
  en: string;
  nl: string;
}

export interface KpiSpec {
  key: string;
  name: Text;
  /** A symbol (`%`, `min`) or, when it is a word, the word in both languages. */
  unit?: string | Text;
  target: number;
  actual: number;
  direction?: KpiDirection;
}

export interface TouchpointSpec {
  key: string;
  phase: string;
  channel: string;
  title: Text;
  goal: Text;
  description?: Text;
  emotion: number;
  effort: number;
  isKeyMoment?: boolean;
  isWowMoment?: boolean;
  isStart?: boolean;
  isEnd?: boolean;
  callToAction?: Text;
  ownerTeam: OwnerTeam;
  kpis?: KpiSpec[];
  notes?: Text;
}

export interface TemplateSpec {
  id: string;
  name: Text;
  description: Text;
  title: Text;
  journeyDescription: Text;
  campaign: Text;
  personas: { key: string; name: Text; description: Text; goals: Text[] }[];
  channels: { key: string; name: Text; kind: ChannelKind; canConvert: boolean }[];
  phases: { key: string; name: Text; cycle: Cycle; description: Text; kpis?: KpiSpec[] }[];
  touchpoints: TouchpointSpec[];
  steps: { from: string; to: string; label?: Text; handoff?: Handoff }[];
}
