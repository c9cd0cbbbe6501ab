import * as Y from 'yjs';
import { DOC_SCHEMA_VERSION, projectMetaSchema } from '../domain/project-meta';
import { recordTypeFor } from '../domain/registry';
import { fail, ok, type Result } from '../result';
import { DAMAGED, NEWER_APP } from './container';
import { checkRecord, fileProblemWords, FORBIDDEN_KEYS, isPlainData } from './record-check';

/** Something in a project this version does not know, and what the gate does with it. */
export type UnknownPart =
  | { kind: 'remove'; collection: string; id: string; field: string }
  | { kind: 'replace'; collection: string; id: string; field: string; key?: string; value: unknown };

export interface ProjectInspection {
  name: string;
  /** Live records of each kind. */
  counts: Record<string, number>;
  /** Fields (and parts of values) this version does not know: the gate leaves them out. */
  unknown: UnknownPart[];
  /** "people.consent": fields held in a shape older versions wrote, which still reads. */
  legacy: string[];
}

const META = 'meta';
const META_FIELDS = new Set(Object.keys(projectMetaSchema.shape));

/**
 * Checks every part of a decoded project, as the app itself writes it: its details, and
 * each record of each kind. Reads only; returns what to leave out rather than changing it.
 */
export function inspectProject(doc: Y.Doc, projectId: string): Result<ProjectInspection> {
  if (doc.store.pendingStructs) return fail('This file does not hold a whole project: parts of it are missing, so nothing was restored.');
  if (!doc.share.has(META)) return fail('This file holds no project details, so nothing was restored. It was not made by Common Ground.');
  for (const [name, type] of doc.share) {
    if (name !== META && !recordTypeFor(name)) {
      return fail('This backup holds kinds of information this version of Common Ground does not know. Update the app on this device, then try again.');
    }
    // Top-level maps never hold list content; if they do, the file was made by something else.
    if (type._start !== null) return fail(DAMAGED);
  }
  const unknown: UnknownPart[] = [];
  const legacy = new Set<string>();
  const meta = checkMeta(doc.getMap(META), projectId, unknown);
  if (!meta.ok) return meta;

  const counts: Record<string, number> = {};
  for (const name of doc.share.keys()) {
    if (name === META) continue;
    const type = recordTypeFor(name)!;
    let count = 0;
    for (const [id, item] of doc.getMap(name)._map) {
      if (item.deleted) continue;
      if (FORBIDDEN_KEYS.has(id)) return fail(`One ${type.noun} in this file has a name Common Ground never uses, so nothing was restored. The file was not made by Common Ground.`);
      const content = item.content;
      const record = content instanceof Y.ContentType ? content.type : null;
      const verdict = checkRecord(type, id, record);
      if (!verdict.ok) return fail(fileProblemWords(verdict.problem));
      count++;
      for (const field of verdict.value.unknownFields) unknown.push({ kind: 'remove', collection: name, id, field });
      for (const part of verdict.value.trimmed) unknown.push({ kind: 'replace', collection: name, id, ...part });
      for (const field of verdict.value.legacy) legacy.add(`${name}.${field}`);
    }
    counts[name] = count;
  }
  return ok({ name: meta.value, counts, unknown, legacy: [...legacy] });
}

/** The project's details: plain values only, the fields this version knows. Returns the project's name. */
function checkMeta(meta: Y.Map<unknown>, projectId: string, unknown: UnknownPart[]): Result<string> {
  const raw: Record<string, unknown> = {};
  for (const [key, item] of meta._map) {
    if (item.deleted) continue;
    if (FORBIDDEN_KEYS.has(key)) return fail('This file’s project details have a part whose name Common Ground never uses, so nothing was restored.');
    const content = item.content;
    if (!(content instanceof Y.ContentAny) || content.getLength() !== 1 || !isPlainData(content.getContent()[0])) {
      return fail('This file’s project details are not stored the way Common Ground stores them, so nothing was restored.');
    }
    if (!META_FIELDS.has(key)) unknown.push({ kind: 'remove', collection: META, id: '', field: key });
    else raw[key] = content.getContent()[0];
  }
  const parsed = projectMetaSchema.safeParse(raw);
  if (!parsed.success || parsed.data.id !== projectId) return fail('This file’s project details are missing or not valid, so nothing was restored.');
  if (parsed.data.schemaVersion > DOC_SCHEMA_VERSION) return fail(NEWER_APP);
  return ok(parsed.data.name);
}
