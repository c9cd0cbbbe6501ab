import { plural } from '@lingui/core/macro';
import type { AccessNeed, Person } from '../domain/person';
import { VENUE_CHECKS, type Venue } from '../domain/meeting-day/venue';

export interface UnmetNeed {
  need: AccessNeed;
  /** 'no' when the venue lacks it; 'unchecked' when nobody has looked yet. */
  venue: 'no' | 'unchecked';
  people: Person[];
  message: string;
}

/** "2 people need a hearing loop; this venue has none." Each need is its own sentence, so each language can say it its own way. */
function lacksMessage(need: AccessNeed, n: number): string {
  switch (need) {
    case 'step-free':
      return plural(n, {
        one: '# person needs step-free access; this venue is not step-free.',
        other: '# people need step-free access; this venue is not step-free.',
      });
    case 'accessible-toilet':
      return plural(n, { one: '# person needs an accessible toilet; this venue has none.', other: '# people need an accessible toilet; this venue has none.' });
    case 'hearing-loop':
      return plural(n, { one: '# person needs a hearing loop; this venue has none.', other: '# people need a hearing loop; this venue has none.' });
    case 'quiet-space':
      return plural(n, { one: '# person needs a quiet space; this venue has none.', other: '# people need a quiet space; this venue has none.' });
    case 'parking':
      return plural(n, { one: '# person needs parking; this venue has none.', other: '# people need parking; this venue has none.' });
    case 'public-transport':
      return plural(n, {
        one: '# person needs public transport; this venue is hard to reach by bus or train.',
        other: '# people need public transport; this venue is hard to reach by bus or train.',
      });
  }
}

/** "1 person needs step-free access; nobody has checked if this venue is step-free." */
function uncheckedMessage(need: AccessNeed, n: number): string {
  switch (need) {
    case 'step-free':
      return plural(n, {
        one: '# person needs step-free access; nobody has checked if this venue is step-free.',
        other: '# people need step-free access; nobody has checked if this venue is step-free.',
      });
    case 'accessible-toilet':
      return plural(n, {
        one: '# person needs an accessible toilet; nobody has checked this venue’s toilets.',
        other: '# people need an accessible toilet; nobody has checked this venue’s toilets.',
      });
    case 'hearing-loop':
      return plural(n, {
        one: '# person needs a hearing loop; nobody has checked if this venue has one.',
        other: '# people need a hearing loop; nobody has checked if this venue has one.',
      });
    case 'quiet-space':
      return plural(n, {
        one: '# person needs a quiet space; nobody has checked if this venue has one.',
        other: '# people need a quiet space; nobody has checked if this venue has one.',
      });
    case 'parking':
      return plural(n, {
        one: '# person needs parking; nobody has checked this venue’s parking.',
        other: '# people need parking; nobody has checked this venue’s parking.',
      });
    case 'public-transport':
      return plural(n, {
        one: '# person needs public transport; nobody has checked how to reach this venue by bus or train.',
        other: '# people need public transport; nobody has checked how to reach this venue by bus or train.',
      });
  }
}

/** "2 people need a hearing loop." */
function needMessage(need: AccessNeed, n: number): string {
  switch (need) {
    case 'step-free':
      return plural(n, { one: '# person needs step-free access.', other: '# people need step-free access.' });
    case 'accessible-toilet':
      return plural(n, { one: '# person needs an accessible toilet.', other: '# people need an accessible toilet.' });
    case 'hearing-loop':
      return plural(n, { one: '# person needs a hearing loop.', other: '# people need a hearing loop.' });
    case 'quiet-space':
      return plural(n, { one: '# person needs a quiet space.', other: '# people need a quiet space.' });
    case 'parking':
      return plural(n, { one: '# person needs parking.', other: '# people need parking.' });
    case 'public-transport':
      return plural(n, { one: '# person needs public transport.', other: '# people need public transport.' });
  }
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
    const status = answer === 'no' ? 'no' : 'unchecked';
    out.push({ need, venue: status, people, message: status === 'no' ? lacksMessage(need, people.length) : uncheckedMessage(need, people.length) });
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
    if (count) out.push({ need, count, message: needMessage(need, count) });
  }
  return out;
}
