import type { Person } from '../domain/person';
import { compareText } from '../format/intl';

/** People in the order the team's screens list them: by name, ignoring case and accents. */
export function byName<P extends Pick<Person, 'name'>>(people: readonly P[]): P[] {
  return [...people].sort((a, b) => compareText(a.name, b.name, { sensitivity: 'base' }));
}

/** Dated entries (payments, training, barriers) newest first; those of one day, last written first. */
export function newestFirst<E extends { date: string; createdAt: string }>(entries: readonly E[]): E[] {
  return [...entries].sort((a, b) => (a.date === b.date ? compareCodes(b.createdAt, a.createdAt) : compareCodes(b.date, a.date)));
}

const compareCodes = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
