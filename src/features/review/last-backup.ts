import { db } from '../../state/app-db';
import { useLiveQuery } from '../../state/use-live-query';

const key = (projectId: string) => `lastBackup:${projectId}`;

/** Remembers, on this device only, when this project was last backed up here. */
export async function noteBackupMade(projectId: string, at = new Date()): Promise<void> {
  await db.settings.put({ key: key(projectId), value: at.toISOString() });
}

/** When this device last made a backup of the project: a date, null for never, undefined while loading. */
export function useLastBackup(projectId: string): string | null | undefined {
  return useLiveQuery(async () => {
    const row = await db.settings.get(key(projectId));
    return typeof row?.value === 'string' ? row.value : null;
  }, [projectId]);
}

/** "today", "yesterday", "12 days ago". */
export function daysAgo(iso: string, now = new Date()): string {
  const days = Math.floor((now.getTime() - new Date(iso).getTime()) / 86_400_000);
  if (days <= 0) return 'today';
  if (days === 1) return 'yesterday';
  return `${days} days ago`;
}
