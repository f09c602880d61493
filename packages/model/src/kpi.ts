// KPIs: measures on a touchpoint or a phase (their owner).
import type * as Y from 'yjs';
import { addTo, updateIn, type CollectionSpec } from './collection.ts';
import { isLivePhase, journeyMaps, KPI_KEYS } from './layout.ts';
import { entitiesWhere } from './lookup.ts';
import { kpiSchema, type KpiDirection } from './schema.ts';

export interface KpiFields {
  name?: string;
  unit?: string;
  target?: number | null;
  actual?: number | null;
  direction?: KpiDirection;
}

/** Values a stored kpi leaves out (readers fill them in). */
export const KPI_DEFAULTS = { unit: '', target: null, actual: null, direction: 'higher' };

const spec: CollectionSpec<'name' | 'unit' | 'target' | 'actual' | 'direction'> = {
  name: 'kpis',
  prefix: 'k',
  shape: kpiSchema.shape,
  fields: ['name', 'unit', 'target', 'actual', 'direction'],
  required: ['name'],
  defaults: KPI_DEFAULTS,
  keys: KPI_KEYS,
};

/** Adds a KPI to a touchpoint or a phase (`ownerId`). */
export function addKpi(
  doc: Y.Doc,
  ownerId: string,
  input: KpiFields & { id?: string; name: string },
  origin?: unknown,
): string {
  const maps = journeyMaps(doc);
  if (!maps.touchpoints.has(ownerId) && !isLivePhase(maps.phases.get(ownerId))) {
    throw new Error(`unknown touchpoint or phase "${ownerId}"`);
  }
  return addTo(doc, spec, input, { ownerId }, (m) => entitiesWhere(m.kpis, KPI_KEYS.ownerId, ownerId), origin);
}

export function updateKpi(doc: Y.Doc, kpiId: string, patch: KpiFields, origin?: unknown): boolean {
  return updateIn(doc, spec, kpiId, patch, origin);
}

export function removeKpi(doc: Y.Doc, kpiId: string, origin?: unknown): boolean {
  let removed = false;
  doc.transact(() => {
    const { kpis } = journeyMaps(doc);
    removed = kpis.has(kpiId);
    kpis.delete(kpiId);
  }, origin);
  return removed;
}
