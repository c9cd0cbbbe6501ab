import * as Y from 'yjs';
import type { z } from 'zod';
import { collectionMap, getRecordMap, readRawRecord } from '../doc/project-doc';
import { parseStoredRecord } from '../domain/parse-record';
import type { RecordType } from '../domain/record-type';

/**
 * Reading records straight from a project's doc, validated. Screens read the projection
 * (src/state); the doc is read by commands before they write, by editors that must follow
 * every keystroke, and by the pack, backup and sync, none of which need the write path.
 */

/** Reads and validates one record from the doc. */
export function readRecord<T extends RecordType>(doc: Y.Doc, type: T, id: string): z.infer<T['schema']> | undefined {
  const ymap = getRecordMap(doc, type, id);
  if (!ymap) return undefined;
  const parsed = parseStoredRecord(type, readRawRecord(ymap));
  return parsed.ok ? (parsed.value as z.infer<T['schema']>) : undefined;
}

/** All valid records of a type in the doc (archived ones included). */
export function readAll<T extends RecordType>(doc: Y.Doc, type: T): z.infer<T['schema']>[] {
  const out: z.infer<T['schema']>[] = [];
  collectionMap(doc, type.collection).forEach((ymap) => {
    if (!(ymap instanceof Y.Map)) return;
    const parsed = parseStoredRecord(type, readRawRecord(ymap));
    if (parsed.ok) out.push(parsed.value as z.infer<T['schema']>);
  });
  return out;
}
