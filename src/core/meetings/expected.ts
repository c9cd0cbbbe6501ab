import type { Mark } from '../domain/attendance';
import type { Person } from '../domain/person';
import { compareText } from '../format/intl';

/** Who a meeting expects: active members who are not walk-in guests. */
export function isExpectedMember(person: Person): boolean {
  return !person.archived && !person.guest && person.status === 'active';
}

const BY_LETTERS = { sensitivity: 'base' } as const;
export const byName = (a: Person, b: Person) => compareText(a.name, b.name, BY_LETTERS) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The people on a meeting's register: everyone expected, plus anyone already marked, by name. */
export function registerPeople(people: readonly Person[], marks: ReadonlyMap<string, Mark>): Person[] {
  return onRegister([...people].sort(byName), marks);
}

/** As `registerPeople`, for a list already sorted by name (so a tap does not sort again). */
export function onRegister(sortedPeople: readonly Person[], marks: ReadonlyMap<string, Mark>): Person[] {
  return sortedPeople.filter((p) => isExpectedMember(p) || marks.has(p.id));
}

/** People likely to come: the register, less anyone who has sent apologies or been marked absent. */
export function likelyAttendees(people: readonly Person[], marks: ReadonlyMap<string, Mark>): Person[] {
  return registerPeople(people, marks).filter((p) => {
    const mark = marks.get(p.id);
    return mark !== 'apologies' && mark !== 'absent';
  });
}
