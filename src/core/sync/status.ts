import type { SyncState } from './project-sync';
import { REFUSAL } from './refusal';

/** Not a refusal by the server: a reset announced inside the project left this device out. */
export const LEFT_OUT_BY_RESET = 'left-out-by-reset';

const REFUSAL_MESSAGES: Record<string, string> = {
  [LEFT_OUT_BY_RESET]: 'Sharing for this project was reset on another device, and this device was not kept, so it no longer sends or gets changes. Everything already here stays.',
  [REFUSAL.sharingReset]: 'Sharing for this project was reset on another device, so this device no longer receives changes. Ask a facilitator for a new invite to keep working together.',
  [REFUSAL.wrongToken]: 'The sync server did not accept this device for this project. Ask a facilitator for a new invite.',
  [REFUSAL.badName]: 'The sync server did not recognise this project’s sharing details. Ask a facilitator for a new invite.',
  [REFUSAL.tooManyDocuments]: 'The sync server is busy with too many projects from this device. Sync will try again later.',
  [REFUSAL.tooManyNewProjects]: 'The sync server has taken as many newly shared projects from this internet connection as it allows in a day. This project stays on this device, and sync will try again later.',
  [REFUSAL.projectFull]: 'This project has reached the most the sync server keeps for one project, so new changes stay on this device for now. Tell whoever runs the sync server; sync will keep trying.',
  [REFUSAL.serverFull]: 'The sync server is full, so new changes stay on this device for now. Tell whoever runs the sync server; sync will keep trying.',
  [REFUSAL.tooManyEntries]: 'The sync server turned down a change from this device because it came in too many pieces at once. It stays on this device, and sync will try again.',
  [REFUSAL.tooManyRequests]: 'The sync server asked this device to slow down. Sync will try again shortly.',
  [REFUSAL.badUpdate]: 'The sync server turned down a change from this device that was not in the form it expects. It stays on this device, and sync will try again.',
  [REFUSAL.notStored]: 'The sync server could not store changes just now. They are safe on this device, and sync will try again.',
};

export function refusalMessage(reason: string | null): string {
  return (reason && REFUSAL_MESSAGES[reason]) ?? 'The sync server did not accept this device for this project.';
}


export type SyncTone = 'ok' | 'busy' | 'waiting' | 'warning' | 'problem';

export interface SyncSummary {
  tone: SyncTone;
  /** A few words for the header. */
  headline: string;
  /** A sentence or two for the details. */
  detail: string;
}

/** Changes waiting longer than this get a warning. */
export const WAITING_TOO_LONG_MS = 3 * 24 * 60 * 60 * 1000;

const changes = (n: number) => (n === 1 ? '1 change' : `${n} changes`);

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const two = (n: number) => String(n).padStart(2, '0');

/** "14:32", "yesterday at 14:32", or "Tue 3 Mar at 14:32", in the device's time zone. */
export function describeTime(iso: string, now: Date): string {
  const when = new Date(iso);
  const time = `${two(when.getHours())}:${two(when.getMinutes())}`;
  const day = (d: Date) => new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
  const days = Math.round((day(now) - day(when)) / 86_400_000);
  if (days === 0) return time;
  if (days === 1) return `yesterday at ${time}`;
  const year = when.getFullYear() !== now.getFullYear() ? ` ${when.getFullYear()}` : '';
  return `${WEEKDAYS[when.getDay()]} ${when.getDate()} ${MONTHS[when.getMonth()]}${year} at ${time}`;
}

/** What to tell a facilitator about a shared project's sync, in plain words. */
export function describeSync(state: SyncState, options: { online: boolean; now: Date }): SyncSummary {
  const { now, online } = options;
  if (state.phase === 'refused') return { tone: 'problem', headline: 'Not syncing', detail: refusalMessage(state.refusal) };
  if (state.refusal) return { tone: 'warning', headline: state.pendingCount > 0 ? `Sync paused · ${changes(state.pendingCount)} not yet on the server` : 'Sync paused', detail: refusalMessage(state.refusal) };

  const waiting = state.pendingCount > 0;
  const since = state.pendingSince ? describeTime(state.pendingSince, now) : null;
  if (waiting && state.pendingSince && now.getTime() - new Date(state.pendingSince).getTime() > WAITING_TOO_LONG_MS) {
    const days = Math.floor((now.getTime() - new Date(state.pendingSince).getTime()) / 86_400_000);
    return {
      tone: 'warning',
      headline: `${changes(state.pendingCount)} not on the server for ${days} days`,
      detail: `Changes made on this device since ${since} have not reached the other devices. They are safe here. Connect to the internet so the others get them.`,
    };
  }

  if (state.phase === 'offline') {
    const headline = online ? 'Can’t reach the sync server' : 'Offline';
    const detail = online
      ? 'The sync server is not answering. Sync will keep trying. Your changes are saved on this device.'
      : 'Your changes are saved on this device and will be sent when there is a connection.';
    if (!waiting) return { tone: 'waiting', headline, detail };
    return { tone: 'waiting', headline: `${headline} · ${changes(state.pendingCount)} not yet on the server`, detail: `The oldest is from ${since}. ${detail}` };
  }

  if (state.phase === 'syncing') return { tone: 'busy', headline: 'Syncing…', detail: 'Catching up with the other devices.' };

  if (waiting) return { tone: 'busy', headline: `${changes(state.pendingCount)} not yet on the server`, detail: `Made since ${since}. Sending now.` };
  if (state.confirmedAt) {
    return { tone: 'ok', headline: `Up to date · ${describeTime(state.confirmedAt, now)}`, detail: `The sync server confirmed it had stored all of this device’s changes at ${describeTime(state.confirmedAt, now)}.` };
  }
  return { tone: 'busy', headline: 'Syncing…', detail: 'Waiting for the sync server to confirm it has stored everything.' };
}
