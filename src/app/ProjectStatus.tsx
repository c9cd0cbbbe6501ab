import { SyncStatus } from '../features/sync/SyncStatus';
import { openedSession } from '../state/project-sessions';
import { saveStateSignal } from '../state/save-states';
import { SaveStatus } from '../ui/SaveStatus';

/** Saved on this device? Reached the other devices? Shown at the top of every project screen. */
export function ProjectStatus({ projectId }: { projectId: string }) {
  return (
    <div class="project-status">
      <SaveStatus state={saveStateSignal(projectId)} onRetry={async () => openedSession(projectId)?.store.reopen()} />
      <SyncStatus projectId={projectId} />
    </div>
  );
}
