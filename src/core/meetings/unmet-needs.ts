import type { AccessNeed, Person } from '../domain/person';
import { VENUE_CHECKS, type Venue } from '../domain/meeting-day/venue';

/** How each need reads in a sentence: "2 people need a hearing loop; this venue has none." */
const PHRASES: Record<AccessNeed, { need: string; lacks: string; unchecked: string }> = {
  'step-free': { need: 'step-free access', lacks: 'this venue is not step-free', unchecked: 'nobody has checked if this venue is step-free' },
  'accessible-toilet': { need: 'an accessible toilet', lacks: 'this venue has none', unchecked: 'nobody has checked this venue’s toilets' },
  'hearing-loop': { need: 'a hearing loop', lacks: 'this venue has none', unchecked: 'nobody has checked if this venue has one' },
  'quiet-space': { need: 'a quiet space', lacks: 'this venue has none', unchecked: 'nobody has checked if this venue has one' },
  parking: { need: 'parking', lacks: 'this venue has none', unchecked: 'nobody has checked this venue’s parking' },
  'public-transport': {
    need: 'public transport',
    lacks: 'this venue is hard to reach by bus or train',
    unchecked: 'nobody has checked how to reach this venue by bus or train',
  },
};

export interface UnmetNeed {
  need: AccessNeed;
  /** 'no' when the venue lacks it; 'unchecked' when nobody has looked yet. */
  venue: 'no' | 'unchecked';
  people: Person[];
  message: string;
}

function peopleWord(n: number): string {
  return n === 1 ? '1 person needs' : `${n} people need`;
}

/**
 * The access needs of the people expected at a meeting that its venue does not meet (or
 * that nobody has checked), most-needed first. People who declined to share needs have none here.
 */
export function unmetNeeds(venue: Venue, attendees: readonly Person[]): UnmetNeed[] {
  const out: UnmetNeed[] = [];
  for (const check of VENUE_CHECKS) {
    if (!check.need) continue;
    const need = check.need;
    const answer = venue[check.key];
    if (answer === 'yes') continue;
    const people = attendees.filter((p) => p.inclusion?.accessNeeds?.includes(need));
    if (people.length === 0) continue;
    const phrase = PHRASES[need];
    const status = answer === 'no' ? 'no' : 'unchecked';
    out.push({ need, venue: status, people, message: `${peopleWord(people.length)} ${phrase.need}; ${status === 'no' ? phrase.lacks : phrase.unchecked}.` });
  }
  return out.sort((a, b) => b.people.length - a.people.length || (a.venue === 'no' ? -1 : 1));
}

/** Every access need among the attendees, with how many people have it (for a meeting with no venue chosen). */
export function needsSummary(attendees: readonly Person[]): { need: AccessNeed; count: number; message: string }[] {
  const out: { need: AccessNeed; count: number; message: string }[] = [];
  for (const check of VENUE_CHECKS) {
    if (!check.need) continue;
    const need = check.need;
    const count = attendees.filter((p) => p.inclusion?.accessNeeds?.includes(need)).length;
    if (count) out.push({ need, count, message: `${peopleWord(count)} ${PHRASES[need].need}.` });
  }
  return out;
}
