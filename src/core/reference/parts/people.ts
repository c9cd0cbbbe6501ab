import { insertRecord } from '../../commands/records';
import { recordConsent } from '../../commands/team-consent';
import { ACCESS_NEEDS, FORMATS, personType, ROLES, type ConsentPurpose, type MemberStatus, type Person, type Recognition, type SupportKind } from '../../domain/person';
import type { ReferenceContext } from '../context';
import { ACCESS_NOTES, FIRST_NAMES, LAST_NAMES, ORGANISATIONS } from '../names';
import { seededRandom, type Random } from '../random';

const PRONOUNS = ['she/her', 'he/him', 'they/them', 'prefer-not-to-say'];
const BEST_TIMES = ['Weekday mornings', 'Not Mondays', 'After school drop-off', 'Afternoons only', 'Any day but Friday'];
const INVOLVEMENT = ['Comes to group meetings', 'Helps with the survey', 'Co-chairs meetings', 'Reviews papers before they go out', 'Comes when they can'];

function addDays(iso: string, days: number): string {
  return new Date(Date.parse(iso + 'T12:00:00Z') + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Details the first version of the generator did not fill. They come from their own seeded
 * generator so the shared sequence (and so every other part's data) stays as it was.
 */
function moreAbout(extra: Random, ctx: ReferenceContext, role: Person['role'], status: MemberStatus, hasNeeds: boolean) {
  const lived = role === 'lived-experience' || role === 'carer';
  const support: SupportKind[] = [];
  if (lived && extra.chance(0.3)) support.push('call-before');
  if (extra.chance(0.12)) support.push('transport');
  if (extra.chance(0.08)) support.push('papers-explained');
  const recognition: Recognition = lived ? extra.pick(['payment', 'voucher', 'time-credits', 'time-credits', 'none', 'prefer-not-to-say'] as const) : 'none';
  const changed = addDays(ctx.startDate, extra.int(30, 150));
  const statusSince = status === 'active' || status === 'interested' ? ctx.startDate : changed;
  const statusHistory = status === 'active' || status === 'interested' ? [{ status, date: ctx.startDate }] : [{ status: 'active' as const, date: ctx.startDate }, { status, date: changed }];
  return {
    pronouns: extra.chance(0.7) ? extra.pick(PRONOUNS) : undefined,
    involvement: extra.chance(0.6) ? extra.pick(INVOLVEMENT) : undefined,
    statusSince,
    statusHistory,
    ...(support.length ? { support } : {}),
    recognition,
    extraInclusion: hasNeeds
      ? {
          ...(extra.chance(0.1) ? { interpreter: true, language: 'British Sign Language' } : {}),
          ...(extra.chance(0.3) ? { travelSupport: true } : {}),
          ...(extra.chance(0.15) ? { childcare: true } : {}),
          ...(extra.chance(0.5) ? { bestTimes: extra.pick(BEST_TIMES) } : {}),
        }
      : {},
  };
}

export function addPeople(ctx: ReferenceContext) {
  const { random } = ctx;
  const extra = seededRandom(9_107);
  for (let i = 0; i < ctx.size.members; i++) {
    const role = i % 2 === 0 ? 'lived-experience' : random.pick(ROLES.filter((r) => r !== 'lived-experience'));
    const name = `${FIRST_NAMES[i % FIRST_NAMES.length]} ${LAST_NAMES[(i * 7) % LAST_NAMES.length]}${i >= FIRST_NAMES.length ? ` ${Math.floor(i / FIRST_NAMES.length) + 1}` : ''}`;
    const hasNeeds = random.chance(0.4);
    const status: MemberStatus = random.chance(0.8) ? 'active' : random.pick(['interested', 'stepped-back', 'left'] as const);
    const organisation = role === 'professional' ? random.pick(ORGANISATIONS) : undefined;
    const needs = hasNeeds ? { accessNeeds: [random.pick(ACCESS_NEEDS)], accessNotes: random.pick(ACCESS_NOTES), formats: [random.pick(FORMATS)] } : {};
    const namedInPack = random.chance(0.7);
    const photos = random.chance(0.5);
    const { extraInclusion, ...more } = moreAbout(extra, ctx, role, status, hasNeeds);
    const result = insertRecord(ctx.doc, personType, {
      id: `person-${i}`,
      name,
      role,
      status,
      joinedOn: ctx.startDate,
      ...(organisation ? { organisation } : {}),
      phone: `07700 9${String(10000 + i).slice(-5)}`,
      email: `member${i}@example.org`,
      inclusion: { ...needs, ...extraInclusion },
      ...Object.fromEntries(Object.entries(more).filter(([, v]) => v !== undefined)),
    } as Parameters<typeof insertRecord<typeof personType>>[2]);
    if (!result.ok) continue;
    // As on the member's page: one purpose at a time.
    const agreed: [ConsentPurpose, boolean][] = [['namedInPack', namedInPack], ['photos', photos], ['contact', true]];
    let person = result.value as Person;
    for (const [purpose, given] of agreed) {
      const recorded = recordConsent(ctx.doc, person.id, purpose, { given, date: ctx.startDate, how: 'Consent form at first meeting' });
      if (recorded.ok) person = recorded.value;
    }
    ctx.people.push(person);
  }
}
