import type { ProjectSession } from '../core/projects/project-session';
import { SyncStatus } from '../features/sync/SyncStatus';
import { saveStateSignal } from '../state/save-states';
import { SaveStatus } from '../ui/SaveStatus';

/** Saved on this device? Reached the other devices? Shown at the top of every project screen. */
export function ProjectStatus({ session }: { session: ProjectSession }) {
  return (
    <div class="project-status">
      <SaveStatus state={saveStateSignal(session.projectId)} onRetry={() => session.store.reopen()} />
      <SyncStatus session={session} />
    </div>
  );
}
