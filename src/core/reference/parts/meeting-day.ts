import { insertRecord, updateRecord } from '../../commands/records';
import { attendanceType, type Attendance, type Mark } from '../../domain/attendance';
import { meetingType, type Meeting } from '../../domain/meeting';
import { actionType } from '../../domain/meeting-day/action';
import { agendaItemType } from '../../domain/meeting-day/agenda-item';
import { closingReflectionType } from '../../domain/meeting-day/closing-reflection';
import { decisionType, LADDER } from '../../domain/meeting-day/decision';
import { meetingNotesType } from '../../domain/meeting-day/meeting-notes';
import { memberCallId, memberCallType } from '../../domain/meeting-day/member-call';
import { paperSendId, paperSendType, paperType } from '../../domain/meeting-day/paper';
import { venueType } from '../../domain/meeting-day/venue';
import { addDays } from '../../format/calendar';
import { registerPeople } from '../../meetings/expected';
import { marksFor } from '../../meetings/papers';
import { meetingsHeld, type ReferenceContext } from '../context';
import { readAll } from '../../read/records';

const AGENDA = ['Welcome and how everyone is', 'Notes and actions from last time', 'Respite options: what we found out', 'Planning the carers’ survey', 'Budget update', 'Any other business'];
const DECISIONS = [
  'Hold the next two meetings in the library so people can use the hearing loop',
  'Send papers by post to anyone who asks, not only by email',
  'Test the new respite booking form with five carers before it goes live',
  'Pay travel expenses on the day, in cash or by bank transfer',
  'Invite the commissioning manager to hear the group’s findings',
  'Run the survey in easy read as well as standard print',
];
const ACTIONS = ['Book the library room', 'Draft the easy read survey', 'Ask the council for respite numbers', 'Write up the notes and send them round', 'Phone new members before the next meeting', 'Find a British Sign Language interpreter'];
const WENT_WELL = ['Everyone had a chance to speak', 'Good to see new faces', 'The small groups worked well', 'We got through the agenda', 'Lovely lunch'];
const BETTER = ['Finish on time', 'Fewer papers, shorter words', 'A warmer room', 'More breaks', 'Send papers earlier'];
const NOTES = [
  'The group looked at the respite options found so far. Carers said the most useful thing is short notice cover.',
  'Staff shared the numbers from the council. Members asked for them again in plain English.',
  'We agreed to test the booking form with a few carers first. Two people offered to help.',
];

/** Only this many meetings up to "now" get agendas, notes and the rest, so the large dataset stays quick to make. */
const DETAILED_MEETINGS = 40;
/** Papers are recorded as sent, person by person, for this many of the latest held meetings. */
const MEETINGS_WITH_SENDS = 6;

/**
 * Venues, agendas, papers, notes, decisions, actions and closing rounds for the reference
 * project. The first half of the meetings are treated as held; the next two are being prepared.
 */
