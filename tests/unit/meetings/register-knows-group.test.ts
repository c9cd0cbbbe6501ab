import { describe, expect, it } from 'vitest';
import { addWalkIn, markAttendance } from '../../../src/core/commands/attendance';
import { createMeetingSeries, type SeriesInput } from '../../../src/core/commands/meeting-series';
import { archiveRecord } from '../../../src/core/commands/records';
import { addContributionsForPresent } from '../../../src/core/commands/team-ledger';
import { attendanceType } from '../../../src/core/domain/attendance';
import { meetingType } from '../../../src/core/domain/meeting';
import { personType } from '../../../src/core/domain/person';
import { meetingSeriesType } from '../../../src/core/domain/plan/meeting-series';
import { contributionType } from '../../../src/core/domain/team/contribution';
import { papersDue, papersWindowOpen } from '../../../src/core/meetings/papers';
import { nameKey, walkInMatches } from '../../../src/core/meetings/walk-in-match';
import { meetingMarks } from '../../../src/core/read/attendance';
import { readAll } from '../../../src/core/read/records';
import { seededRandom } from '../../../src/core/reference/random';
import { addMeeting, addPerson, copyDoc, meeting, person, projectDoc, syncDocs } from './fixtures';

describe('walk-ins are matched to people the group already knows', () => {
  it('marks an interested member present when their name is typed as a walk-in, with no second person', () => {
    const doc = projectDoc();
    addMeeting(doc, { id: 'm1', date: '2026-03-10' });
    addPerson(doc, { id: 'sian', name: 'Siân O’Neill', status: 'interested' });
    const result = addWalkIn(doc, 'm1', "  sian o'neill ");
    expect(result.ok && result.value.matched).toBe(true);
    expect(readAll(doc, personType)).toHaveLength(1);
    expect(meetingMarks(doc, 'm1').get('sian')).toBe('present');
  });

  it('marks an earlier walk-in present at the next meeting, so their attendance stays in one place', () => {
    const doc = projectDoc();
    addMeeting(doc, { id: 'm1', date: '2026-03-10' });
    addMeeting(doc, { id: 'm2', date: '2026-03-24' });
    const first = addWalkIn(doc, 'm1', 'Tariq Aziz');
    const second = addWalkIn(doc, 'm2', 'TARIQ AZIZ');
    expect(first.ok && second.ok && second.value.person.id === first.value.person.id).toBe(true);
    expect(
      readAll(doc, attendanceType)
        .map((a) => a.meetingId)
        .sort(),
    ).toEqual(['m1', 'm2']);
  });

  it('asks which one when two people share the typed name, and adds someone new only when told to', () => {
    const doc = projectDoc();
    addMeeting(doc, { id: 'm1', date: '2026-03-10' });
    addPerson(doc, { id: 'a', name: 'Sam Lee' });
    addPerson(doc, { id: 'b', name: 'Sam Lee', status: 'interested' });
    const refused = addWalkIn(doc, 'm1', 'sam lee');
    expect(refused).toEqual({
      ok: false,
      message: 'More than one person in the project is called sam lee. Choose which one came from the names offered, or add them as someone new.',
    });
    expect(readAll(doc, attendanceType)).toHaveLength(0);
    const asNew = addWalkIn(doc, 'm1', 'Sam Lee', { asNew: true });
    expect(asNew.ok && asNew.value.matched).toBe(false);
    expect(readAll(doc, personType)).toHaveLength(3);
  });

  it('never matches an archived person', () => {
    const doc = projectDoc();
    addMeeting(doc, { id: 'm1', date: '2026-03-10' });
    addPerson(doc, { id: 'old', name: 'Ann Jones' });
    archiveRecord(doc, personType, 'old', true);
    expect(walkInMatches(readAll(doc, personType), 'Ann')).toEqual([]);
    const result = addWalkIn(doc, 'm1', 'Ann Jones');
    expect(result.ok && result.value.matched).toBe(false);
  });

  it('offers the same name first, then names starting so, members before earlier walk-ins', () => {
    const people = [
      person('g', { name: 'Annie Guest', guest: true }),
      person('w', { name: 'Joanne Ann' }),
      person('i', { name: 'Annabel', status: 'interested' }),
      person('x', { name: 'Ann' }),
      person('z', { name: 'Bob' }),
    ];
    expect(walkInMatches(people, 'ann').map((p) => p.id)).toEqual(['x', 'i', 'g', 'w']);
    expect(walkInMatches(people, 'a')).toEqual([]);
    expect(nameKey('  Zoë   Ng! ')).toBe('zoe ng');
  });

  it('leaves no duplicate person whatever order names are typed in, over many seeds', () => {
    const names = ['Amira Khan', 'amira khan', 'AMIRA KHAN ', 'Ben Ola', 'ben ola', 'Cy Ng'];
    for (let seed = 1; seed <= 60; seed++) {
      const random = seededRandom(seed);
      const doc = projectDoc();
      addMeeting(doc, { id: 'm1', date: '2026-03-10' });
      addMeeting(doc, { id: 'm2', date: '2026-03-17' });
      if (random.chance(0.5)) addPerson(doc, { id: 'amira', name: 'Amira Khan', status: 'interested' });
      for (let i = 0; i < 8; i++) addWalkIn(doc, random.pick(['m1', 'm2']), random.pick(names));
      const keys = readAll(doc, personType).map((p) => nameKey(p.name));
      expect(new Set(keys).size).toBe(keys.length);
    }
  });
});

