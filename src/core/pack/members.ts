import { hasConsent, type Person } from '../domain/person';
import { compareCodes } from './format';

/**
 * How each person appears in a pack: by name only if they agreed to be named in it,
 * otherwise as "Member 1", "Member 2"… — the same label in every file of one pack.
 */
export interface MemberNames {
  labelFor(personId: string): string;
  named(person: Person): boolean;
}

export function memberNames(people: readonly Person[]): MemberNames {
  const labels = new Map<string, string>();
  let unnamed = 0;
  const ordered = [...people].sort((a, b) => compareCodes(a.createdAt, b.createdAt) || compareCodes(a.id, b.id));
  for (const person of ordered) labels.set(person.id, hasConsent(person, 'namedInPack') ? person.name : `Member ${++unnamed}`);
  return {
    labelFor: (id) => labels.get(id) ?? 'Someone no longer in the project',
    named: (person) => hasConsent(person, 'namedInPack'),
  };
}
