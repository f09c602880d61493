// What the lookbook says, built from the plain journey and its score: pure functions, so
// the page, the printed PDF and the mailed HTML file all say the same thing.
import {
  channelSwitches,
  OWNER_TEAMS,
  type Channel,
  type ChannelKind,
  type ChannelSwitch,
  type Journey,
  type Kpi,
  type OwnerTeam,
  type Phase,
  type Touchpoint,
} from '@touchpoint/model';
import { translate, type UiLocale } from '../i18n/index.ts';
import { lookbookMessages, type LookbookMessageKey } from './messages.ts';
import { staffSuggestion } from './staff-suggestions.ts';

export type Severity = 'info' | 'warning' | 'critical';

/** The parts of the scoring result the lookbook uses. */
export interface LookbookFinding {
  id: string;
  ruleId: string;
  severity: Severity;
  targets: { kind: string; id: string }[];
  message: string;
  suggestion: string;
}
export interface LookbookScore {
  findings: LookbookFinding[];
  journeyScore: number;
  counts: Record<Severity, number>;
}

export type Audience = 'all' | OwnerTeam;

export interface KpiBrief {
  kpi: Kpi;
  /** True when the actual meets the target, false when it misses it, null when either is unknown. */
  met: boolean | null;
}

export interface SwitchBrief {
  stepId: string;
  from: Touchpoint;
  to: Touchpoint;
  fromChannel: Channel;
  toChannel: Channel;
  handoff: ChannelSwitch['step']['handoff'];
  /** What the receiving channel must do, in plain words. */
  instruction: string;
}

export interface FindingBrief {
  finding: LookbookFinding;
  /** Titles of the touchpoints (and phases) it is about. */
  places: string[];
  /** What staff can do about it; null when the rule's suggestion is for the map's authors. */
  suggestion: string | null;
}

export interface TouchpointBrief {
  touchpoint: Touchpoint;
  channel: Channel | null;
  /** Where customers come from and go next (other touchpoints, in map order), so staff know what came before and what to point to. */
  cameFrom: Touchpoint[];
  next: Touchpoint[];
  kpis: KpiBrief[];
  findings: FindingBrief[];
}

export interface PhaseBrief {
  phase: Phase;
  touchpoints: TouchpointBrief[];
  /** Channel switches whose receiving touchpoint is in this phase. */
  switches: SwitchBrief[];
}

export interface LookbookContent {
  audience: Audience;
  phases: PhaseBrief[];
  switches: SwitchBrief[];
  findings: FindingBrief[];
  /** The findings shown, by severity: for a team, only those about what the team sees. */
  counts: Record<Severity, number>;
  /** Number of touchpoints shown. */
  touchpointCount: number;
}

const SEVERITY_RANK: Record<Severity, number> = { critical: 0, warning: 1, info: 2 };

/** "Everyone" and the owner teams the journey has, in a stable order. */
export function audiences(journey: Journey): Audience[] {
  const present = new Set(journey.touchpoints.map((t) => t.ownerTeam).filter((team): team is OwnerTeam => team !== null));
  return ['all', ...OWNER_TEAMS.filter((team) => present.has(team))];
}

export function teamLabelKey(team: OwnerTeam): LookbookMessageKey {
  return `team${team.charAt(0).toUpperCase()}${team.slice(1)}` as LookbookMessageKey;
}

export function kpiMet(kpi: Kpi): boolean | null {
  if (kpi.target === null || kpi.actual === null) return null;
  return kpi.direction === 'lower' ? kpi.actual <= kpi.target : kpi.actual >= kpi.target;
}

const HINT_KEYS: Record<ChannelKind, LookbookMessageKey> = {
  phone: 'hintPhone',
  store: 'hintStore',
  chat: 'hintChat',
  email: 'hintEmail',
  mail: 'hintMail',
  web: 'hintWeb',
  app: 'hintApp',
  social: 'hintSocial',
  other: 'hintOther',
};

/**
 * A channel's name as it reads in a sentence, whatever the name: "the Website channel",
 * "het kanaal Vergelijkingssite"; a name that already ends in the word keeps it once ("the
 * Partner channel", "het Saleskanaal").
 */
export function channelPhrase(name: string, locale: UiLocale): string {
  const word = translate(lookbookMessages, locale, 'channelWord');
  const named = name.trim().toLocaleLowerCase(locale).endsWith(word);
  return translate(lookbookMessages, locale, named ? 'channelPhraseNamed' : 'channelPhrase', { name: name.trim() });
}

/**
 * What the receiving channel of a switch must do to pick the customer up where they left
 * off, from the handoff level, the two channels and the step.
 */
export function switchInstruction(sw: ChannelSwitch, locale: UiLocale): string {
  const t = (key: LookbookMessageKey, params?: Record<string, string>) => translate(lookbookMessages, locale, key, params);
  const hint = t(HINT_KEYS[sw.toChannel.kind] ?? 'hintOther');
  const params = {
    fromChannel: channelPhrase(sw.fromChannel.name, locale),
    toChannel: channelPhrase(sw.toChannel.name, locale),
    fromTitle: sw.from.title,
    toTitle: sw.to.title,
    resume: sw.step.label.trim() || sw.from.title,
    hint,
    hintLower: hint.charAt(0).toLowerCase() + hint.slice(1),
  };
  const lead = t('switchLead', params);
  const body =
    sw.step.handoff === 'full'
      ? t('handoffFull', params)
      : sw.step.handoff === 'partial'
        ? t('handoffPartial', params)
        : sw.step.handoff === 'none'
          ? t('handoffNone', params)
          : t('handoffUnset', params);
  return `${lead} ${body}`;
}

