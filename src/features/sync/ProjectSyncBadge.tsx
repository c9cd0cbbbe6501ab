import { describeSync } from '../../core/sync/status';
import { browserOnline, minuteTick, syncView } from './sync-signals';
import './sync.css';

/** A short line on the projects list for a shared project: up to date, waiting, or a warning. */
export function ProjectSyncBadge({ projectId }: { projectId: string }) {
  const view = syncView(projectId).value;
  if (!view.shared || !view.state) return null;
  const summary = describeSync(view.state, { online: browserOnline.value, now: new Date(minuteTick.value) });
  return (
    <span class={`sync-badge sync-${summary.tone}`} data-sync-tone={summary.tone}>
      <span class="sync-dot" aria-hidden="true" />
      Shared · {summary.headline}
    </span>
  );
}
