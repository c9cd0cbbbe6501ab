import { MARKS, type Mark } from '../domain/attendance';
import { ROLES, type Person, type Role } from '../domain/person';

export type MarkOrNone = Mark | 'unmarked';

export interface RegisterCounts {
  total: number;
  byMark: Record<MarkOrNone, number>;
  /** Roles that have anyone on the register, in the usual role order. */
  byRole: { role: Role; total: number; byMark: Record<MarkOrNone, number> }[];
  /** Walk-ins (guests) among those present. */
  guestsPresent: number;
  /** Marks of people not in the list given (people since erased keep their marks under an anonymous id): counted in `byMark` and `total`, so the register agrees with every other screen. */
  notListedMarked: number;
}

const empty = (): Record<MarkOrNone, number> => ({ present: 0, apologies: 0, absent: 0, unmarked: 0 });

/** The counts at the top of the register: by mark, and by role within each mark. */
export function registerCounts(people: readonly Person[], marks: ReadonlyMap<string, Mark>): RegisterCounts {
  const byMark = empty();
  const roles = new Map<Role, Record<MarkOrNone, number>>();
  let guestsPresent = 0;
  const listed = new Set<string>();
  for (const person of people) {
    listed.add(person.id);
    const mark: MarkOrNone = marks.get(person.id) ?? 'unmarked';
    byMark[mark]++;
    let forRole = roles.get(person.role);
    if (!forRole) roles.set(person.role, (forRole = empty()));
    forRole[mark]++;
    if (mark === 'present' && person.guest) guestsPresent++;
  }
  let notListedMarked = 0;
  for (const [personId, mark] of marks) {
    if (listed.has(personId)) continue;
    byMark[mark]++;
    notListedMarked++;
  }
  return {
    notListedMarked,
    total: people.length + notListedMarked,
    byMark,
    byRole: ROLES.filter((r) => roles.has(r)).map((role) => {
      const counts = roles.get(role)!;
      return { role, total: [...MARKS, 'unmarked' as const].reduce((n, m) => n + counts[m], 0), byMark: counts };
    }),
    guestsPresent,
  };
}
