// The Yjs layout of a journey document. Every entity is a nested Y.Map in a root map keyed
// by id, so that concurrent edits of different fields of one entity both survive.
//
// Yjs stores the key of every map entry with the entry, so entity fields are stored
// under one-letter keys (the tables below; `read.ts` maps them back to the plain names).
// The id is not stored inside the entity: it is the entity's key in its root map.
// Fields that hold their default value are left out; readers fill them in.
//
// Root maps (stored under the names in STORED_ROOT):
//   meta         Y.Map   schemaVersion, id, title, description, campaign, locale, scoring,
//                        replacement (plain names: the journey has one meta map; scoring
//                        is a Y.Map whose `rules` Y.Map holds each rule's settings:
//                        scoring-config.ts; replacement is a new id each time the whole
//                        journey is replaced: replacement.ts)
//   phases       Y.Map<id, Y.Map>  PHASE_KEYS       name, order, cycle, description, removed
//   touchpoints  Y.Map<id, Y.Map>  TOUCHPOINT_KEYS  phaseId, order (within the phase), fields…
//   steps        Y.Map<id, Y.Map>  STEP_KEYS        ends ([from, to]: never edited, so one value), label, handoff
//   channels     Y.Map<id, Y.Map>  CHANNEL_KEYS     name, kind, canConvert, order
//   personas     Y.Map<id, Y.Map>  PERSONA_KEYS     name, description, goals (plain array), order
//   kpis         Y.Map<id, Y.Map>  KPI_KEYS         ownerId (phase or touchpoint), order, name, …
//   comments     Y.Map<id, Y.Map>  COMMENT_KEYS     touchpointId, author, text, createdAt, resolved
//                        (one entry per comment, so two people commenting at once both keep theirs)
//
// A removed phase stays as a tombstone (`removed: true`) so that a touchpoint added to it
// concurrently with its removal can still be placed beside where the phase was.
import * as Y from 'yjs';

export type YEntity = Y.Map<unknown>;

/** The stored key of `order`, the same in every collection. */
export const ORDER = 'o';

export const PHASE_KEYS = { name: 'n', order: ORDER, cycle: 'y', description: 'd', removed: 'x' } as const;
export const TOUCHPOINT_KEYS = {
  phaseId: 'p',
  order: ORDER,
  title: 't',
  channelId: 'c',
  goal: 'g',
  description: 'd',
  emotion: 'e',
  effort: 'f',
  isKeyMoment: 'k',
  isWowMoment: 'w',
  isStart: 's',
  isEnd: 'z',
  callToAction: 'a',
  ownerTeam: 'm',
  notes: 'n',
} as const;
export const STEP_KEYS = { ends: 'e', label: 'l', handoff: 'h' } as const;

/** The ends of a stored step, `[from, to]`; an end that is not a string reads as ''. */
export function stepEnds(step: YEntity): [string, string] {
  const ends = step.get(STEP_KEYS.ends);
  if (!Array.isArray(ends)) return ['', ''];
  return [typeof ends[0] === 'string' ? ends[0] : '', typeof ends[1] === 'string' ? ends[1] : ''];
}
export const CHANNEL_KEYS = { name: 'n', kind: 'k', canConvert: 'v', order: ORDER } as const;
export const PERSONA_KEYS = { name: 'n', description: 'd', goals: 'g', order: ORDER } as const;
export const KPI_KEYS = { ownerId: 'w', order: ORDER, name: 'n', unit: 'u', target: 't', actual: 'a', direction: 'r' } as const;
export const COMMENT_KEYS = { touchpointId: 'w', author: 'a', text: 't', createdAt: 'c', resolved: 'r' } as const;

/** Plain field name → stored key, for one collection. */
export type Keys = Readonly<Record<string, string>>;

export interface JourneyMaps {
  meta: Y.Map<unknown>;
  phases: Y.Map<YEntity>;
  touchpoints: Y.Map<YEntity>;
  steps: Y.Map<YEntity>;
  channels: Y.Map<YEntity>;
  personas: Y.Map<YEntity>;
  kpis: Y.Map<YEntity>;
  comments: Y.Map<YEntity>;
}

export const ROOT_NAMES = ['meta', 'phases', 'touchpoints', 'steps', 'channels', 'personas', 'kpis', 'comments'] as const;

/**
 * The name each collection's root map is stored under. Yjs writes the root name with every
 * entity added to a root map, so the collections are stored under one letter (about 18 KB
 * of a 1,000-touchpoint journey); `meta` holds a handful of entries and keeps its name.
 */
export const STORED_ROOT: Readonly<Record<(typeof ROOT_NAMES)[number], string>> = {
  meta: 'meta',
  phases: 'p',
  touchpoints: 't',
  steps: 's',
  channels: 'c',
  personas: 'u',
  kpis: 'k',
  comments: 'm',
};

export function journeyMaps(doc: Y.Doc): JourneyMaps {
  return {
    meta: doc.getMap(STORED_ROOT.meta),
    phases: doc.getMap<YEntity>(STORED_ROOT.phases),
    touchpoints: doc.getMap<YEntity>(STORED_ROOT.touchpoints),
    steps: doc.getMap<YEntity>(STORED_ROOT.steps),
    channels: doc.getMap<YEntity>(STORED_ROOT.channels),
    personas: doc.getMap<YEntity>(STORED_ROOT.personas),
    kpis: doc.getMap<YEntity>(STORED_ROOT.kpis),
    comments: doc.getMap<YEntity>(STORED_ROOT.comments),
  };
}

/** True once the document holds a journey (its meta has an id). */
export function hasJourney(doc: Y.Doc): boolean {
  return typeof doc.getMap('meta').get('id') === 'string';
}

/** A new entity holding `fields` (plain names) under their stored keys; unknown names and `id` are not stored. */
export function entity(fields: Record<string, unknown>, keys: Keys): YEntity {
  const map = new Y.Map<unknown>();
  for (const name in fields) {
    const value = fields[name];
    const key = keys[name];
    if (value !== undefined && key !== undefined) map.set(key, value);
  }
  return map;
}

/** Writes only the keys whose value changes: every write to a Y.Map key leaves history. */
export function setChanged(map: Y.Map<unknown>, fields: Record<string, unknown>, keys?: Keys): boolean {
  let changed = false;
  for (const name in fields) {
    const value = fields[name];
    if (value === undefined) continue;
    const key = keys ? keys[name] : name;
    if (key === undefined) continue;
    if (!sameValue(map.get(key), value)) {
      map.set(key, value);
      changed = true;
    }
  }
  return changed;
}

/** Whether two stored values are the same: equal, or plain values with the same JSON. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => sameValue(v, b[i]));
  if (a && b && typeof a === 'object' && typeof b === 'object') return JSON.stringify(a) === JSON.stringify(b);
  return false;
}

export function isLivePhase(phase: YEntity | undefined): phase is YEntity {
  return phase !== undefined && phase.get(PHASE_KEYS.removed) !== true;
}

/**
 * The fields whose value differs from the default. Readers fill in a missing key with its
 * default, so leaving defaults out keeps the encoded document small.
 */
export function withoutDefaults(fields: Record<string, unknown>, defaults: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) {
    if (key in defaults && sameValue(defaults[key], value)) continue;
    out[key] = value;
  }
  return out;
}

/** The key an entity is stored under in its root map: its id. */
export function keyOf(entity: YEntity): string {
  const key = entity._item?.parentSub;
  return typeof key === 'string' ? key : '';
}
