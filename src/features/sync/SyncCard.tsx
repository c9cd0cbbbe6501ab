import { describeSync } from '../../core/sync/status';
import type { DashboardCardProps } from '../section';
import { browserOnline, minuteTick, syncView } from './sync-signals';

export const SYNC_SUMMARY = 'Share this project with other facilitators’ devices, so everyone’s changes meet up when there is signal.';

/** On the project dashboard: whether the project is shared, and how its sync is going. */
export function SyncCard({ projectId }: DashboardCardProps) {
  const view = syncView(projectId).value;
  if (!view.shared) return <p>{SYNC_SUMMARY}</p>;
  const summary = view.state ? describeSync(view.state, { online: browserOnline.value, now: new Date(minuteTick.value) }) : null;
  return <p>Shared with other devices. {summary ? `${summary.headline}.` : ''}</p>;
}
