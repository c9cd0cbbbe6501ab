import * as Y from 'yjs';
import type { z } from 'zod';
import { collectionMap, getRecordMap, readRawRecord, type RecordMap } from '../doc/project-doc';
import { explain } from '../domain/fields';
import { parseStoredRecord } from '../domain/parse-record';
import type { BaseRecord, RecordType } from '../domain/record-type';
import { newId } from '../ids';
import { fail, ok, type Result } from '../result';
import { spliceBetween } from '../text/splice';

/** Marks transactions made by commands on this device (remote and storage updates have other origins). */
export const LOCAL_ORIGIN = { kind: 'command' } as const;

/** Runs `fn` as one doc transaction tagged as a local command. */
export function transact<T>(doc: Y.Doc, fn: () => T): T {
  let result!: T;
  doc.transact(() => {
    result = fn();
  }, LOCAL_ORIGIN);
  return result;
}

type Input<T extends RecordType> = Omit<z.input<T['schema']>, 'id' | 'v' | 'createdAt'> & { id?: string; createdAt?: string };

/** Validates a new record and adds it to the doc. Nothing is written if it is not valid. */
export function insertRecord<T extends RecordType>(doc: Y.Doc, type: T, input: Input<T>): Result<z.infer<T['schema']>> {
  const candidate = { ...input, id: input.id ?? newId(), v: type.version, createdAt: input.createdAt ?? new Date().toISOString() };
  const parsed = type.schema.safeParse(candidate);
  if (!parsed.success) return fail(explain(parsed.error));
  const record = parsed.data as BaseRecord;
  const map = collectionMap(doc, type.collection);
  if (map.has(record.id)) return fail(`That ${type.noun} already exists.`);
  transact(doc, () => {
    const ymap: RecordMap = new Y.Map();
    map.set(record.id, ymap);
    writeFields(ymap, type, record as unknown as Record<string, unknown>);
    // Made now, even empty, so the first entries written on two devices offline land in one map.
    for (const field of type.mapFields ?? []) if (!ymap.has(field)) ymap.set(field, new Y.Map());
  });
  return ok(record as z.infer<T['schema']>);
}

/**
 * Changes some fields of a record. Only fields whose value differs are written, so two
 * facilitators editing different fields of the same record offline both keep their edit.
 * `undefined` in the patch removes an optional field.
 */
export function updateRecord<T extends RecordType>(
  doc: Y.Doc,
  type: T,
  id: string,
  patch: Partial<Omit<z.input<T['schema']>, 'id' | 'v' | 'createdAt'>>,
): Result<z.infer<T['schema']>> {
  const ymap = getRecordMap(doc, type, id);
  if (!ymap) return fail(`That ${type.noun} is no longer here. It may have been erased on another device.`);
  const current = parseStoredRecord(type, readRawRecord(ymap));
  if (!current.ok) return current;
  const merged: Record<string, unknown> = { ...current.value, ...patch, id, v: type.version, createdAt: current.value.createdAt };
  for (const [k, v] of Object.entries(patch)) if (v === undefined) delete merged[k];
  const parsed = type.schema.safeParse(merged);
  if (!parsed.success) return fail(explain(parsed.error));
  const next = parsed.data as unknown as Record<string, unknown>;
  transact(doc, () => {
    for (const key of Object.keys(patch)) {
      if (!(key in next)) ymap.delete(key);
    }
    writeFields(ymap, type, next, current.value as unknown as Record<string, unknown>);
  });
  return ok(parsed.data as z.infer<T['schema']>);
}

export function archiveRecord(doc: Y.Doc, type: RecordType, id: string, archived = true): Result<void> {
  const ymap = getRecordMap(doc, type, id);
  if (!ymap) return fail(`That ${type.noun} is no longer here.`);
  transact(doc, () => {
    if (archived) ymap.set('archived', true);
    else ymap.delete('archived');
  });
  return ok(undefined);
}

/** Removes a record entirely. Only for erasure; ordinary deletes archive. */
export function removeRecord(doc: Y.Doc, type: RecordType, id: string): void {
  transact(doc, () => collectionMap(doc, type.collection).delete(id));
}



function writeFields(ymap: RecordMap, type: RecordType, next: Record<string, unknown>, previous?: Record<string, unknown>) {
  const textFields = new Set(type.textFields ?? []);
  const mapFields = new Set(type.mapFields ?? []);
  for (const [key, value] of Object.entries(next)) {
    if (value === undefined) continue;
    if (textFields.has(key) && typeof value === 'string') {
      const existing = ymap.get(key);
      if (existing instanceof Y.Text) applyTextChange(existing, value);
      else ymap.set(key, new Y.Text(value));
      continue;
    }
    if (previous && key in previous && sameValue(previous[key], value)) continue;
    if (mapFields.has(key) && value !== null && typeof value === 'object' && !Array.isArray(value)) {
      writeMapField(ymap, key, value as Record<string, unknown>);
      continue;
    }
    ymap.set(key, value);
  }
}

/** Changes a map field key by key, so a change to one key never undoes another device's change to a different one. */
function writeMapField(ymap: RecordMap, key: string, value: Record<string, unknown>) {
  let map = ymap.get(key);
  if (!(map instanceof Y.Map)) {
    map = new Y.Map<unknown>();
    ymap.set(key, map);
  }
  const entries = map as Y.Map<unknown>;
  for (const [k, v] of Object.entries(value)) if (v !== undefined && !sameValue(entries.get(k), v)) entries.set(k, v);
  for (const k of [...entries.keys()]) if (value[k] === undefined) entries.delete(k);
}

/** Edits a Y.Text to become `next` by changing only the part that differs, so concurrent typing merges. */
export function applyTextChange(text: Y.Text, next: string) {
  const splice = spliceBetween(text.toString(), next);
  if (!splice) return;
  if (splice.remove > 0) text.delete(splice.index, splice.remove);
  if (splice.insert) text.insert(splice.index, splice.insert);
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}

// Readers live in core/read. Until the pack, erasure and sync code import them from there
// (MIGRATION.md), they are passed on from here too.
export { readAll, readRecord } from '../read/records';
