import type * as Y from 'yjs';
import { metaMap } from '../doc/project-doc';
import { explain } from '../domain/fields';
import { DOC_SCHEMA_VERSION, projectMetaSchema, type ProjectMeta } from '../domain/project-meta';
import { fail, ok, type Result } from '../result';
import { readProjectMeta } from '../read/project';
import { transact } from './records';

export interface ProjectDetails {
  name: string;
  purpose?: string;
}

/** Writes a new project's details into an empty doc. */
export function initialiseProject(doc: Y.Doc, details: ProjectDetails, now = new Date()): Result<ProjectMeta> {
  const parsed = projectMetaSchema.safeParse({
    id: doc.guid,
    name: details.name,
    purpose: details.purpose ?? '',
    archived: false,
    createdAt: now.toISOString(),
    schemaVersion: DOC_SCHEMA_VERSION,
  });
  if (!parsed.success) return fail(explain(parsed.error));
  const meta = metaMap(doc);
  transact(doc, () => {
    for (const [k, v] of Object.entries(parsed.data)) meta.set(k, v);
  });
  return ok(parsed.data);
}


/** Renames the project or changes its one-line purpose. */
export function updateProjectDetails(doc: Y.Doc, details: Partial<ProjectDetails>): Result<ProjectMeta> {
  const current = readProjectMeta(doc);
  if (!current) return fail('This project’s details could not be read.');
  const parsed = projectMetaSchema.safeParse({ ...current, ...details });
  if (!parsed.success) return fail(explain(parsed.error));
  const meta = metaMap(doc);
  transact(doc, () => {
    if (parsed.data.name !== current.name) meta.set('name', parsed.data.name);
    if (parsed.data.purpose !== current.purpose) meta.set('purpose', parsed.data.purpose);
  });
  return ok(parsed.data);
}

export function setProjectArchived(doc: Y.Doc, archived: boolean): Result<void> {
  if (!readProjectMeta(doc)) return fail('This project’s details could not be read.');
  transact(doc, () => metaMap(doc).set('archived', archived));
  return ok(undefined);
}

// Until the backup, pack and sync code import it from core/read (MIGRATION.md).
export { readProjectMeta } from '../read/project';
