import { signal, type Signal } from '@preact/signals';
import type { SyncState } from '../../core/sync/project-sync';

/** What the screens show about one project's sync. Kept small so the first screen can import it. */
export interface SyncView {
  /** This device has the project's secret. */
  shared: boolean;
  /** Null until background sync has started for it. */
  state: SyncState | null;
  /** A sharing reset whose old sharing is not closed on the server yet. */
  resetPending: boolean;
  /** Entries from the server that could not be read. */
  unreadable: number;
  /** A reset left this device out: who made it, and when. */
  leftOut: { byName: string; at: string } | null;
  /** Names the sharing key in use (its fingerprint, not the key), so screens notice when it changes. */
  sharing: string | null;
}

const views = new Map<string, Signal<SyncView>>();

export function syncView(projectId: string): Signal<SyncView> {
  let view = views.get(projectId);
  if (!view) views.set(projectId, (view = signal<SyncView>({ shared: false, state: null, resetPending: false, unreadable: 0, leftOut: null, sharing: null })));
  return view;
}

/** The browser's idea of whether there is a network; sync connects only when there is. */
export const browserOnline = signal(typeof navigator === 'undefined' ? true : navigator.onLine);

/** Ticks once a minute so "up to date · 14:32" and "3 days" stay right on a screen left open. */
export const minuteTick = signal(Date.now());
