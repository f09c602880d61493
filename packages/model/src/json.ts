// toJSON / fromJSON: between the live Y.Doc and the plain, versioned journey.
import * as Y from 'yjs';
import {
  CHANNEL_KEYS,
  COMMENT_KEYS,
  entity,
  hasJourney,
  isLivePhase,
  journeyMaps,
  keyOf,
  KPI_KEYS,
  PERSONA_KEYS,
  PHASE_KEYS,
  ROOT_NAMES,
  STEP_KEYS,
  stepEnds,
  TOUCHPOINT_KEYS,
  withoutDefaults,
  type YEntity,
} from './layout.ts';
import { TOUCHPOINT_DEFAULTS } from './touchpoint.ts';
import { STEP_DEFAULTS } from './step.ts';
import { KPI_DEFAULTS } from './kpi.ts';
import { CHANNEL_DEFAULTS } from './channel.ts';
import { PERSONA_DEFAULTS } from './persona.ts';
import { COMMENT_DEFAULTS } from './comment.ts';
import { sortedWhere } from './lookup.ts';
import { readScoringConfig, writeScoringConfig } from './scoring-config.ts';
import { markReplaced } from './replacement.ts';
import { orderOf, sortByOrder } from './order.ts';
import { readChannel, readComment, readKpi, readPersona, readPhase, readStep, readTouchpoint } from './read.ts';
import { LOCALES, SCHEMA_VERSION, type Comment, type Journey, type Kpi, type Touchpoint } from './schema.ts';
import { assertJourney, compareComments } from './validation.ts';

/**
 * Reads the document as a plain journey. Pure: it never writes. Whatever concurrent edits
 * left behind is resolved the same way on every peer, so the invariants always hold:
 * - a touchpoint whose phase was removed (added there while someone removed the phase)
 *   is shown in the nearest live phase, the one before the removed one first; when no
 *   live phase remains, the removed phase that still holds touchpoints is shown again;
 * - steps whose endpoints are gone, and KPIs and comments whose owner is gone, are left out;
 * - comments are listed oldest first;
 * - a channel that no longer exists reads as no channel;
 * - phase and touchpoint orders are renumbered 0…n-1.
 */
export function toJSON(doc: Y.Doc): Journey {
  if (!hasJourney(doc)) throw new Error('the document holds no journey yet');
  const maps = journeyMaps(doc);
  const meta = maps.meta;

  const kpisByOwner = new Map<unknown, YEntity[]>();
  for (const kpi of maps.kpis.values()) {
    const owner = kpi.get(KPI_KEYS.ownerId);
    const list = kpisByOwner.get(owner);
    if (list) list.push(kpi);
    else kpisByOwner.set(owner, [kpi]);
  }
  const kpisOf = (ownerId: string): Kpi[] => {
    const list = kpisByOwner.get(ownerId);
    return list ? sortByOrder(list).map(readKpi) : [];
  };

  // Phases, live ones in order; removed ones only as placement hints or revived.
  const allPhases = sortByOrder([...maps.phases.values()]);
  let live = allPhases.filter(isLivePhase);
  if (live.length === 0) {
    const holding = new Set([...maps.touchpoints.values()].map((t) => t.get(TOUCHPOINT_KEYS.phaseId)));
    live = allPhases.filter((p) => holding.has(keyOf(p)));
  }
  const phaseRank = new Map(live.map((p, i) => [keyOf(p), i]));
  const liveOrders = live.map(orderOf);
  // Where the touchpoints of a removed (or unknown) phase are shown, by that phase's id.
  const orphanRank = new Map<unknown, number>();
  const placeOrphan = (phaseId: unknown): number => {
    let rank = orphanRank.get(phaseId);
    if (rank !== undefined) return rank;
    const removed = typeof phaseId === 'string' ? maps.phases.get(phaseId) : undefined;
    if (!removed) rank = live.length - 1;
    else {
      const at = orderOf(removed);
      rank = 0;
      for (let i = 0; i < live.length; i++) if (liveOrders[i]! <= at) rank = i;
    }
    orphanRank.set(phaseId, rank);
    return rank;
  };

  // Each live phase's touchpoints come sorted from the lookup index (kept sorted as they
  // change); the ones whose phase is gone are placed after them.
  const inPhase = live.map((p) => sortedWhere(maps.touchpoints, TOUCHPOINT_KEYS.phaseId, keyOf(p)));
  const orphans: YEntity[][] = live.map(() => []);
  if (inPhase.reduce((sum, list) => sum + list.length, 0) < maps.touchpoints.size && live.length > 0) {
    for (const map of maps.touchpoints.values()) {
      const own = map.get(TOUCHPOINT_KEYS.phaseId);
      if (typeof own !== 'string' || !phaseRank.has(own)) orphans[placeOrphan(own)]!.push(map);
    }
    orphans.forEach((list) => sortByOrder(list));
  }
  const channelIds = new Set(maps.channels.keys());
  const position = new Map<string, number>();
  const touchpoints: Touchpoint[] = [];
  live.forEach((phase, rank) => {
    const phaseId = keyOf(phase);
    let order = 0;
    for (const list of [inPhase[rank]!, orphans[rank]!]) {
      for (const map of list) {
        const id = keyOf(map);
        position.set(id, touchpoints.length);
        const channel = map.get(TOUCHPOINT_KEYS.channelId);
        const channelId = typeof channel === 'string' && channelIds.has(channel) ? channel : null;
        touchpoints.push(readTouchpoint(map, { phaseId, order: order++, channelId }, kpisOf(id)));
      }
    }
  });

  // Steps in the order of their ends' positions: one number per step to sort by.
  const placedSteps: Array<{ step: YEntity; at: number; id: string }> = [];
  const width = touchpoints.length;
  for (const step of maps.steps.values()) {
    const ends = stepEnds(step);
    const from = position.get(ends[0]);
    const to = position.get(ends[1]);
    if (from !== undefined && to !== undefined) placedSteps.push({ step, at: from * width + to, id: keyOf(step) });
  }
  placedSteps.sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const steps = placedSteps.map(({ step }) => readStep(step));

  const comments: Comment[] = [];
  for (const map of maps.comments.values()) {
    const owner = map.get(COMMENT_KEYS.touchpointId);
    const comment = typeof owner === 'string' && position.has(owner) ? readComment(map, owner) : null;
    if (comment) comments.push(comment);
  }
  comments.sort(compareComments);

  const locale = meta.get('locale');
  const title = meta.get('title');
  return {
    schemaVersion: SCHEMA_VERSION,
    id: String(meta.get('id')),
    title: typeof title === 'string' && title.trim() !== '' ? title : 'Untitled journey',
    description: typeof meta.get('description') === 'string' ? (meta.get('description') as string) : '',
    campaign: typeof meta.get('campaign') === 'string' ? (meta.get('campaign') as string) : '',
    locale: (LOCALES as readonly unknown[]).includes(locale) ? (locale as Journey['locale']) : 'en',
    personas: sortByOrder([...maps.personas.values()]).map(readPersona),
    channels: sortByOrder([...maps.channels.values()]).map(readChannel),
    phases: live.map((p, i) => readPhase(p, i, kpisOf(keyOf(p)))),
    touchpoints,
    steps,
    scoring: readScoringConfig(meta),
    comments,
  };
}

