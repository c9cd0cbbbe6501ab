import { signal } from '@preact/signals';
import { openProjectSession, type ProjectSession } from '../core/projects/project-session';
import { db } from './app-db';
import { docStores } from './doc-stores';
import { saveStateSignal } from './save-states';

/** Open projects on this device, shared by every screen; opened once and kept for the visit. */
const sessions = new Map<string, Promise<ProjectSession>>();
const openListeners = new Set<(session: ProjectSession) => void>();
/** The projects already open, for screens that use a session when there is one but never open it. */
const opened = signal<ReadonlyMap<string, ProjectSession>>(new Map());

export function openedSession(projectId: string): ProjectSession | undefined {
  return opened.value.get(projectId);
}

export function getProjectSession(projectId: string): Promise<ProjectSession> {
  let session = sessions.get(projectId);
  if (!session) {
    session = openProjectSession(db, projectId, docStores).then((s) => {
      const state = saveStateSignal(projectId);
      state.value = s.store.saveState;
      s.store.onSaveState((next) => (state.value = next));
      opened.value = new Map(opened.value).set(projectId, s);
      for (const listener of openListeners) listener(s);
      return s;
    });
    session.catch(() => sessions.delete(projectId));
    sessions.set(projectId, session);
  }
  return session;
}

/** Lets other parts (such as sync) know whenever a project is opened on this device. */
export function onProjectOpened(listener: (session: ProjectSession) => void): () => void {
  openListeners.add(listener);
  return () => openListeners.delete(listener);
}

/** Closes a project (before deleting it from the device). */
export async function closeProjectSession(projectId: string): Promise<void> {
  const session = sessions.get(projectId);
  sessions.delete(projectId);
  if (opened.value.has(projectId)) {
    const rest = new Map(opened.value);
    rest.delete(projectId);
    opened.value = rest;
  }
  if (session) await (await session).close();
}
