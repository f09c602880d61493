// Every rule of the scoring pass, in the order of the design's rule table.
import type { Rule } from '../types.ts';
import { emotionLow } from './emotion-low.ts';
import { emotionDrop } from './emotion-drop.ts';
import { switchNoHandoff } from './switch-no-handoff.ts';
import { kpiMiss } from './kpi-miss.ts';
import { keyMomentAtRisk } from './key-moment-at-risk.ts';
import { deadEnd } from './dead-end.ts';
import { unreachable } from './unreachable.ts';
import { loop } from './loop.ts';
import { noChannel } from './no-channel.ts';
import { noConversion } from './no-conversion.ts';
import { emptyPhase } from './empty-phase.ts';
import { noService } from './no-service.ts';
import { highEffort } from './high-effort.ts';

export const ruleList: readonly Rule[] = [
  emotionLow,
  emotionDrop,
  switchNoHandoff,
  kpiMiss,
  keyMomentAtRisk,
  deadEnd,
  unreachable,
  loop,
  noChannel,
  noConversion,
  emptyPhase,
  noService,
  highEffort,
];

export const ruleById: ReadonlyMap<string, Rule> = new Map(ruleList.map((r) => [r.id, r]));
