import * as Y from 'yjs';
import { topLevelName } from '../doc/project-doc';
import { recordTypeFor } from '../domain/registry';
import { SYNC_ORIGIN } from './envelope';

/**
 * Two devices changed the same field while apart. Yjs keeps one value everywhere (the same
 * one on every device) and drops the other; this remembers the dropped one so a
 * facilitator can see it and bring it back.
 */
export interface FieldConflict {
  /** Stable: the same conflict found on two devices has the same id. */
  id: string;
  /** A record collection, or "meta" for the project's own details. */
  collection: string;
  /** The record's id ("" for the project's details). */
  recordId: string;
  field: string;
  /** The value every device now has. `undefined` when the field is empty. */
  kept: unknown;
  /** The value that was dropped. */
  other: unknown;
  /** When this device noticed. */
  at: string;
}

export const PROJECT_DETAILS = 'meta';

/** Fields that are bookkeeping, not something a person typed. */
const NOT_A_CHOICE = new Set(['id', 'v', 'createdAt']);

/**
 * Finds values that lost to a change made on another device at the same time, in a
 * transaction that applied other devices' changes. Must run before Yjs clears deleted
 * content, i.e. in 'afterTransaction'.
 *
 * A value lost in a conflict when it was replaced by a value written without knowing it:
 * no later write for that field has it as its origin. Values replaced knowingly (someone
 * saw it and changed it) are ordinary edits.
 */
export function findConflicts(doc: Y.Doc, transaction: Y.Transaction, now = new Date(), isRecords: (collection: string) => boolean = isRecordCollection): FieldConflict[] {
  const found: FieldConflict[] = [];
  const at = now.toISOString();
  Y.iterateDeletedStructs(transaction, transaction.deleteSet, (struct) => {
    if (!(struct instanceof Y.Item) || struct.parentSub === null) return;
    const parent = struct.parent as Y.AbstractType<unknown>;
    const key = struct.parentSub;
    const winner = parent._map.get(key);
    if (!winner || winner === struct || winner.deleted) return; // cleared, or not replaced
    if (knownLater(struct)) return;

    if (parent._item === null) {
      const name = topLevelName(doc, parent);
      if (name === PROJECT_DETAILS) {
        pushIfDifferent(found, { collection: PROJECT_DETAILS, recordId: '', field: key, kept: currentValue(winner), other: droppedValue(struct), loser: struct, at });
      } else if (name && isRecords(name) && struct.content instanceof Y.ContentType && winner.content instanceof Y.ContentType) {
        // The same record was created on two devices (attendance ids are meeting:person).
        const lost = struct.content.type as Y.AbstractType<unknown>;
        const kept = winner.content.type as Y.AbstractType<unknown>;
        for (const [field, item] of lost._map) {
          if (NOT_A_CHOICE.has(field)) continue;
          const keptItem = kept._map.get(field);
          const keptValue = keptItem && !keptItem.deleted ? currentValue(keptItem) : undefined;
          pushIfDifferent(found, { collection: name, recordId: key, field, kept: keptValue, other: droppedValue(item), loser: item, at });
        }
      }
      return;
    }

    const record = parent._item;
    if (record.deleted || record.parentSub === null) return; // the whole record went, or not a record
    const collectionType = record.parent as Y.AbstractType<unknown>;
    if (collectionType._item !== null) return;
    const collection = topLevelName(doc, collectionType);
    if (!collection || !isRecords(collection) || NOT_A_CHOICE.has(key)) return;
    pushIfDifferent(found, { collection, recordId: record.parentSub, field: key, kept: currentValue(winner), other: droppedValue(struct), loser: struct, at });
  });
  return found;
}

const isRecordCollection = (collection: string) => recordTypeFor(collection) !== undefined;

export interface WatchOptions {
  /** Which transactions bring other devices' changes (default: sync's). A backup merge can pass its own. */
  isRemote?: (origin: unknown) => boolean;
  /** Which top-level maps hold records (default: the registered record types). */
  isRecords?: (collection: string) => boolean;
}

/** Calls `onFound` with conflicts in every transaction that applies other devices' changes. */
export function watchConflicts(doc: Y.Doc, onFound: (conflicts: FieldConflict[]) => void, options: WatchOptions = {}): () => void {
  const isRemote = options.isRemote ?? ((origin: unknown) => origin === SYNC_ORIGIN);
  const listener = (transaction: Y.Transaction) => {
    if (!isRemote(transaction.origin) || transaction.deleteSet.clients.size === 0) return;
    const found = findConflicts(doc, transaction, new Date(), options.isRecords);
    if (found.length) onFound(found);
  };
  doc.on('afterTransaction', listener);
  return () => doc.off('afterTransaction', listener);
}

/** True when a later write for the same field was made by someone who had seen this value. */
function knownLater(item: Y.Item): boolean {
  const last = item.lastId;
  for (let next = item.right; next; next = next.right) {
    if (next.origin && next.origin.client === last.client && next.origin.clock === last.clock) return true;
  }
  return false;
}

const DROPPED = Symbol('dropped');

/** The value of a live field. */
function currentValue(item: Y.Item): unknown {
  const content = item.content;
  if (content instanceof Y.ContentType) {
    const type = content.type;
    return type instanceof Y.Text ? type.toString() : type.toJSON();
  }
  if (content instanceof Y.ContentAny || content instanceof Y.ContentJSON) return content.getContent()[0];
  return DROPPED;
}

/** The value of a field that was just dropped (its content is still there until the transaction ends). */
function droppedValue(item: Y.Item): unknown {
  const content = item.content;
  if (content instanceof Y.ContentAny || content instanceof Y.ContentJSON) return content.getContent()[0];
  if (content instanceof Y.ContentType && content.type instanceof Y.Text) {
    let text = '';
    for (let n = content.type._start; n; n = n.right) if (n.content instanceof Y.ContentString) text += n.content.str;
    return text;
  }
  return DROPPED; // already cleared, or a kind of value records do not hold
}

function pushIfDifferent(found: FieldConflict[], c: Omit<FieldConflict, 'id'> & { loser: Y.Item }) {
  if (c.other === DROPPED || c.kept === DROPPED || sameValue(c.kept, c.other)) return;
  const { loser, ...rest } = c;
  found.push({ ...rest, id: `${c.collection}/${c.recordId}/${c.field}/${loser.id.client}:${loser.id.clock}` });
}

export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  return stableJson(a) === stableJson(b);
}

function stableJson(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([x], [y]) => (x < y ? -1 : 1))) : v,
  );
}
