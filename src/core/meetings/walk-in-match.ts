import type { Person } from '../domain/person';
import { byName } from './expected';

/**
 * Names compared the way a facilitator reads them: case, accents, repeated spaces and
 * punctuation around the name do not count ("  siân  o'neill" is "Sian O'Neill").
 */
export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\u2018\u2019`]/g, "'")
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .trim();
}

/** How close a typed name is to a person's: the same name, a name starting so, or a word of it. */
function closeness(typed: string, name: string): number {
  if (name === typed) return 3;
  if (name.startsWith(typed)) return 2;
  if (name.split(' ').some((word) => word.startsWith(typed))) return 1;
  return 0;
}

/** Members and interested people first, then earlier walk-ins, then people who left. */
function standing(person: Person): number {
  if (person.guest) return 1;
  return person.status === 'left' ? 2 : 0;
}

/**
 * The people a walk-in's typed name may be, best first: the same name before a name that
 * starts with it, members (interested included) before earlier walk-ins. Archived people are
 * never offered. At most `limit`.
 */
export function walkInMatches(people: readonly Person[], typed: string, limit = 4): Person[] {
  const key = nameKey(typed);
  if (key.length < 2) return [];
  return people
    .filter((p) => !p.archived)
    .map((person) => ({ person, score: closeness(key, nameKey(person.name)) }))
    .filter((m) => m.score > 0)
    .sort((a, b) => b.score - a.score || standing(a.person) - standing(b.person) || byName(a.person, b.person))
    .slice(0, limit)
    .map((m) => m.person);
}

/** The one person with exactly this name (as `nameKey` reads it), if there is exactly one. */
export function sameNamedPerson(people: readonly Person[], typed: string): Person | undefined {
  const key = nameKey(typed);
  const same = people.filter((p) => !p.archived && nameKey(p.name) === key);
  return same.length === 1 ? same[0] : undefined;
}