describe('giving to everyone present in one step', () => {
  function meetingWithThreePresent() {
    const doc = projectDoc();
    addMeeting(doc, { id: 'm1', date: '2026-03-10' });
    for (const [id, mark] of [
      ['ann', 'present'],
      ['bob', 'present'],
      ['cat', 'apologies'],
      ['dee', 'present'],
    ] as const) {
      addPerson(doc, { id, name: id });
      markAttendance(doc, 'm1', id, mark);
    }
    return doc;
  }

  it('adds the same expense for each person present, dated the meeting day, and nobody twice', () => {
    const doc = meetingWithThreePresent();
    const input = { kind: 'expense', forWhat: 'Bus fare', amountPence: 450, expenseType: 'travel', paid: 'up-front' } as const;
    const first = addContributionsForPresent(doc, 'm1', input);
    expect(first.ok && first.value.added.map((c) => c.personId).sort()).toEqual(['ann', 'bob', 'dee']);
    const again = addContributionsForPresent(doc, 'm1', input);
    expect(again.ok && again.value.added).toEqual([]);
    expect(again.ok && again.value.alreadyGiven.sort()).toEqual(['ann', 'bob', 'dee']);
    const stored = readAll(doc, contributionType);
    expect(stored).toHaveLength(3);
    expect(stored.every((c) => c.date === '2026-03-10' && c.amountPence === 450)).toBe(true);
  });

  it('refuses a wrong entry or a meeting with nobody present, and writes nothing', () => {
    const doc = meetingWithThreePresent();
    expect(addContributionsForPresent(doc, 'm1', { kind: 'voucher', forWhat: 'Thanks' })).toEqual({
      ok: false,
      message: 'Enter the amount in pounds, like 12.50.',
    });
    addMeeting(doc, { id: 'm2', date: '2026-03-17' });
    expect(addContributionsForPresent(doc, 'm2', { kind: 'time-credit', forWhat: 'Meeting', hours: 2 }).ok).toBe(false);
    expect(addContributionsForPresent(doc, 'gone', { kind: 'time-credit', forWhat: 'Meeting', hours: 2 })).toEqual({
      ok: false,
      message: 'That meeting is no longer here.',
    });
    expect(readAll(doc, contributionType)).toHaveLength(0);
  });
});

describe('papers due only while they can still help', () => {
  it('stops the warning once the meeting has started on its day', () => {
    const m = meeting('m', '2026-03-10', { startTime: '10:00' });
    expect(papersWindowOpen(m, '2026-03-10', '09:59')).toBe(true);
    expect(papersWindowOpen(m, '2026-03-10', '10:00')).toBe(false);
    expect(papersWindowOpen(m, '2026-03-11', '08:00')).toBe(false);
    const due = (now: string) => papersDue({ today: '2026-03-10', now, meetings: [m], papers: [], sends: [], people: [], attendance: [] });
    expect(due('09:00')).toHaveLength(1);
    expect(due('10:30')).toEqual([]);
  });
});

describe('"Add these meetings" twice', () => {
  const input: SeriesInput = {
    title: 'Group meeting',
    from: '2026-03-03',
    weekday: 2,
    everyWeeks: 2,
    count: 6,
    startTime: '10:00',
    endTime: '12:00',
    place: 'Hall',
  };

  it('makes the series once, and says the second time that it is already there', () => {
    const doc = projectDoc();
    const first = createMeetingSeries(doc, input, { today: '2026-03-01' });
    const second = createMeetingSeries(doc, input, { today: '2026-03-01' });
    expect(first.ok && first.value.alreadyPlanned).toBe(false);
    expect(second.ok && second.value.alreadyPlanned).toBe(true);
    expect(second.ok && first.ok && second.value.series.id).toBe(first.ok && first.value.series.id);
    expect(readAll(doc, meetingType)).toHaveLength(6);
    expect(readAll(doc, meetingSeriesType)).toHaveLength(1);
  });

  it('still plans a different series, and the same one again once the first is archived', () => {
    const doc = projectDoc();
    const first = createMeetingSeries(doc, input, { today: '2026-03-01' });
    expect(createMeetingSeries(doc, { ...input, startTime: '14:00', endTime: '16:00' }, { today: '2026-03-01' }).ok).toBe(true);
    if (first.ok) archiveRecord(doc, meetingSeriesType, first.value.series.id, true);
    const again = createMeetingSeries(doc, input, { today: '2026-03-01' });
    expect(again.ok && again.value.alreadyPlanned).toBe(false);
    expect(readAll(doc, meetingSeriesType)).toHaveLength(3);
  });

  it('makes it once on a second device that has synced the first', () => {
    const a = projectDoc();
    createMeetingSeries(a, input, { today: '2026-03-01' });
    const b = copyDoc(a);
    createMeetingSeries(b, input, { today: '2026-03-01' });
    syncDocs(a, b);
    expect(readAll(a, meetingType)).toHaveLength(6);
  });
});
