import { describeSync } from '../../core/sync/status';
import { href } from '../../state/router';
import { browserOnline, minuteTick, syncView } from './sync-signals';
import './sync.css';

/**
 * Whether this project's changes have reached the other devices. Shown in every project
 * header; nothing for a project that is not shared. Tapping it opens "Work together".
 */
export function SyncStatus({ projectId }: { projectId: string }) {
  const view = syncView(projectId).value;
  if (!view.shared) return null;
  const now = new Date(minuteTick.value);
  const summary = view.state
    ? describeSync(view.state, { online: browserOnline.value, now })
    : { tone: 'busy' as const, headline: browserOnline.value ? 'Syncing…' : 'Offline', detail: '' };
  return (
    <a class={`sync-status sync-${summary.tone}`} href={href('p', projectId, 'share')} data-sync-tone={summary.tone} title={summary.detail}>
      <span class="sync-dot" aria-hidden="true" />
      <span role="status" aria-live="polite">
        <span class="visually-hidden">Sync: </span>
        {summary.headline}
      </span>
    </a>
  );
}