/**
 * The lookbook for one audience: for a team, its own touchpoints plus the channel switches
 * into its channels (the ones it receives customers through); for everyone, all of it.
 */
export function buildLookbook(
  journey: Journey,
  score: LookbookScore | null,
  audience: Audience,
  locale: UiLocale,
): LookbookContent {
  const channels = new Map(journey.channels.map((c) => [c.id, c]));
  const touchpointById = new Map(journey.touchpoints.map((t) => [t.id, t]));
  const phaseById = new Map(journey.phases.map((p) => [p.id, p]));
  const included = journey.touchpoints.filter((t) => audience === 'all' || t.ownerTeam === audience);
  const includedIds = new Set(included.map((t) => t.id));
  const teamChannels = new Set(included.map((t) => t.channelId).filter((id): id is string => id !== null));

  const switches: SwitchBrief[] = channelSwitches(journey)
    .filter((sw) => audience === 'all' || includedIds.has(sw.to.id) || teamChannels.has(sw.toChannel.id))
    .map((sw) => ({
      stepId: sw.step.id,
      from: sw.from,
      to: sw.to,
      fromChannel: sw.fromChannel,
      toChannel: sw.toChannel,
      handoff: sw.step.handoff,
      instruction: switchInstruction(sw, locale),
    }));
  const switchSteps = new Set(switches.map((s) => s.stepId));
  const steps = new Map(journey.steps.map((s) => [s.id, s]));

  const placeOf = (target: { kind: string; id: string }): string | null => {
    if (target.kind === 'touchpoint') return touchpointById.get(target.id)?.title ?? null;
    if (target.kind === 'phase') return phaseById.get(target.id)?.name ?? null;
    if (target.kind === 'step') {
      const step = steps.get(target.id);
      const from = step && touchpointById.get(step.from);
      const to = step && touchpointById.get(step.to);
      return from && to ? `${from.title} → ${to.title}` : null;
    }
    return null;
  };
  // Where a finding is, each place once: a card that is an end of a step already named
  // ("A → B") is not named again on its own.
  const placesOf = (targets: LookbookFinding['targets']): string[] => {
    const stepEnds = new Set<string>();
    for (const target of targets) {
      const step = target.kind === 'step' ? steps.get(target.id) : undefined;
      if (step) stepEnds.add(step.from).add(step.to);
    }
    const places = targets
      .filter((target) => !(target.kind === 'touchpoint' && stepEnds.has(target.id)))
      .map(placeOf)
      .filter((p): p is string => p !== null);
    return [...new Set(places)];
  };
  const relevant = (finding: LookbookFinding): boolean =>
    audience === 'all' ||
    finding.targets.some(
      (target) =>
        (target.kind === 'touchpoint' && includedIds.has(target.id)) || (target.kind === 'step' && switchSteps.has(target.id)),
    );
  const findings: FindingBrief[] = (score?.findings ?? [])
    .filter(relevant)
    .sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity])
    .map((finding) => ({ finding, places: placesOf(finding.targets), suggestion: staffSuggestion(finding) }));
  const counts: Record<Severity, number> = { critical: 0, warning: 0, info: 0 };
  for (const { finding } of findings) counts[finding.severity] += 1;

  // The findings on each card, in the order above: one pass over the findings for all cards.
  const findingsByCard = new Map<string, FindingBrief[]>();
  for (const brief of findings) {
    for (const target of brief.finding.targets) {
      if (target.kind !== 'touchpoint') continue;
      const list = findingsByCard.get(target.id);
      if (!list) findingsByCard.set(target.id, [brief]);
      else if (list[list.length - 1] !== brief) list.push(brief);
    }
  }

  // Neighbours along the steps, each once (not the card itself), in map order: one pass
  // over the steps for all cards.
  const cameFromIds = new Map<string, Set<string>>();
  const nextIds = new Map<string, Set<string>>();
  const link = (lists: Map<string, Set<string>>, card: string, other: string) => {
    const list = lists.get(card);
    if (list) list.add(other);
    else lists.set(card, new Set([other]));
  };
  for (const st of journey.steps) {
    if (st.from === st.to) continue;
    link(nextIds, st.from, st.to);
    link(cameFromIds, st.to, st.from);
  }
  const mapOrder = (a: Touchpoint, b: Touchpoint) => (phaseById.get(a.phaseId)?.order ?? 0) - (phaseById.get(b.phaseId)?.order ?? 0) || a.order - b.order;
  const neighbours = (ids: Set<string> | undefined): Touchpoint[] =>
    [...(ids ?? [])]
      .map((id) => touchpointById.get(id))
      .filter((t): t is Touchpoint => t !== undefined)
      .sort(mapOrder);

  const phases: PhaseBrief[] = [...journey.phases]
    .sort((a, b) => a.order - b.order)
    .map((phase) => ({
      phase,
      touchpoints: included
        .filter((t) => t.phaseId === phase.id)
        .sort((a, b) => a.order - b.order)
        .map((touchpoint) => ({
          touchpoint,
          channel: touchpoint.channelId ? (channels.get(touchpoint.channelId) ?? null) : null,
          cameFrom: neighbours(cameFromIds.get(touchpoint.id)),
          next: neighbours(nextIds.get(touchpoint.id)),
          kpis: touchpoint.kpis.map((kpi) => ({ kpi, met: kpiMet(kpi) })),
          findings: findingsByCard.get(touchpoint.id) ?? [],
        })),
      switches: switches.filter((s) => s.to.phaseId === phase.id),
    }))
    .filter((p) => audience === 'all' || p.touchpoints.length > 0 || p.switches.length > 0);

  return { audience, phases, switches, findings, counts, touchpointCount: included.length };
}
