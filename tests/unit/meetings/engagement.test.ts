import { beforeAll, describe, expect, it } from 'vitest';
import { readAll } from '../../../src/core/read/records';
import { createProjectDoc } from '../../../src/core/doc/project-doc';
import { attendanceType } from '../../../src/core/domain/attendance';
import { meetingType } from '../../../src/core/domain/meeting';
import { actionType } from '../../../src/core/domain/meeting-day/action';
import { decisionType } from '../../../src/core/domain/meeting-day/decision';
import { meetingDayRecordTypes } from '../../../src/core/domain/meeting-day/index';
import { personType } from '../../../src/core/domain/person';
import { formatDuration } from '../../../src/core/format/dates';
import { groupAttendance, memberEngagement, roleMix } from '../../../src/core/meetings/engagement';
import { generateReferenceProject } from '../../../src/core/reference/generate';
import { YEAR_OF_USE } from '../../../src/core/reference/sizes';

// The reference project starts on 2026-01-06 and meets weekly; by 1 July, 26 meetings have been held.
const TODAY = '2026-07-01';

type Raw = Record<string, Record<string, unknown>>;
let doc: ReturnType<typeof createProjectDoc>;
let raw: { meetings: Raw; attendance: Raw; people: Raw };

beforeAll(() => {
  doc = createProjectDoc('p-reference');
  generateReferenceProject(doc, { size: YEAR_OF_USE });
  raw = {
    meetings: doc.getMap('meetings').toJSON() as Raw,
    attendance: doc.getMap('attendance').toJSON() as Raw,
    people: doc.getMap('people').toJSON() as Raw,
  };
});

function figures() {
  return {
    meetings: readAll(doc, meetingType),
    attendance: readAll(doc, attendanceType),
    people: readAll(doc, personType),
  };
}

describe('engagement figures on a year of use', () => {
  it('counts how many came to each meeting held so far', () => {
    const { meetings, attendance } = figures();
    const turnout = groupAttendance(meetings, attendance, TODAY);

    // By hand from the raw doc: meetings dated on or before today, and their present marks.
    const heldIds = Object.values(raw.meetings)
      .filter((m) => (m.date as string) <= TODAY)
      .map((m) => m.id as string);
    expect(heldIds).toHaveLength(26);
    expect(turnout.map((t) => t.meeting.id)).toEqual(heldIds.sort((a, b) => Number(a.split('-')[1]) - Number(b.split('-')[1])));
    for (const id of heldIds) {
      let present = 0;
      let apologies = 0;
      let absent = 0;
      for (const a of Object.values(raw.attendance)) {
        if (a.meetingId !== id) continue;
        if (a.mark === 'present') present++;
        else if (a.mark === 'apologies') apologies++;
        else absent++;
      }
      expect(turnout.find((t) => t.meeting.id === id)).toMatchObject({ present, apologies, absent });
    }
    const totalMarks = turnout.reduce((n, t) => n + t.present + t.apologies + t.absent, 0);
    expect(totalMarks).toBe(26 * YEAR_OF_USE.marksPerMeeting);
  });

  it('works out each member’s attendance since they joined, and how long they have been involved', () => {
    const { meetings, attendance, people } = figures();
    const members = memberEngagement(people, meetings, attendance, TODAY);
    expect(members).toHaveLength(YEAR_OF_USE.members);

    for (const id of ['person-0', 'person-1', 'person-17', 'person-49']) {
      const person = raw.people[id]!;
      const heldIds = new Set(
        Object.values(raw.meetings)
          .filter((m) => (m.date as string) <= TODAY && (m.date as string) >= (person.joinedOn as string))
          .map((m) => m.id),
      );
      let present = 0;
      for (const a of Object.values(raw.attendance)) if (a.personId === id && a.mark === 'present' && heldIds.has(a.meetingId)) present++;
      const row = members.find((m) => m.person.id === id)!;
      expect(row.since).toBe('2026-01-06');
      // 6 January to 1 July: 25 + 28 + 31 + 30 + 31 + 30 + 1 days.
      expect(row.daysInvolved).toBe(176);
      expect(row.meetingsSince).toBe(26);
      expect(row.present).toBe(present);
      expect(row.rate).toBeCloseTo(present / 26, 10);
    }
  });

  it('shows the mix of roles among those present at each meeting', () => {
    const { meetings, attendance, people } = figures();
    const mix = roleMix(meetings, attendance, people, TODAY);
    for (const id of ['meeting-0', 'meeting-12', 'meeting-25']) {
      const byRole: Record<string, number> = {};
      for (const a of Object.values(raw.attendance)) {
        if (a.meetingId !== id || a.mark !== 'present') continue;
        const role = raw.people[a.personId as string]!.role as string;
        byRole[role] = (byRole[role] ?? 0) + 1;
      }
      const row = mix.find((r) => r.meeting.id === id)!;
      const nonZero = Object.fromEntries(Object.entries(row.counts).filter(([, n]) => n > 0));
      expect(nonZero).toEqual(byRole);
      expect(row.present).toBe(Object.values(byRole).reduce((a, b) => a + b, 0));
    }
    expect(mix).toHaveLength(26);
  });

  it('counts marks of people since erased under “not known”, not under anyone', () => {
    const { meetings, attendance, people } = figures();
    const someonePresent = attendance.find((a) => a.meetingId === 'meeting-0' && a.mark === 'present')!;
    const withoutThem = people.filter((p) => p.id !== someonePresent.personId);
    const row = roleMix(meetings, attendance, withoutThem, TODAY).find((r) => r.meeting.id === 'meeting-0')!;
    expect(row.counts.unknown).toBe(1);
  });

  it('puts lengths of time into words', () => {
    expect(formatDuration(1)).toBe('1 day');
    expect(formatDuration(20)).toBe('2 weeks');
    expect(formatDuration(176)).toBe('5 months');
    expect(formatDuration(800)).toBe('2 years');
  });
});

describe('the reference project’s meeting records', () => {
  it('are all valid, with votes no larger than the people present', () => {
    for (const type of meetingDayRecordTypes) {
      expect(readAll(doc, type).length, type.collection).toBe(doc.getMap(type.collection).size);
    }
    const attendance = readAll(doc, attendanceType);
    for (const d of readAll(doc, decisionType)) {
      if (d.method !== 'vote') continue;
      const present = attendance.filter((a) => a.meetingId === d.meetingId && a.mark === 'present').length;
      expect((d.votesFor ?? 0) + (d.votesAgainst ?? 0) + (d.abstentions ?? 0)).toBeLessThanOrEqual(present);
    }
    expect(readAll(doc, actionType).every((a) => a.ownerPersonId && raw.people[a.ownerPersonId])).toBe(true);
    expect(readAll(doc, meetingType).every((m) => m.venueId)).toBe(true);
  });
});
