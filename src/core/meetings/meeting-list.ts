import type { Meeting } from '../domain/meeting';

export interface MeetingGroups {
  today: Meeting[];
  upcoming: Meeting[];
  /** Most recent first. */
  past: Meeting[];
}

const byWhen = (a: Meeting, b: Meeting) => a.date.localeCompare(b.date) || a.startTime.localeCompare(b.startTime) || a.title.localeCompare(b.title);

/** Splits meetings into today, coming up and past (archived ones are left out). */
export function groupMeetings(meetings: readonly Meeting[], today: string): MeetingGroups {
  const live = meetings.filter((m) => !m.archived).sort(byWhen);
  return {
    today: live.filter((m) => m.date === today),
    upcoming: live.filter((m) => m.date > today),
    past: live.filter((m) => m.date < today).reverse(),
  };
}

/** The next meeting that will happen (today's counts), or undefined. */
export function nextMeeting(meetings: readonly Meeting[], today: string): Meeting | undefined {
  const { today: now, upcoming } = groupMeetings(meetings, today);
  return [...now, ...upcoming].find((m) => !m.cancelled);
}
