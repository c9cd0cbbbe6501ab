import { insertRecord } from '../../commands/records';
import type { Person } from '../../domain/person';
import { barrierType, BARRIER_REASONS, type BarrierReason } from '../../domain/team/barrier';
import { contributionType } from '../../domain/team/contribution';
import { trainingType } from '../../domain/team/training';
import { meetingsHeld, type ReferenceContext } from '../context';
import { seededRandom } from '../random';

const OTHER_TRAINING = ['Chairing meetings', 'Peer research skills', 'Safeguarding awareness', 'Interview panel training'];
const BARRIER_DETAILS = ['Would like to join when the meetings move to evenings', 'No bus on Tuesday mornings', 'Caring for mum full time at the moment'];

function addDays(iso: string, days: number): string {
  return new Date(Date.parse(iso + 'T12:00:00Z') + days * 86_400_000).toISOString().slice(0, 10);
}

type Insert<T extends Parameters<typeof insertRecord>[1]> = Parameters<typeof insertRecord<T>>[2];

/**
 * Reference records for the team: training, expenses and rewards, and people who could not
 * take part. Uses its own seeded generator so the other parts' data does not shift.
 */
export function addTeamRecords(ctx: ReferenceContext): void {
  const random = seededRandom(4_242);
  const meetingDate = (i: number) => addDays(ctx.startDate, i * ctx.size.meetingEveryDays);
  const takingPart = ctx.people.filter((p) => p.status !== 'interested');
  const held = meetingsHeld(ctx);
  let n = 0;
  const id = (prefix: string) => `${prefix}-${n++}`;

  for (const person of takingPart) {
    if (random.chance(0.75)) {
      insertRecord(ctx.doc, trainingType, { id: id('training'), personId: person.id, kind: 'introduction', date: addDays(ctx.startDate, -random.int(3, 14)) } as Insert<typeof trainingType>);
    }
    if (random.chance(0.2)) {
      const at = random.int(2, Math.max(2, ctx.size.meetings - 1));
      if (at < held) insertRecord(ctx.doc, trainingType, { id: id('training'), personId: person.id, kind: 'other', title: random.pick(OTHER_TRAINING), date: meetingDate(at) } as Insert<typeof trainingType>);
    }
    addRewards(ctx, person, random, meetingDate, id, held);
  }

  const barriers = Math.max(3, Math.round(ctx.size.members / 6));
  for (let i = 0; i < barriers; i++) {
    const reasons = [...new Set([random.pick(BARRIER_REASONS), ...(random.chance(0.4) ? [random.pick(BARRIER_REASONS)] : [])])] as BarrierReason[];
    const agreed = random.chance(0.25);
    insertRecord(ctx.doc, barrierType, {
      id: id('barrier'),
      date: addDays(ctx.startDate, -random.int(0, 40)),
      reasons,
      ...(random.chance(0.6) ? { role: random.pick(['lived-experience', 'carer', 'professional'] as const) } : {}),
      ...(agreed ? { detailsAgreed: true, details: random.pick(BARRIER_DETAILS) } : {}),
    } as Insert<typeof barrierType>);
  }
}

/** About one meeting in eight (fewer in long projects): travel or childcare for those who need it, and their chosen reward. */
function addRewards(ctx: ReferenceContext, person: Person, random: ReturnType<typeof seededRandom>, meetingDate: (i: number) => string, id: (p: string) => string, held: number) {
  const lastMeeting = Math.min(held, person.status === 'active' ? ctx.size.meetings : Math.min(ctx.size.meetings, 12));
  const every = Math.max(8, Math.round(ctx.size.meetings / 12));
  for (let m = random.int(0, every - 1); m < lastMeeting; m += every) {
    const date = meetingDate(m);
    const forWhat = `Group meeting ${m + 1}`;
    if (person.inclusion?.travelSupport || random.chance(0.2)) {
      insertRecord(ctx.doc, contributionType, { id: id('contribution'), personId: person.id, kind: 'expense', expenseType: 'travel', paid: random.chance(0.7) ? 'up-front' : 'reimbursed', amountPence: random.int(3, 18) * 50, date, forWhat: `Travel to ${forWhat.toLowerCase()}` } as Insert<typeof contributionType>);
    }
    if (person.inclusion?.childcare) {
      insertRecord(ctx.doc, contributionType, { id: id('contribution'), personId: person.id, kind: 'expense', expenseType: 'childcare', paid: 'up-front', amountPence: 2400, date, forWhat: `Childcare during ${forWhat.toLowerCase()}` } as Insert<typeof contributionType>);
    }
    switch (person.recognition) {
      case 'payment':
        insertRecord(ctx.doc, contributionType, { id: id('contribution'), personId: person.id, kind: 'payment', basis: 'hour', quantity: 2, amountPence: 2 * 1260, date, forWhat } as Insert<typeof contributionType>);
        break;
      case 'voucher':
        insertRecord(ctx.doc, contributionType, { id: id('contribution'), personId: person.id, kind: 'voucher', amountPence: 2000, date, forWhat } as Insert<typeof contributionType>);
        break;
      case 'time-credits':
        insertRecord(ctx.doc, contributionType, { id: id('contribution'), personId: person.id, kind: 'time-credit', hours: 2, date, forWhat } as Insert<typeof contributionType>);
        break;
      default:
        break;
    }
  }
}
