// Shared shape of the simple ordered collections (channels, personas, KPIs): add at the
// end with a fractional order, update changed fields, remove.
import type * as Y from 'yjs';
import type { z } from 'zod';
import { newId } from './id.ts';
import { entity, journeyMaps, setChanged, withoutDefaults, type JourneyMaps, type Keys, type YEntity } from './layout.ts';
import { orderAt, sortByOrder } from './order.ts';
import { checkFields } from './patch.ts';

type CollectionName = 'channels' | 'personas' | 'kpis';

export interface CollectionSpec<K extends string> {
  name: CollectionName;
  prefix: string;
  shape: Record<string, z.ZodType>;
  fields: readonly K[];
  required: readonly K[];
  defaults: Record<string, unknown>;
  /** Plain field name → stored key (see layout.ts). */
  keys: Keys;
}

export function addTo<K extends string>(
  doc: Y.Doc,
  spec: CollectionSpec<K>,
  input: object & { id?: string },
  extra: Record<string, unknown>,
  siblingsOf: (maps: JourneyMaps) => YEntity[],
  origin: unknown,
): string {
  const { id, ...rest } = input;
  const fields = checkFields(spec.shape, rest, spec.fields, spec.required);
  const entityId = id ?? newId(spec.prefix);
  doc.transact(() => {
    const maps = journeyMaps(doc);
    const siblings = sortByOrder(siblingsOf(maps));
    const order = orderAt(siblings, siblings.length);
    maps[spec.name].set(entityId, entity(withoutDefaults({ ...fields, ...extra, order }, spec.defaults), spec.keys));
  }, origin);
  return entityId;
}

export function updateIn<K extends string>(
  doc: Y.Doc,
  spec: CollectionSpec<K>,
  entityId: string,
  patch: object,
  origin: unknown,
): boolean {
  const fields = checkFields(spec.shape, patch, spec.fields);
  let changed = false;
  doc.transact(() => {
    const item = journeyMaps(doc)[spec.name].get(entityId);
    if (item) changed = setChanged(item, fields, spec.keys);
  }, origin);
  return changed;
}
