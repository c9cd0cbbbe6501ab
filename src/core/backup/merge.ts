import * as Y from 'yjs';
import { createProjectDoc, locateRecord, plainValue, topLevelName } from '../doc/project-doc';
import { projectMetaSchema } from '../domain/project-meta';
import { recordTypeFor } from '../domain/registry';
import { fail, ok, type Result } from '../result';
import { sameBytes } from '../sync/encoding';
import { fieldWords } from './field-words';
import { checkRecord, type RecordProblem } from './record-check';
import type { CheckedProject } from './restore';

/*
 * A file checked on its own can still do harm when merged: a delete set can remove records
 * the file never held, a change can meet another change and leave a record that breaks its
 * rules (a meeting ending before it starts), and anything it changes is changed without a
 * word. So a merge is planned first, in a scratch copy of the project as it is on this
 * device: every record the merge touches is checked as it would be afterwards, and the plan
 * says what will be added, changed and removed. Nothing is written until the facilitator
 * has seen that, and removals need their own yes.
 */

/** Marks changes that came from a file, so sync and saving treat them like any other change. */
export const FILE_ORIGIN = { kind: 'file' } as const;

export interface RecordChange {
  collection: string;
  noun: string;
  id: string;
  kind: 'add' | 'change' | 'remove';
  /** The record's name or title as this device has it (as the file has it, for a new one). */
  label: string | null;
  /** For a change: the fields that differ. */
  fields: string[];
  /** For a member who is removed: the file records that they were erased on another device. */
  erased?: true;
}

export interface MergePlan {
  readonly projectId: string;
  readonly changes: readonly RecordChange[];
  /** Project details the merge changes: "name", "purpose". */
  readonly details: readonly string[];
  /** How many records the merge removes. */
  readonly removes: number;
  /** True when the file holds nothing this device does not have. */
  readonly nothingNew: boolean;
  readonly project: CheckedProject;
  /** The project's state on this device when the plan was made. */
  readonly basis: Uint8Array;
}

export type MergeResult = { ok: true; value: { changed: boolean } } | { ok: false; message: string; removes?: number };

const OTHER_PROJECT = 'This backup is of a different project, so it was not merged into this one.';
const COULD_NOT = 'The backup could not be merged into this project. Try the file again, or restore it on its own.';

/** Works out, without writing anything, what merging a checked file into this project would do. */
export function planMerge(doc: Y.Doc, project: CheckedProject): Result<MergePlan> {
  if (doc.guid !== project.projectId) return fail(OTHER_PROJECT);
  const basis = Y.encodeStateVector(doc);
  // The common case of a file this device already has in full needs no scratch copy.
  if (holdsNothingNew(doc, Y.diffUpdate(project.update, basis))) return ok({ projectId: doc.guid, changes: [], details: [], removes: 0, nothingNew: true, project, basis });
  const scratch = createProjectDoc(doc.guid);
  const touched = new Map<string, Set<string>>();
  const note = (collection: string, id: string) => {
    let ids = touched.get(collection);
    if (!ids) touched.set(collection, (ids = new Set()));
    ids.add(id);
  };
  const onTransaction = (tr: Y.Transaction) => {
    for (const [type, keys] of tr.changed) {
      if (type._item === null) {
        const name = topLevelName(scratch, type);
        if (name) for (const key of keys) if (key !== null) note(name, key);
      } else {
        const where = locateRecord(type, scratch);
        if (where) note(where.collection, where.id);
      }
    }
  };
  try {
    Y.applyUpdate(scratch, Y.encodeStateAsUpdate(doc));
    scratch.on('afterTransaction', onTransaction);
    Y.applyUpdate(scratch, project.update);
    scratch.off('afterTransaction', onTransaction);
    return describe(doc, scratch, touched, project, basis);
  } catch {
    return fail(COULD_NOT);
  } finally {
    scratch.destroy();
  }
}

function describe(doc: Y.Doc, merged: Y.Doc, touched: Map<string, Set<string>>, project: CheckedProject, basis: Uint8Array): Result<MergePlan> {
  const changes: RecordChange[] = [];
  let details: string[] = [];
  for (const [collection, ids] of touched) {
    if (collection === 'meta') {
      const checked = checkDetails(doc, merged, ids);
      if (!checked.ok) return checked;
      details = checked.value;
      continue;
    }
    const type = recordTypeFor(collection);
    if (!type) return fail('This backup holds kinds of information this version of Common Ground does not know. Update the app on this device, then try again.');
    for (const id of [...ids].sort()) {
      const before = recordIn(doc, collection, id);
      const after = recordIn(merged, collection, id);
      const was = before && plainRecord(before);
      const will = after && plainRecord(after);
      if (!was && !will) continue;
      if (was && will && JSON.stringify(sorted(was)) === JSON.stringify(sorted(will))) continue;
      if (after) {
        const verdict = checkRecord(type, id, after);
        // A record that was already broken here is not the file's doing; one the merge breaks is.
        if (!verdict.ok && (!before || checkRecord(type, id, before).ok)) return fail(mergeProblemWords(verdict.problem));
      }
      const fields = was && will ? [...new Set([...Object.keys(was), ...Object.keys(will)])].filter((f) => JSON.stringify(sorted(was[f])) !== JSON.stringify(sorted(will[f]))).sort() : [];
      changes.push({ collection, noun: type.noun, id, kind: !was ? 'add' : !will ? 'remove' : 'change', label: labelOf(was ?? will!), fields });
    }
  }
  const erased = erasedPeople(merged);
  for (const c of changes) if (c.kind === 'remove' && c.collection === 'people' && erased.has(c.id)) c.erased = true;
  const removes = changes.filter((c) => c.kind === 'remove').length;
  return ok({ projectId: doc.guid, changes, details, removes, nothingNew: changes.length === 0 && details.length === 0, project, basis });
}

