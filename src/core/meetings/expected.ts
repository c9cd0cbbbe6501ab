import type { Mark } from '../domain/attendance';
import type { Person } from '../domain/person';

/** Who a meeting expects: active members who are not walk-in guests. */
export function isExpectedMember(person: Person): boolean {
  return !person.archived && !person.guest && person.status === 'active';
}

const byName = (a: Person, b: Person) => a.name.localeCompare(b.name, 'en-GB', { sensitivity: 'base' }) || a.id.localeCompare(b.id);

/** The people on a meeting's register: everyone expected, plus anyone already marked, by name. */
export function registerPeople(people: readonly Person[], marks: ReadonlyMap<string, Mark>): Person[] {
  return people.filter((p) => isExpectedMember(p) || marks.has(p.id)).sort(byName);
}

/** People likely to come: the register, less anyone who has sent apologies or been marked absent. */
export function likelyAttendees(people: readonly Person[], marks: ReadonlyMap<string, Mark>): Person[] {
  return registerPeople(people, marks).filter((p) => {
    const mark = marks.get(p.id);
    return mark !== 'apologies' && mark !== 'absent';
  });
}
