import { insertRecord } from '../../commands/records';
import { ACCESS_NEEDS, FORMATS, personType, ROLES, type Person } from '../../domain/person';
import type { ReferenceContext } from '../context';
import { ACCESS_NOTES, FIRST_NAMES, LAST_NAMES, ORGANISATIONS } from '../names';

export function addPeople(ctx: ReferenceContext) {
  const { random } = ctx;
  for (let i = 0; i < ctx.size.members; i++) {
    const role = i % 2 === 0 ? 'lived-experience' : random.pick(ROLES.filter((r) => r !== 'lived-experience'));
    const name = `${FIRST_NAMES[i % FIRST_NAMES.length]} ${LAST_NAMES[(i * 7) % LAST_NAMES.length]}${i >= FIRST_NAMES.length ? ` ${Math.floor(i / FIRST_NAMES.length) + 1}` : ''}`;
    const hasNeeds = random.chance(0.4);
    const result = insertRecord(ctx.doc, personType, {
      id: `person-${i}`,
      name,
      role,
      status: random.chance(0.8) ? 'active' : random.pick(['interested', 'stepped-back', 'left'] as const),
      joinedOn: ctx.startDate,
      ...(role === 'professional' ? { organisation: random.pick(ORGANISATIONS) } : {}),
      phone: `07700 9${String(10000 + i).slice(-5)}`,
      email: `member${i}@example.org`,
      inclusion: hasNeeds
        ? {
            accessNeeds: [random.pick(ACCESS_NEEDS)],
            accessNotes: random.pick(ACCESS_NOTES),
            formats: [random.pick(FORMATS)],
          }
        : {},
      consent: {
        namedInPack: { given: random.chance(0.7), date: ctx.startDate, how: 'Consent form at first meeting' },
        photos: { given: random.chance(0.5), date: ctx.startDate, how: 'Consent form at first meeting' },
        contact: { given: true, date: ctx.startDate, how: 'Consent form at first meeting' },
      },
    } as Parameters<typeof insertRecord<typeof personType>>[2]);
    if (result.ok) ctx.people.push(result.value as Person);
  }
}
