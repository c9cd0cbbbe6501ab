import { t } from '@lingui/core/macro';
import type * as Y from 'yjs';
import { readProjectMeta } from '../read/project';
import type { CommonGroundDb } from '../db/database';
import type { DocStores } from '../doc/doc-store';
import { indexeddbDocStores } from '../doc/indexeddb-doc-store';
import type { ProjectSession } from '../projects/project-session';
import { deleteProjectData } from '../projects/project-list';
import { fail, ok, type Result } from '../result';
import { applyMerge, planMerge, type MergePlan, type MergeResult } from './merge';
import type { CheckedProject } from './restore';

/**
 * Merges a checked project into a project doc, through a merge plan (see merge.ts): refused
 * when the result would hold a record that breaks its rules, and, unless `allowRemovals`,
 * when it would remove records. Yjs updates are idempotent and commutative, so anything
 * already here is unchanged and anything new from the file is added; edits on both sides are
 * kept. Returns whether anything changed.
 */
export function mergeCheckedProject(doc: Y.Doc, project: CheckedProject, options: { allowRemovals?: boolean } = {}): MergeResult {
  const plan = planMerge(doc, project);
  return plan.ok ? applyMerge(doc, plan.value, options) : plan;
}

export interface RestoreOnDevice {
  db: CommonGroundDb;
  /** Where this device keeps project docs (IndexedDB unless a test gives another). */
  stores?: DocStores;
  /** Opens (or returns the already open) project on this device, for merging. */
  openSession(projectId: string): Promise<ProjectSession>;
}

export interface Restored {
  projectId: string;
  name: string;
  /** "created": the project was new to this device; "merged": it was here, and the file's changes were added. */
  outcome: 'created' | 'merged';
  changed: boolean;
}

/**
 * Puts a checked project on this device: a new project if it is not here yet, otherwise a
 * merge into the one that is, following `plan` when the screen showed one (a plan made
 * against the project as it is here now; see merge.ts). A failed write leaves the device as
 * it was.
 */
export async function restoreOnDevice(
  device: RestoreOnDevice,
  project: CheckedProject,
  options: { plan?: MergePlan; allowRemovals?: boolean } = {},
): Promise<Result<Restored> & { removes?: number }> {
  const existing = await device.db.projects.get(project.projectId);
  if (existing) {
    let session: ProjectSession;
    try {
      session = await device.openSession(project.projectId);
    } catch {
      return fail(t`The project on this device could not be opened to merge the changes in. Close other tabs with Common Ground open, then try again.`);
    }
    const merged = options.plan ? applyMerge(session.doc, options.plan, options) : mergeCheckedProject(session.doc, project, options);
    if (!merged.ok) return merged;
    try {
      await session.store.whenSaved();
    } catch {
      return fail(t`The merged changes could not be saved on this device yet. Free some space, then tap “Try again” at the top of the screen.`);
    }
    await session.projector.settled();
    return ok({ projectId: project.projectId, name: existing.name, outcome: 'merged', changed: merged.value.changed });
  }
  const meta = readProjectMeta(project.scratch);
  if (!meta) return fail(t`This project’s details could not be read, so nothing was restored.`);
  const stores = device.stores ?? indexeddbDocStores;
  try {
    await stores.seed(project.projectId, project.update);
    // The list entry goes in last, so a failed write never shows a half-restored project.
    // The projection is built when the project is first opened, as for any project whose
    // projection is missing (for a very large project that takes a few seconds).
    const now = new Date().toISOString();
    await device.db.projects.put({ id: meta.id, name: meta.name, purpose: meta.purpose, archived: meta.archived, createdAt: meta.createdAt, updatedAt: now });
  } catch {
    await deleteProjectData(device.db, project.projectId, stores).catch(() => undefined);
    return fail(t`The project could not be saved on this device. It may be out of storage space. Nothing was kept.`);
  }
  return ok({ projectId: project.projectId, name: project.name, outcome: 'created', changed: true });
}
