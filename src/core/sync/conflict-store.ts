import type * as Y from 'yjs';
import { updateProjectDetails } from '../commands/project';
import { updateRecord } from '../commands/records';
import type { CommonGroundDb } from '../db/database';
import { collectionMap, metaMap, plainValue, type RecordMap } from '../doc/project-doc';
import { recordTypeFor } from '../domain/registry';
import { fail, ok, type Result } from '../result';
import { PROJECT_DETAILS, sameValue, type FieldConflict } from './conflicts';

/**
 * Conflicts this device noticed, kept on the device (never synced): each device that saw
 * both values arrive remembers them. At most this many per project, newest kept.
 */
const MAX_KEPT = 200;

const settingKey = (projectId: string) => `sync-conflicts:${projectId}`;

function isConflict(value: unknown): value is FieldConflict {
  if (!value || typeof value !== 'object') return false;
  const c = value as Record<string, unknown>;
  return typeof c.id === 'string' && typeof c.collection === 'string' && typeof c.recordId === 'string' && typeof c.field === 'string' && typeof c.at === 'string';
}

export async function loadConflicts(db: CommonGroundDb, projectId: string): Promise<FieldConflict[]> {
  const row = await db.settings.get(settingKey(projectId));
  return Array.isArray(row?.value) ? row.value.filter(isConflict) : [];
}

export async function rememberConflicts(db: CommonGroundDb, projectId: string, found: FieldConflict[]): Promise<void> {
  if (found.length === 0) return;
  await db.transaction('rw', db.settings, async () => {
    const known = await loadConflicts(db, projectId);
    const ids = new Set(known.map((c) => c.id));
    const next = [...known, ...found.filter((c) => !ids.has(c.id))].slice(-MAX_KEPT);
    await db.settings.put({ key: settingKey(projectId), value: next });
  });
}

export async function forgetConflict(db: CommonGroundDb, projectId: string, id: string): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    const known = await loadConflicts(db, projectId);
    await db.settings.put({ key: settingKey(projectId), value: known.filter((c) => c.id !== id) });
  });
}

/** Drops remembered values of records that are gone (after an erasure), and of fields changed since. */
export async function forgetSettledConflicts(db: CommonGroundDb, projectId: string, doc: Y.Doc): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    const known = await loadConflicts(db, projectId);
    const open = known.filter((c) => isStillOpen(doc, c));
    if (open.length !== known.length) await db.settings.put({ key: settingKey(projectId), value: open });
  });
}

/** The field's value in the doc now, as plain data. */
export function fieldValue(doc: Y.Doc, collection: string, recordId: string, field: string): { exists: boolean; value: unknown } {
  if (collection === PROJECT_DETAILS) return { exists: true, value: plainValue(metaMap(doc).get(field)) };
  const record = collectionMap(doc, collection).get(recordId) as RecordMap | undefined;
  if (!record) return { exists: false, value: undefined };
  return { exists: true, value: plainValue(record.get(field)) };
}

/** Still worth showing: the record is there and the field still holds the value that was kept. */
export function isStillOpen(doc: Y.Doc, conflict: FieldConflict): boolean {
  const now = fieldValue(doc, conflict.collection, conflict.recordId, conflict.field);
  return now.exists && sameValue(now.value, conflict.kept);
}

/** Puts the dropped value back (as an ordinary, validated edit) and forgets the conflict. */
export async function restoreOtherValue(db: CommonGroundDb, projectId: string, doc: Y.Doc, conflict: FieldConflict): Promise<Result<void>> {
  if (!isStillOpen(doc, conflict)) {
    await forgetConflict(db, projectId, conflict.id);
    return fail('This has been changed again since, so the other value was not put back.');
  }
  let result: Result<unknown>;
  if (conflict.collection === PROJECT_DETAILS) {
    if (conflict.field !== 'name' && conflict.field !== 'purpose') return fail('That detail cannot be changed here.');
    result = updateProjectDetails(doc, { [conflict.field]: conflict.other as string });
  } else {
    const type = recordTypeFor(conflict.collection);
    if (!type) return fail('That kind of record is not known on this device.');
    result = updateRecord(doc, type, conflict.recordId, { [conflict.field]: conflict.other } as never);
  }
  if (!result.ok) return fail(`The other value could not be put back: ${result.message}`);
  await forgetConflict(db, projectId, conflict.id);
  return ok(undefined);
}
