import { markAttendance } from '../../commands/attendance';
import { insertRecord } from '../../commands/records';
import { MARKS } from '../../domain/attendance';
import { meetingType, type Meeting } from '../../domain/meeting';
import { meetingsHeld, type ReferenceContext } from '../context';

export function addMeetings(ctx: ReferenceContext) {
  const start = new Date(ctx.startDate + 'T12:00:00Z');
  for (let i = 0; i < ctx.size.meetings; i++) {
    const date = new Date(start.getTime() + i * ctx.size.meetingEveryDays * 86_400_000).toISOString().slice(0, 10);
    const result = insertRecord(ctx.doc, meetingType, {
      id: `meeting-${i}`,
      title: `Group meeting ${i + 1}`,
      date,
      startTime: '10:00',
      endTime: '12:00',
      place: 'Village hall',
      seriesId: 'series-main',
    });
    if (result.ok) ctx.meetings.push(result.value as Meeting);
  }
}

/** About `marksPerMeeting` marks per meeting, mostly present. */
export function addAttendance(ctx: ReferenceContext) {
  const { random } = ctx;
  for (const meeting of ctx.meetings.slice(0, meetingsHeld(ctx))) {
    const people = random.shuffle([...ctx.people]).slice(0, ctx.size.marksPerMeeting);
    for (const person of people) {
      const roll = random.next();
      const mark = roll < 0.75 ? MARKS[0] : roll < 0.9 ? MARKS[1] : MARKS[2];
      markAttendance(ctx.doc, meeting.id, person.id, mark);
    }
  }
}
