import type { Arrangement, ArrangementKind } from '../domain/meeting-day/arrangement';
import { ARRANGEMENT_KINDS, arrangementId } from '../domain/meeting-day/arrangement';
import { wantsSupport, type Person } from '../domain/person';
import { byName } from './expected';

export interface ArrangementNeed {
  kind: ArrangementKind;
  person: Person;
  /** The member's own words where the profile has them: the language, what they cannot eat. */
  detail?: string;
  /** Ticked or not, and who is doing it, once someone has touched the item. */
  arrangement?: Arrangement;
}

/** What a member's profile asks of a meeting, in checklist order. A declined inclusion profile asks nothing of its own. */
export function needsOf(person: Person): { kind: ArrangementKind; detail?: string }[] {
  const inclusion = person.inclusion && !person.inclusion.declined ? person.inclusion : {};
  const language = inclusion.language?.trim();
  const dietary = inclusion.dietary?.trim();
  const asked: Record<ArrangementKind, boolean> = {
    interpreter: inclusion.interpreter === true,
    'hearing-loop': inclusion.accessNeeds?.includes('hearing-loop') === true,
    childcare: inclusion.childcare === true,
    travel: inclusion.travelSupport === true || wantsSupport(person, 'transport'),
    dietary: Boolean(dietary),
    'large-print': inclusion.formats?.includes('large-print') === true,
    'easy-read': inclusion.formats?.includes('easy-read') === true,
    'call-before': wantsSupport(person, 'call-before'),
    'call-after': wantsSupport(person, 'call-after'),
  };
  const details: Partial<Record<ArrangementKind, string>> = {
    ...(language ? { interpreter: language } : {}),
    ...(dietary ? { dietary } : {}),
  };
  return ARRANGEMENT_KINDS.filter((kind) => asked[kind]).map((kind) => (details[kind] ? { kind, detail: details[kind] } : { kind }));
}

/**
 * A meeting's checklist, built from the profiles of the people expected (`expected`, usually
 * the register less apologies): one item per need per person, by kind, then by name, each
 * with its tick and who is doing it where someone has set them.
 */
export function arrangementsNeeded(meetingId: string, expected: readonly Person[], arrangements: readonly Arrangement[]): ArrangementNeed[] {
  const stored = new Map(arrangements.filter((a) => a.meetingId === meetingId && !a.archived).map((a) => [a.id, a]));
  const out: ArrangementNeed[] = [];
  for (const person of [...expected].sort(byName)) {
    for (const need of needsOf(person)) {
      const arrangement = stored.get(arrangementId(meetingId, need.kind, person.id));
      out.push({ ...need, person, ...(arrangement ? { arrangement } : {}) });
    }
  }
  return out.sort((a, b) => ARRANGEMENT_KINDS.indexOf(a.kind) - ARRANGEMENT_KINDS.indexOf(b.kind));
}

/** How many items are still to arrange. */
export const stillToArrange = (needs: readonly ArrangementNeed[]) => needs.filter((n) => !n.arrangement?.done).length;

/** What members said about the days and times that suit them, for planning a series, by name. */
export function bestTimesOf(people: readonly Person[]): { person: Person; words: string }[] {
  return [...people]
    .filter((p) => !p.archived && !p.guest && (p.status === 'active' || p.status === 'interested'))
    .sort(byName)
    .flatMap((person) => {
      const words = person.inclusion && !person.inclusion.declined ? person.inclusion.bestTimes?.trim() : undefined;
      return words ? [{ person, words }] : [];
    });
}