/** The project's details after the merge must still be valid; returns the ones that change. */
function checkDetails(doc: Y.Doc, merged: Y.Doc, keys: Set<string>): Result<string[]> {
  const before = doc.share.has('meta') ? doc.getMap('meta') : null;
  const after = merged.getMap('meta');
  const changed = [...keys].filter((k) => JSON.stringify(before?.get(k)) !== JSON.stringify(after.get(k))).sort();
  if (changed.length && !projectMetaSchema.safeParse(after.toJSON()).success) {
    return fail('Merging this file would leave the project’s own details not valid, so nothing was changed.');
  }
  return ok(changed);
}

/**
 * Applies a plan made a moment ago. When the project changed since (a change typed here, or
 * one arriving by sync), the plan is made again; if that would now remove something the
 * facilitator was not told about, nothing is written.
 */
export function applyMerge(doc: Y.Doc, plan: MergePlan, options: { allowRemovals?: boolean } = {}): MergeResult {
  if (doc.guid !== plan.projectId) return fail(OTHER_PROJECT);
  let current = plan;
  if (!sameBytes(Y.encodeStateVector(doc), plan.basis)) {
    const again = planMerge(doc, plan.project);
    if (!again.ok) return again;
    const told = new Set(plan.changes.filter((c) => c.kind === 'remove').map((c) => `${c.collection}/${c.id}`));
    if (again.value.changes.some((c) => c.kind === 'remove' && !told.has(`${c.collection}/${c.id}`))) {
      return { ok: false, message: 'This project changed while you were looking at the file, and merging it would now remove something else. Choose the file again to see what it would do.', removes: again.value.removes };
    }
    current = again.value;
  }
  if (current.removes > 0 && !options.allowRemovals) {
    return { ok: false, message: `Merging this file removes ${current.removes === 1 ? 'a record' : `${current.removes} records`} from this project. Nothing was changed: say yes to the removal first.`, removes: current.removes };
  }
  let changed = false;
  const onUpdate = () => (changed = true);
  doc.on('update', onUpdate);
  try {
    Y.applyUpdate(doc, Y.diffUpdate(current.project.update, Y.encodeStateVector(doc)), FILE_ORIGIN);
  } catch {
    return fail(COULD_NOT);
  } finally {
    doc.off('update', onUpdate);
  }
  return ok({ changed });
}

/** True when an update (already cut down to what the doc lacks) adds no content and deletes only what the doc has deleted. */
function holdsNothingNew(doc: Y.Doc, diff: Uint8Array): boolean {
  const { structs, ds } = Y.decodeUpdate(diff);
  if (structs.length > 0) return false;
  if (ds.clients.size === 0) return true;
  const deleted = Y.createDeleteSetFromStructStore(doc.store).clients;
  for (const [client, ranges] of ds.clients) {
    const have = deleted.get(client) ?? [];
    for (const range of ranges) {
      if (!have.some((h) => h.clock <= range.clock && range.clock + range.len <= h.clock + h.len)) return false;
    }
  }
  return true;
}

function mergeProblemWords(p: RecordProblem): string {
  const which = p.field ? ` (its “${fieldWords(p.field)}”)` : '';
  const why = p.kind === 'rule' && p.reason ? ` ${p.reason}` : '';
  return `Merging this file would leave one ${p.noun} that cannot be used${which}.${why} Nothing was changed. Change that ${p.noun} on this device or on the other one, make a new backup there, and try again.`;
}

/** People the project records as erased (their erasure records survive them). */
function erasedPeople(doc: Y.Doc): Set<string> {
  const out = new Set<string>();
  if (!doc.share.has('erasures')) return out;
  doc.getMap('erasures').forEach((record) => {
    const personId = record instanceof Y.Map ? record.get('personId') : undefined;
    if (typeof personId === 'string') out.add(personId);
  });
  return out;
}

function recordIn(doc: Y.Doc, collection: string, id: string): Y.Map<unknown> | undefined {
  if (!doc.share.has(collection)) return undefined;
  const value = doc.getMap(collection).get(id);
  return value instanceof Y.Map ? value : undefined;
}

function plainRecord(record: Y.Map<unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of record.entries()) out[key] = plainValue(value);
  return out;
}

function sorted(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sorted);
  if (value && typeof value === 'object') return Object.fromEntries(Object.keys(value).sort().map((k) => [k, sorted((value as Record<string, unknown>)[k])]));
  return value;
}

function labelOf(record: Record<string, unknown>): string | null {
  for (const field of ['name', 'title', 'what', 'heading']) {
    const value = record[field];
    if (typeof value === 'string' && value.trim()) return value.length > 80 ? `${value.slice(0, 79)}…` : value;
  }
  return null;
}