export function addMeetingDayRecords(ctx: ReferenceContext): void {
  const { doc, random } = ctx;
  const hall = insertRecord(doc, venueType, {
    id: 'venue-hall',
    name: 'Village hall',
    address: 'Church Lane',
    stepFree: 'yes',
    accessibleToilet: 'yes',
    hearingLoop: 'no',
    quietSpace: 'yes',
    parking: 'yes',
    publicTransport: 'yes',
    neutralGround: 'yes',
    noAlcohol: 'yes',
    notes: 'Key from the café next door. Heating takes an hour to warm up.',
  });
  const library = insertRecord(doc, venueType, {
    id: 'venue-library',
    name: 'Library community room',
    address: 'High Street',
    stepFree: 'yes',
    accessibleToilet: 'yes',
    hearingLoop: 'yes',
    quietSpace: 'no',
    parking: 'no',
    publicTransport: 'yes',
    neutralGround: 'yes',
    noAlcohol: 'yes',
    notes: '',
  });
  insertRecord(doc, venueType, { id: 'venue-centre', name: 'Carers Centre meeting room', stepFree: 'yes', hearingLoop: 'yes', neutralGround: 'no', notes: 'Staff offices: use only when nowhere else is free.' });
  if (!hall.ok || !library.ok) return;

  ctx.meetings = ctx.meetings.map((meeting, i) => {
    const updated = updateRecord(doc, meetingType, meeting.id, { venueId: i % 4 === 3 ? 'venue-library' : 'venue-hall', place: undefined });
    return updated.ok ? (updated.value as Meeting) : meeting;
  });

  const byMeeting = new Map<string, Attendance[]>();
  for (const a of readAll(doc, attendanceType) as Attendance[]) {
    const list = byMeeting.get(a.meetingId);
    if (list) list.push(a);
    else byMeeting.set(a.meetingId, [a]);
  }
  // The detailed meetings sit either side of "today": half way through, or at asOf.
  const held = ctx.asOf ? meetingsHeld(ctx) : Math.floor(ctx.meetings.length / 2);
  const last = Math.min(ctx.meetings.length, held + 2);
  for (let i = Math.max(0, last - DETAILED_MEETINGS); i < last; i++) {
    const meeting = ctx.meetings[i]!;
    const isHeld = i < held;
    const marks = marksFor(meeting.id, byMeeting.get(meeting.id) ?? []);
    const present = ctx.people.filter((p) => marks.get(p.id) === 'present');

    random.shuffle([...AGENDA]).slice(0, 3).forEach((title, order) => {
      const lead = order === 0 ? undefined : random.pick(ctx.people);
      insertRecord(doc, agendaItemType, { id: `agenda-${i}-${order}`, meetingId: meeting.id, title, order: order + 1, minutes: random.pick([10, 15, 20, 30]), ...(lead ? { leadPersonId: lead.id } : { leadName: 'Everyone' }) });
    });

    const paperIds = [`paper-${i}-0`, ...(i % 3 === 0 ? [`paper-${i}-1`] : [])];
    insertRecord(doc, paperType, { id: paperIds[0]!, meetingId: meeting.id, title: 'Agenda and notes from last time' });
    if (paperIds[1]) insertRecord(doc, paperType, { id: paperIds[1], meetingId: meeting.id, title: 'Respite options summary', note: 'Easy read version from the Carers Centre' });
    if (!isHeld) continue;

    if (i >= held - MEETINGS_WITH_SENDS) sendPapers(ctx, meeting, paperIds, marks);

    if (i === 0) {
      for (const person of present.slice(0, 10)) {
        insertRecord(doc, memberCallType, { id: memberCallId(meeting.id, person.id), meetingId: meeting.id, personId: person.id, calledOn: addDays(meeting.date, -3) });
      }
    }

    insertRecord(doc, meetingNotesType, { id: `notes-${i}`, meetingId: meeting.id, body: random.pick(NOTES) });

    if (i % 2 === 0 && present.length > 0) {
      const byVote = random.chance(0.4);
      const votesFor = Math.ceil(present.length * 0.6);
      const votesAgainst = random.int(0, present.length - votesFor);
      const abstentions = random.int(0, present.length - votesFor - votesAgainst);
      insertRecord(doc, decisionType, {
        id: `decision-${i}`,
        meetingId: meeting.id,
        text: random.pick(DECISIONS),
        method: byVote ? 'vote' : 'consensus',
        ...(byVote ? { votesFor, votesAgainst, abstentions } : {}),
        ladder: random.pick(LADDER),
      });
    }

    for (let a = 0; a < random.int(1, 2) && present.length > 0; a++) {
      const due = addDays(meeting.date, 14);
      const done = i < held - 2 && random.chance(0.8);
      insertRecord(doc, actionType, {
        id: `action-${i}-${a}`,
        meetingId: meeting.id,
        what: random.pick(ACTIONS),
        ownerPersonId: random.pick(present).id,
        due,
        done,
        ...(done ? { doneOn: addDays(due, -random.int(0, 7)) } : {}),
      });
    }

    insertRecord(doc, closingReflectionType, { id: `reflection-${i}`, meetingId: meeting.id, wentWell: random.pick(WENT_WELL), couldBeBetter: random.pick(BETTER) });
  }
}

function sendPapers(ctx: ReferenceContext, meeting: Meeting, paperIds: string[], marks: ReadonlyMap<string, Mark>) {
  const sentOn = addDays(meeting.date, -ctx.random.int(7, 10));
  for (const person of registerPeople(ctx.people, marks)) {
    const format = person.inclusion?.formats?.[0] ?? 'email';
    for (const paperId of paperIds) {
      insertRecord(ctx.doc, paperSendType, { id: paperSendId(paperId, person.id), paperId, meetingId: meeting.id, personId: person.id, format, sentOn });
    }
  }
}
