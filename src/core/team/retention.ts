import type { MemberStatus, Person } from '../domain/person';

/** Statuses whose details are reviewed once they have lasted longer than the group's period. */
const REVIEWED: readonly MemberStatus[] = ['left', 'interested'];

export interface RetentionDue {
  person: Person;
  /** The day they took the status that made them due (or were added, if no date was kept). */
  since: string;
}

/** The day `months` calendar months before `day` (the 31st becomes the month's last day). */
export function monthsBefore(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 - months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, last));
  return target.toISOString().slice(0, 10);
}

/**
 * People who left, or stayed "interested", longer than the group keeps details for, and whose
 * details nobody has chosen to keep within that period: oldest first.
 */
export function dueForReview(people: readonly Person[], months: number, today: string): RetentionDue[] {
  const cutoff = monthsBefore(today, months);
  const due: RetentionDue[] = [];
  for (const person of people) {
    if (person.archived || !REVIEWED.includes(person.status)) continue;
    const since = person.statusSince ?? person.joinedOn ?? person.createdAt.slice(0, 10);
    if (since > cutoff) continue;
    if (person.keptOn && person.keptOn > cutoff) continue;
    due.push({ person, since });
  }
  return due.sort((a, b) => (a.since < b.since ? -1 : a.since > b.since ? 1 : 0));
}
