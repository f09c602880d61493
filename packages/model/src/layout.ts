// The Yjs layout of a journey document. Every entity is a nested Y.Map in a root map keyed
// by id, so that concurrent edits of different fields of one entity both survive.
//
//   meta         Y.Map   schemaVersion, id, title, description, campaign, locale, scoring
//   phases       Y.Map<id, Y.Map>  id, name, order (fractional), cycle, description, removed
//   touchpoints  Y.Map<id, Y.Map>  id, phaseId, order (fractional, within the phase), fields…
//   steps        Y.Map<id, Y.Map>  id, from, to, label, handoff
//   channels     Y.Map<id, Y.Map>  id, name, kind, canConvert, order
//   personas     Y.Map<id, Y.Map>  id, name, description, goals (plain array), order
//   kpis         Y.Map<id, Y.Map>  id, ownerId (phase or touchpoint), order, name, unit, …
//
// A removed phase stays as a tombstone (`removed: true`) so that a touchpoint added to it
// concurrently with its removal can still be placed beside where the phase was.
import * as Y from 'yjs';

export type YEntity = Y.Map<unknown>;

export interface JourneyMaps {
  meta: Y.Map<unknown>;
  phases: Y.Map<YEntity>;
  touchpoints: Y.Map<YEntity>;
  steps: Y.Map<YEntity>;
  channels: Y.Map<YEntity>;
  personas: Y.Map<YEntity>;
  kpis: Y.Map<YEntity>;
}

export const ROOT_NAMES = ['meta', 'phases', 'touchpoints', 'steps', 'channels', 'personas', 'kpis'] as const;

export function journeyMaps(doc: Y.Doc): JourneyMaps {
  return {
    meta: doc.getMap('meta'),
    phases: doc.getMap<YEntity>('phases'),
    touchpoints: doc.getMap<YEntity>('touchpoints'),
    steps: doc.getMap<YEntity>('steps'),
    channels: doc.getMap<YEntity>('channels'),
    personas: doc.getMap<YEntity>('personas'),
    kpis: doc.getMap<YEntity>('kpis'),
  };
}

/** True once the document holds a journey (its meta has an id). */
export function hasJourney(doc: Y.Doc): boolean {
  return typeof doc.getMap('meta').get('id') === 'string';
}

export function entity(fields: Record<string, unknown>): YEntity {
  const map = new Y.Map<unknown>();
  for (const [key, value] of Object.entries(fields)) if (value !== undefined) map.set(key, value);
  return map;
}

/** Writes only the keys whose value changes: every write to a Y.Map key leaves history. */
export function setChanged(map: Y.Map<unknown>, fields: Record<string, unknown>): boolean {
  let changed = false;
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    if (!sameValue(map.get(key), value)) {
      map.set(key, value);
      changed = true;
    }
  }
  return changed;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => sameValue(v, b[i]));
  if (a && b && typeof a === 'object' && typeof b === 'object') return JSON.stringify(a) === JSON.stringify(b);
  return false;
}

export function isLivePhase(phase: YEntity | undefined): phase is YEntity {
  return phase !== undefined && phase.get('removed') !== true;
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
