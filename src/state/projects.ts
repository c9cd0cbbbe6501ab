import { t } from '@lingui/core/macro';
import { setProjectArchived, updateProjectDetails, type ProjectDetails } from '../core/commands/project';
import { createProject, deleteProjectData } from '../core/projects/project-list';
import { generateReferenceProject } from '../core/reference/generate';
import { YEAR_OF_USE } from '../core/reference/sizes';
import { todayIso } from '../core/ids';
import { fail, ok, type Result } from '../core/result';
import { db } from './app-db';
import { docStores } from './doc-stores';
import { closeProjectSession, getProjectSession } from './project-sessions';
import { requestPersistentStorage } from './storage';

export async function startProject(details: ProjectDetails): Promise<Result<string>> {
  const created = await createProject(db, details, undefined, docStores);
  if (!created.ok) return created;
  await created.value.close();
  void requestPersistentStorage();
  return ok(created.value.projectId);
}

/** Creates the example project: a year in the life of a carers' group, starting half a year ago. */
export async function startExampleProject(): Promise<Result<string>> {
  const created = await createProject(db, { name: t`Better Days Carers Group (example)`, purpose: t`An example project to explore` }, undefined, docStores);
  if (!created.ok) return created;
  const session = created.value;
  const start = new Date(Date.now() - 26 * 7 * 86_400_000);
  start.setDate(start.getDate() - ((start.getDay() + 5) % 7)); // a Tuesday
  generateReferenceProject(session.doc, { size: YEAR_OF_USE, startDate: start.toISOString().slice(0, 10), asOf: todayIso() });
  await session.store.whenSaved();
  await session.projector.settled();
  await session.close();
  void requestPersistentStorage();
  return ok(session.projectId);
}

export async function renameProject(projectId: string, details: Partial<ProjectDetails>): Promise<Result<void>> {
  const session = await getProjectSession(projectId);
  const result = updateProjectDetails(session.doc, details);
  if (!result.ok) return result;
  await session.projector.settled();
  return ok(undefined);
}

export async function archiveProject(projectId: string, archived: boolean): Promise<Result<void>> {
  const session = await getProjectSession(projectId);
  const result = setProjectArchived(session.doc, archived);
  if (!result.ok) return result;
  await session.projector.settled();
  return ok(undefined);
}

export async function deleteProject(projectId: string): Promise<Result<void>> {
  try {
    await closeProjectSession(projectId);
    await deleteProjectData(db, projectId, docStores);
    return ok(undefined);
  } catch {
    return fail(t`The project could not be deleted from this device. Close other tabs using it and try again.`);
  }
}
