import { describeTime } from '../../core/sync/status';

/** "today at 14:32", "yesterday at 14:32" or "on Tue 3 Mar at 14:32", to follow a verb. */
export function whenItHappened(iso: string, now: Date): string {
  const time = describeTime(iso, now);
  if (/^\d/.test(time)) return `today at ${time}`;
  return time.startsWith('yesterday') ? time : `on ${time}`;
}
