import { dayOf, daysBetween, today } from '../../core/format/calendar';
import { formatDayFrom } from '../../core/format/dates';
import { lastBackup } from '../../core/settings/settings';
import { useProjectId } from '../../state/project-context';
import { saveSetting, useSetting } from '../../state/settings';

/** A backup older than this is worth a nudge on the dashboard. */
const STALE_AFTER_DAYS = 14;

export interface BackupAge {
  /** "today", "yesterday", "12 days ago". */
  when: string;
  stale: boolean;
}

/** How long since this device last made a backup of the project: null for never, undefined while loading. */
export function useBackupAge(): BackupAge | null | undefined {
  const made = useSetting(lastBackup, useProjectId());
  if (made === undefined || made === null) return made;
  const day = dayOf(made);
  return { when: formatDayFrom(day, today()), stale: daysBetween(day, today()) > STALE_AFTER_DAYS };
}

/** Remembers, on this device only, that a backup of the project was made now. */
export function noteBackupMade(projectId: string, at = new Date()): Promise<void> {
  return saveSetting(lastBackup, at.toISOString(), projectId);
}
