import type { ProjectSession } from '../core/projects/project-session';
import type { FieldConflict } from '../core/sync/conflicts';
import { isStillOpen, loadConflicts } from '../core/sync/conflict-store';
import { db } from './app-db';
import { useLiveQuery } from './use-live-query';

/** The project's fields changed on two devices at once whose two values still differ, kept live. */
export function useOpenConflicts(session: ProjectSession): FieldConflict[] {
  const all = useLiveQuery(() => loadConflicts(db, session.projectId), [session.projectId]);
  return (all ?? []).filter((c) => isStillOpen(session.doc, c));
}
