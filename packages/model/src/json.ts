// toJSON / fromJSON: between the live Y.Doc and the plain, versioned journey.
import * as Y from 'yjs';
import { entity, hasJourney, isLivePhase, journeyMaps, ROOT_NAMES, withoutDefaults, type YEntity } from './layout.ts';
import { TOUCHPOINT_DEFAULTS } from './touchpoint.ts';
import { orderOf, sortByOrder } from './order.ts';
import { readChannel, readKpi, readPersona, readPhase, readStep, readTouchpoint } from './read.ts';
import { LOCALES, SCHEMA_VERSION, type Journey, type Kpi } from './schema.ts';
import { assertJourney } from './validation.ts';

/**
 * Reads the document as a plain journey. Pure: it never writes. Whatever concurrent edits
 * left behind is resolved the same way on every peer, so the invariants always hold:
 * - a touchpoint whose phase was removed (added there while someone removed the phase)
 *   is shown in the nearest live phase, the one before the removed one first; when no
 *   live phase remains, the removed phase that still holds touchpoints is shown again;
 * - steps whose endpoints are gone, and KPIs whose owner is gone, are left out;
 * - a channel that no longer exists reads as no channel;
 * - phase and touchpoint orders are renumbered 0…n-1.
 */
export function toJSON(doc: Y.Doc): Journey {
  if (!hasJourney(doc)) throw new Error('the document holds no journey yet');
  const maps = journeyMaps(doc);
  const meta = maps.meta;

  const kpisByOwner = new Map<string, YEntity[]>();
  for (const kpi of maps.kpis.values()) {
    const owner = String(kpi.get('ownerId'));
    const list = kpisByOwner.get(owner);
    if (list) list.push(kpi);
    else kpisByOwner.set(owner, [kpi]);
  }
  const kpisOf = (ownerId: string): Kpi[] => sortByOrder(kpisByOwner.get(ownerId) ?? []).map(readKpi);

  // Phases, live ones in order; removed ones only as placement hints or revived.
  const allPhases = sortByOrder([...maps.phases.values()]);
  let live = allPhases.filter(isLivePhase);
  const touchpointMaps = [...maps.touchpoints.values()];
  if (live.length === 0) {
    const holding = new Set(touchpointMaps.map((t) => t.get('phaseId')));
    live = allPhases.filter((p) => holding.has(p.get('id')));
  }
  const liveIds = new Set(live.map((p) => String(p.get('id'))));
  const placeOrphan = (phaseId: string): string | null => {
    if (live.length === 0) return null;
    const removed = maps.phases.get(phaseId);
    if (!removed) return String(live[live.length - 1]!.get('id'));
    const at = orderOf(removed);
    const before = live.filter((p) => orderOf(p) <= at);
    return String((before[before.length - 1] ?? live[0]!).get('id'));
  };

  const channelIds = new Set(maps.channels.keys());
  const phaseRank = new Map(live.map((p, i) => [String(p.get('id')), i]));
  const placed = touchpointMaps
    .map((map) => {
      const own = String(map.get('phaseId'));
      const phaseId = liveIds.has(own) ? own : placeOrphan(own);
      // Sort keys are read once: a Y.Map read per comparison adds up at thousands.
      return { map, phaseId, orphan: phaseId !== own, rank: phaseId === null ? 0 : phaseRank.get(phaseId)!, order: orderOf(map), id: String(map.get('id')) };
    })
    .filter((t): t is { map: YEntity; phaseId: string; orphan: boolean; rank: number; order: number; id: string } => t.phaseId !== null);
  placed.sort(
    (a, b) =>
      a.rank - b.rank ||
      // Orphans go after the touchpoints already in the phase they land in.
      Number(a.orphan) - Number(b.orphan) ||
      a.order - b.order ||
      a.id.localeCompare(b.id),
  );
  const counters = new Map<string, number>();
  const touchpoints = placed.map(({ map, phaseId }) => {
    const order = counters.get(phaseId) ?? 0;
    counters.set(phaseId, order + 1);
    const channel = map.get('channelId');
    const channelId = typeof channel === 'string' && channelIds.has(channel) ? channel : null;
    return readTouchpoint(map, { phaseId, order, channelId }, kpisOf(String(map.get('id'))));
  });

  const position = new Map(touchpoints.map((t, i) => [t.id, i]));
  const steps = [...maps.steps.values()]
    .map(readStep)
    .filter((s) => position.has(s.from) && position.has(s.to))
    .sort(
      (a, b) =>
        position.get(a.from)! - position.get(b.from)! ||
        position.get(a.to)! - position.get(b.to)! ||
        a.id.localeCompare(b.id),
    );

  const locale = meta.get('locale');
  const scoring = meta.get('scoring');
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
    phases: live.map((p, i) => readPhase(p, i, kpisOf(String(p.get('id'))))),
    touchpoints,
    steps,
    scoring: scoring && typeof scoring === 'object' && !Array.isArray(scoring) ? (scoring as Record<string, unknown>) : {},
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
    meta.set('scoring', journey.scoring);
    const writeKpis = (ownerId: string, kpis: Kpi[]) =>
      kpis.forEach((kpi, order) => maps.kpis.set(kpi.id, entity({ ...kpi, ownerId, order })));
    for (const { kpis, ...phase } of journey.phases) {
      maps.phases.set(phase.id, entity(phase));
      writeKpis(phase.id, kpis);
    }
    for (const { kpis, ...touchpoint } of journey.touchpoints) {
      maps.touchpoints.set(touchpoint.id, entity(withoutDefaults(touchpoint, TOUCHPOINT_DEFAULTS)));
      writeKpis(touchpoint.id, kpis);
    }
    for (const step of journey.steps) maps.steps.set(step.id, entity(withoutDefaults(step, { label: '', handoff: null })));
    journey.channels.forEach((channel, order) => maps.channels.set(channel.id, entity({ ...channel, order })));
    journey.personas.forEach((persona, order) => maps.personas.set(persona.id, entity({ ...persona, order })));
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
 * step). Validates first: on invalid input it throws and the document is left untouched.
 */
export function replaceJourney(doc: Y.Doc, input: unknown, origin?: unknown): Journey {
  const journey = assertJourney(input);
  writeJourney(doc, journey, origin);
  return journey;
}
