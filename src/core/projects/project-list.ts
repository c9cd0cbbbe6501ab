import type { CommonGroundDb } from '../db/database';
import { initialiseProject, type ProjectDetails } from '../commands/project';
import type { DocStores } from '../doc/doc-store';
import { indexeddbDocStores } from '../doc/indexeddb-doc-store';
import { newId } from '../ids';
import { fail, ok, type Result } from '../result';
import { forgetProjectSettings } from '../settings/store';
import { openProjectSession, type ProjectSession } from './project-session';

/** Creates a project on this device and returns it open. Nothing is kept if the details are not valid. */
export async function createProject(db: CommonGroundDb, details: ProjectDetails, id = newId('p'), stores: DocStores = indexeddbDocStores): Promise<Result<ProjectSession>> {
  const session = await openProjectSession(db, id, stores);
  const result = initialiseProject(session.doc, details);
  if (!result.ok) {
    await session.close();
    await deleteProjectData(db, id, stores);
    return fail(result.message);
  }
  await session.store.whenSaved();
  await session.projector.settled();
  return ok(session);
}

/** Removes a project and everything about it from this device. */
export async function deleteProjectData(db: CommonGroundDb, projectId: string, stores: DocStores = indexeddbDocStores): Promise<void> {
  await db.transaction('rw', [db.projects, db.records, db.projection, db.kioskQueue, db.projectKeys, db.settings], async () => {
    await db.records.where('[projectId+collection+id]').between([projectId, ''], [projectId, '\uffff']).delete();
    await db.projection.delete(projectId);
    await db.projects.delete(projectId);
    await db.kioskQueue.where('projectId').equals(projectId).delete();
    await db.projectKeys.delete(projectId);
    await forgetProjectSettings(db, projectId);
  });
  await stores.remove(projectId);
}
