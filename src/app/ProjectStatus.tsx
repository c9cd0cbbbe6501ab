import type { ProjectSession } from '../core/projects/project-session';
import { SyncStatus } from '../features/sync/SyncStatus';
import { saveStateSignal } from '../state/save-states';
import { SaveStatus } from '../ui/SaveStatus';

/** Saved on this device? Reached the other devices? Shown at the top of every project screen. */
export function ProjectStatus({ projectId, session }: { projectId: string; session: ProjectSession | undefined }) {
  return (
    <div class="project-status">
      <SaveStatus state={saveStateSignal(projectId)} onRetry={async () => session?.store.reopen()} />
      {session && <SyncStatus session={session} />}
    </div>
  );
}
