import { signal } from '@preact/signals';
import { liveQuery } from 'dexie';
import type { ProjectRow } from '../core/db/database';
import { db } from './app-db';

/**
 * Every project on this device, most recently changed first, kept live. Reading starts when
 * the app loads, before the first screen draws, so the list is there as soon as it can be;
 * the project screens take their name and purpose from here too, with no wait of their own.
 */
export const projectRows = signal<readonly ProjectRow[] | undefined>(undefined);

liveQuery(() => db.projects.orderBy('updatedAt').reverse().toArray()).subscribe({
  next: (rows) => (projectRows.value = rows),
  error: (error) => console.error('Could not read the projects on this device', error),
});

/** A project's row: undefined while loading, null when it is not on this device. */
export function projectRow(projectId: string): ProjectRow | null | undefined {
  const rows = projectRows.value;
  return rows === undefined ? undefined : (rows.find((p) => p.id === projectId) ?? null);
}
