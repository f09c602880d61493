// Lookups of entities by the value of one field (touchpoints by phase, steps by endpoint,
// KPIs by owner) without scanning every entity on every operation: an operation on a
// journey with thousands of touchpoints would otherwise cost milliseconds.
//
// An index is built on first use and kept up to date from each transaction's changes, in
// the document's `beforeObserverCalls` event: after every change (local or remote) and
// before any observer can start a new transaction. Inside a transaction that already
// changed the collection, the index may be behind, so the lookup scans instead.
//
// `sortedWhere` also keeps, per value asked for, the entities sorted by order (each
// entity's order read once per change), so placing a touchpoint among hundreds of siblings
// needs no sort.
import type * as Y from 'yjs';
import { keyOf, type YEntity } from './layout.ts';
import { compareOrder, orderOf, sortByOrder } from './order.ts';

/** A value computed from an entity, to look entities up by (a stored key is looked up by its name). */
export interface DerivedField {
  read(entity: YEntity): unknown;
}

type Field = string | DerivedField;

const valueIn = (entity: YEntity, field: Field): unknown => (typeof field === 'string' ? entity.get(field) : field.read(entity));

interface FieldIndex {
  byValue: Map<unknown, Set<YEntity>>;
  /** The value each entity is filed under. */
  valueOf: Map<YEntity, unknown>;
  /** For the values asked for in order: their entities, sorted by order then id. */
  sorted: Map<unknown, YEntity[]>;
}

interface RootIndex {
  root: Y.Map<YEntity>;
  /** The entity each key held when last seen, to take it out of the indexes later. */
  byKey: Map<string, YEntity>;
  /** Each entity's order when last seen. */
  orders: Map<YEntity, number>;
  fields: Map<Field, FieldIndex>;
}

/** Per document, the indexes by root map (keyed as Yjs types, as transactions name them). */
const perDoc = new WeakMap<Y.Doc, Map<unknown, RootIndex>>();

function compare(index: RootIndex, a: YEntity, b: YEntity): number {
  return compareOrder(index.orders.get(a) ?? 0, keyOf(a), index.orders.get(b) ?? 0, keyOf(b));
}

function file(index: RootIndex, fieldIndex: FieldIndex, field: Field, entity: YEntity): void {
  const value = valueIn(entity, field);
  let set = fieldIndex.byValue.get(value);
  if (!set) fieldIndex.byValue.set(value, (set = new Set()));
  set.add(entity);
  fieldIndex.valueOf.set(entity, value);
  const sorted = fieldIndex.sorted.get(value);
  if (sorted) {
    // Binary search for the first sibling that sorts after the entity.
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (compare(index, sorted[mid]!, entity) <= 0) lo = mid + 1;
      else hi = mid;
    }
    sorted.splice(lo, 0, entity);
  }
}

function add(index: RootIndex, entity: YEntity): void {
  index.orders.set(entity, orderOf(entity));
  for (const [field, fieldIndex] of index.fields) file(index, fieldIndex, field, entity);
}

function remove(index: RootIndex, entity: YEntity): void {
  for (const fieldIndex of index.fields.values()) {
    const value = fieldIndex.valueOf.get(entity);
    fieldIndex.valueOf.delete(entity);
    const set = fieldIndex.byValue.get(value);
    if (set?.delete(entity) && set.size === 0) {
      fieldIndex.byValue.delete(value);
      fieldIndex.sorted.delete(value);
    } else {
      const sorted = fieldIndex.sorted.get(value);
      const at = sorted ? sorted.indexOf(entity) : -1;
      if (at >= 0) sorted!.splice(at, 1);
    }
  }
  index.orders.delete(entity);
}

/** Re-reads one key of the root after a change to it or to the entity it holds. */
function refresh(index: RootIndex, key: string): void {
  const old = index.byKey.get(key);
  if (old) {
    remove(index, old);
    index.byKey.delete(key);
  }
  const current = index.root.get(key);
  if (current) {
    index.byKey.set(key, current);
    add(index, current);
  }
}

function onTransaction(indexes: Map<unknown, RootIndex>, transaction: Y.Transaction): void {
  for (const [type, keys] of transaction.changed) {
    const direct = indexes.get(type);
    if (direct) {
      for (const key of keys) if (key !== null) refresh(direct, key);
      continue;
    }
    const item = type._item;
    const owner = item ? indexes.get(item.parent) : undefined;
    if (owner && item && typeof item.parentSub === 'string') refresh(owner, item.parentSub);
  }
}

/** True while a transaction that has already changed `root` or one of its entities runs. */
function changedInTransaction(doc: Y.Doc, root: Y.Map<YEntity>): boolean {
  const transaction = doc._transaction;
  if (!transaction) return false;
  for (const type of transaction.changed.keys()) {
    if ((type as unknown) === root || (type._item?.parent as unknown) === root) return true;
  }
  return false;
}

/** The up-to-date index of `root` by `field`, or null when it cannot be trusted right now. */
function indexFor(root: Y.Map<YEntity>, field: Field): { index: RootIndex; fieldIndex: FieldIndex } | null {
  const doc = root.doc;
  if (!doc || changedInTransaction(doc, root)) return null;
  let indexes = perDoc.get(doc);
  if (!indexes) {
    const created = new Map<unknown, RootIndex>();
    indexes = created;
    perDoc.set(doc, created);
    doc.on('beforeObserverCalls', (transaction: Y.Transaction) => onTransaction(created, transaction));
  }
  let index = indexes.get(root);
  if (!index) {
    index = { root, byKey: new Map(), orders: new Map(), fields: new Map() };
    indexes.set(root, index);
    for (const [key, entity] of root.entries()) {
      index.byKey.set(key, entity);
      index.orders.set(entity, orderOf(entity));
    }
  }
  let fieldIndex = index.fields.get(field);
  if (!fieldIndex) {
    fieldIndex = { byValue: new Map(), valueOf: new Map(), sorted: new Map() };
    index.fields.set(field, fieldIndex);
    for (const entity of index.byKey.values()) file(index, fieldIndex, field, entity);
  }
  return { index, fieldIndex };
}

function scan(root: Y.Map<YEntity>, field: Field, value: unknown): YEntity[] {
  const out: YEntity[] = [];
  for (const entity of root.values()) if (valueIn(entity, field) === value) out.push(entity);
  return out;
}

/** The entities of `root` whose `field` (a stored key, or derived) equals `value`, in no particular order. */
export function entitiesWhere(root: Y.Map<YEntity>, field: Field, value: unknown): YEntity[] {
  const found = indexFor(root, field);
  if (!found) return scan(root, field, value);
  return [...(found.fieldIndex.byValue.get(value) ?? [])];
}

/** The entities of `root` whose stored `field` equals `value`, sorted by order (then id). */
export function sortedWhere(root: Y.Map<YEntity>, field: Field, value: unknown): YEntity[] {
  const found = indexFor(root, field);
  if (!found) return sortByOrder(scan(root, field, value));
  const { index, fieldIndex } = found;
  let sorted = fieldIndex.sorted.get(value);
  if (!sorted) {
    const members = [...(fieldIndex.byValue.get(value) ?? [])];
    if (members.length === 0) return members;
    sorted = members.sort((a, b) => compare(index, a, b));
    fieldIndex.sorted.set(value, sorted);
  }
  return sorted.slice();
}

