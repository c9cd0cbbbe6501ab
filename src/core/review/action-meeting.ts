import type { Meeting } from '../domain/meeting';

/** Meetings an action can belong to: not cancelled (archived ones are never passed in), oldest first. */
export function meetingsForActions(meetings: readonly Meeting[]): Meeting[] {
  return meetings
    .filter((m) => !m.cancelled && !m.archived)
    .sort((a, b) => a.date.localeCompare(b.date) || a.startTime.localeCompare(b.startTime) || a.id.localeCompare(b.id));
}

/**
 * Which meeting a next step from a learning review is filed under as an action, unless the
 * facilitator picks another: the next meeting from today (where the group will pick it up),
 * or, when none is planned, the latest one held. Undefined when there are no meetings at all.
 */
export function defaultActionMeeting(meetings: readonly Meeting[], today: string): Meeting | undefined {
  const usable = meetingsForActions(meetings);
  return usable.find((m) => m.date >= today) ?? usable.at(-1);
}