/** Writes a validated journey into an empty document or over an existing one, in one transaction. */
function writeJourney(doc: Y.Doc, journey: Journey, origin: unknown): void {
  doc.transact(() => {
    const maps = journeyMaps(doc);
    for (const name of ROOT_NAMES) maps[name].clear();
    const { meta } = maps;
    meta.set('schemaVersion', SCHEMA_VERSION);
    meta.set('id', journey.id);
    meta.set('title', journey.title);
    meta.set('description', journey.description);
    meta.set('campaign', journey.campaign);
    meta.set('locale', journey.locale);
    writeScoringConfig(meta, journey.scoring);
    const writeKpis = (ownerId: string, kpis: Kpi[]) =>
      kpis.forEach((kpi, order) => maps.kpis.set(kpi.id, entity(withoutDefaults({ ...kpi, ownerId, order }, KPI_DEFAULTS), KPI_KEYS)));
    for (const { kpis, ...phase } of journey.phases) {
      maps.phases.set(phase.id, entity(phase, PHASE_KEYS));
      writeKpis(phase.id, kpis);
    }
    for (const { kpis, ...touchpoint } of journey.touchpoints) {
      maps.touchpoints.set(touchpoint.id, entity(withoutDefaults(touchpoint, TOUCHPOINT_DEFAULTS), TOUCHPOINT_KEYS));
      writeKpis(touchpoint.id, kpis);
    }
    for (const { from, to, ...step } of journey.steps) {
      maps.steps.set(step.id, entity(withoutDefaults({ ...step, ends: [from, to] }, STEP_DEFAULTS), STEP_KEYS));
    }
    journey.channels.forEach((channel, order) => maps.channels.set(channel.id, entity(withoutDefaults({ ...channel, order }, CHANNEL_DEFAULTS), CHANNEL_KEYS)));
    journey.personas.forEach((persona, order) => maps.personas.set(persona.id, entity(withoutDefaults({ ...persona, order }, PERSONA_DEFAULTS), PERSONA_KEYS)));
    for (const { id, ...comment } of journey.comments) maps.comments.set(id, entity(withoutDefaults(comment, COMMENT_DEFAULTS), COMMENT_KEYS));
  }, origin);
}

/**
 * Builds a new document from a plain journey. Throws a JourneyValidationError (every
 * issue with its path) for input that is not a valid journey.
 */
export function fromJSON(input: unknown, origin?: unknown): Y.Doc {
  const journey = assertJourney(input);
  const doc = new Y.Doc();
  writeJourney(doc, journey, origin);
  return doc;
}

/**
 * Replaces the whole content of a document with a plain journey, as one change (one undo
 * step), and marks it as replaced (see replacement.ts). Validates first: on invalid input
 * it throws and the document is left untouched.
 */
export function replaceJourney(doc: Y.Doc, input: unknown, origin?: unknown): Journey {
  const journey = assertJourney(input);
  doc.transact(() => {
    writeJourney(doc, journey, origin);
    markReplaced(journeyMaps(doc).meta);
  }, origin);
  return journey;
}
