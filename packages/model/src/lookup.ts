// Lookups of entities by the value of one field (touchpoints by phase, steps by endpoint,
// KPIs by owner) without scanning every entity on every operation: an operation on a
// journey with thousands of touchpoints would otherwise cost milliseconds.
//
// An index is built on first use and kept up to date from each transaction's changes, in
// the document's `beforeObserverCalls` event: after every change (local or remote) and
// before any observer can start a new transaction. Inside a transaction that already
// changed the collection, the index may be behind, so the lookup scans instead.
import type * as Y from 'yjs';
import type { YEntity } from './layout.ts';

interface FieldIndex {
  byValue: Map<unknown, Set<YEntity>>;
  /** The value each entity is filed under. */
  valueOf: Map<YEntity, unknown>;
}

interface RootIndex {
  root: Y.Map<YEntity>;
  /** The entity each key held when last seen, to take it out of the indexes later. */
  byKey: Map<string, YEntity>;
  fields: Map<string, FieldIndex>;
}

/** Per document, the indexes by root map (keyed as Yjs types, as transactions name them). */
const perDoc = new WeakMap<Y.Doc, Map<unknown, RootIndex>>();

function file(fieldIndex: FieldIndex, field: string, entity: YEntity): void {
  const value = entity.get(field);
  let set = fieldIndex.byValue.get(value);
  if (!set) fieldIndex.byValue.set(value, (set = new Set()));
  set.add(entity);
  fieldIndex.valueOf.set(entity, value);
}

function add(index: RootIndex, entity: YEntity): void {
  for (const [field, fieldIndex] of index.fields) file(fieldIndex, field, entity);
}

function remove(index: RootIndex, entity: YEntity): void {
  for (const fieldIndex of index.fields.values()) {
    const value = fieldIndex.valueOf.get(entity);
    fieldIndex.valueOf.delete(entity);
    const set = fieldIndex.byValue.get(value);
    if (set?.delete(entity) && set.size === 0) fieldIndex.byValue.delete(value);
  }
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

/** The entities of `root` whose `field` equals `value`, in no particular order. */
export function entitiesWhere(root: Y.Map<YEntity>, field: string, value: unknown): YEntity[] {
  const doc = root.doc;
  if (!doc || changedInTransaction(doc, root)) {
    const out: YEntity[] = [];
    for (const entity of root.values()) if (entity.get(field) === value) out.push(entity);
    return out;
  }
  let indexes = perDoc.get(doc);
  if (!indexes) {
    const created = new Map<unknown, RootIndex>();
    indexes = created;
    perDoc.set(doc, created);
    doc.on('beforeObserverCalls', (transaction: Y.Transaction) => onTransaction(created, transaction));
  }
  let index = indexes.get(root);
  if (!index) {
    index = { root, byKey: new Map(), fields: new Map() };
    indexes.set(root, index);
    for (const [key, entity] of root.entries()) index.byKey.set(key, entity);
  }
  let fieldIndex = index.fields.get(field);
  if (!fieldIndex) {
    fieldIndex = { byValue: new Map(), valueOf: new Map() };
    index.fields.set(field, fieldIndex);
    for (const entity of index.byKey.values()) file(fieldIndex, field, entity);
  }
  return [...(fieldIndex.byValue.get(value) ?? [])];
}

/** The key an entity is stored under in its root map (its id). */
export function keyOf(entity: YEntity): string {
  const key = entity._item?.parentSub;
  return typeof key === 'string' ? key : String(entity.get('id'));
}
