// The journey's scoring configuration in the document. The meta map holds it under
// `scoring` as a Y.Map: its `rules` entry is a Y.Map from rule id to that rule's settings (a
// plain value), and anything else the configuration holds stays a plain value beside it.
// So two people who change different rules at the same time, or one of them offline, both
// keep their change; two changes of one rule resolve as any field does (one wins).
// Documents written before this layout hold the whole configuration as one plain value;
// they read the same, and the first change of a rule converts them.
import * as Y from 'yjs';
import { z } from 'zod';
import { journeyMaps, setChanged } from './layout.ts';
import { checkFields } from './patch.ts';
import { id, type ScoringConfig } from './schema.ts';

const SCORING = 'scoring';
const RULES = 'rules';

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Y.AbstractType);

/** The input of setScoringRule: a rule id, and its settings as an object or null. */
const RULE_INPUT = { ruleId: id.trim().min(1, 'required'), settings: z.record(z.string(), z.unknown()).nullable() };

/** A Y.Map from rule id to settings. */
function rulesMap(rules: Record<string, unknown>): Y.Map<unknown> {
  const map = new Y.Map<unknown>();
  for (const [ruleId, settings] of Object.entries(rules)) map.set(ruleId, settings);
  return map;
}

/** The configuration as a Y.Map, ready to be put in the meta map. */
function toYMap(config: ScoringConfig): Y.Map<unknown> {
  const stored = new Y.Map<unknown>();
  for (const [key, value] of Object.entries(config)) stored.set(key, key === RULES && isPlainObject(value) ? rulesMap(value) : value);
  return stored;
}

/** Reads the configuration from the meta map, in either layout. */
export function readScoringConfig(meta: Y.Map<unknown>): ScoringConfig {
  const stored = meta.get(SCORING);
  if (stored instanceof Y.Map) {
    const config: ScoringConfig = {};
    for (const [key, value] of stored.entries()) {
      config[key] = value instanceof Y.Map ? Object.fromEntries(value.entries()) : value;
    }
    return config;
  }
  return isPlainObject(stored) ? stored : {};
}

/** Replaces the whole configuration (inside the caller's transaction). */
export function writeScoringConfig(meta: Y.Map<unknown>, config: ScoringConfig): void {
  meta.set(SCORING, toYMap(config));
}

/**
 * Sets one rule's settings (a plain object, as packages/scoring validates it), or removes
 * them with `null`, leaving every other rule as it is. Returns whether anything changed.
 */
export function setScoringRule(doc: Y.Doc, ruleId: string, settings: Record<string, unknown> | null, origin?: unknown): boolean {
  checkFields(RULE_INPUT, { ruleId, settings }, ['ruleId', 'settings'], ['ruleId', 'settings']);
  const { meta } = journeyMaps(doc);
  let changed = false;
  doc.transact(() => {
    let stored = meta.get(SCORING);
    if (!(stored instanceof Y.Map)) {
      stored = toYMap(readScoringConfig(meta));
      meta.set(SCORING, stored);
    }
    const config = stored as Y.Map<unknown>;
    let rules = config.get(RULES);
    if (!(rules instanceof Y.Map)) {
      rules = rulesMap(isPlainObject(rules) ? rules : {});
      config.set(RULES, rules);
    }
    const map = rules as Y.Map<unknown>;
    if (settings !== null) changed = setChanged(map, { [ruleId]: settings });
    else if (map.has(ruleId)) {
      map.delete(ruleId);
      changed = true;
    }
  }, origin);
  return changed;
}
