import type { ProjectSession } from '../../core/projects/project-session';

/** Whether this project's changes have reached the other devices. Shown in every project header. */
export function SyncStatus(_props: { session: ProjectSession }) {
  return null;
}
