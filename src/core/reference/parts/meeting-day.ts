import type { ReferenceContext } from '../context';

/** Reference records for the meeting-day part of the app. */
export function addMeetingDayRecords(ctx: ReferenceContext): void {
  void ctx;
}
