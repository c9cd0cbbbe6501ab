import { hasConsent, type Person } from '../domain/person';
import { compareText } from '../format/intl';

/**
 * The name to print in the project pack, or null when the person has not agreed to be named
 * (or has withdrawn that agreement). The pack must use this and nothing else.
 */
export function nameForPack(person: Person): string | null {
  return hasConsent(person, 'namedInPack') ? person.name : null;
}

/** Names for the pack's credits: only people who agreed, guests left out, sorted. */
export function packCredits(people: readonly Person[]): string[] {
  return people
    .filter((p) => !p.guest && !p.archived)
    .map(nameForPack)
    .filter((n): n is string => n !== null)
    .sort((a, b) => compareText(a, b));
}

/** Email and phone only when the person agreed to be contacted. */
export function contactDetails(person: Person): { email?: string; phone?: string } | null {
  if (!hasConsent(person, 'contact')) return null;
  const out: { email?: string; phone?: string } = {};
  if (person.email) out.email = person.email;
  if (person.phone) out.phone = person.phone;
  return out;
}

/** True when photos of the person may be taken and used. */
export function mayPhotograph(person: Person): boolean {
  return hasConsent(person, 'photos');
}

/** True when the person's details may be shared with partner organisations. */
export function mayShareWithPartners(person: Person): boolean {
  return hasConsent(person, 'shareWithPartners');
}
