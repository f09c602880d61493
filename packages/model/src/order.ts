// Fractional ordering: an entity's position among its siblings is a number, and a move
// writes one number instead of rewriting a list, so concurrent moves merge cleanly.
import { keyOf, ORDER, type YEntity } from './layout.ts';

export function orderOf(map: YEntity): number {
  const value = map.get(ORDER);
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}

/**
 * How every reader of the doc orders siblings: by order, ties broken by id (compared by
 * UTF-16 code units, so every peer agrees whatever its locale).
 */
export function compareOrder(aOrder: number, aId: string, bOrder: number, bId: string): number {
  return aOrder - bOrder || (aId < bId ? -1 : aId > bId ? 1 : 0);
}

/** Sorts entities by their order, ties broken by id, as every reader of the doc does. */
export function sortByOrder<T extends YEntity>(items: T[]): T[] {
  // Each entity's order is read once (a Y.Map read per comparison adds up at thousands).
  const keyed = items.map((item) => ({ item, order: orderOf(item), id: keyOf(item) }));
  keyed.sort((a, b) => compareOrder(a.order, a.id, b.order, b.id));
  keyed.forEach(({ item }, i) => (items[i] = item));
  return items;
}

const MIN_GAP = 1e-9;

/**
 * The order value that places an entity at `index` among `siblings` (sorted, without the
 * entity itself). When the neighbours are too close together the siblings are renumbered
 * first (inside the caller's transaction).
 */
export function orderAt(siblings: YEntity[], index: number): number {
  const at = Math.max(0, Math.min(index, siblings.length));
  const before = at > 0 ? orderOf(siblings[at - 1]!) : undefined;
  const after = at < siblings.length ? orderOf(siblings[at]!) : undefined;
  if (before === undefined && after === undefined) return 0;
  if (before === undefined) return after! - 1;
  if (after === undefined) return before + 1;
  if (after - before > MIN_GAP) return (before + after) / 2;
  siblings.forEach((sibling, i) => sibling.set(ORDER, i < at ? i : i + 1));
  return at;
}
