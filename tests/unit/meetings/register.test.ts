import { describe, expect, it } from 'vitest';
import { addWalkIn, clearAttendance, makeMember, markAttendance, restoreAttendance } from '../../../src/core/commands/attendance';
import { archiveRecord, removeRecord } from '../../../src/core/commands/records';
import { canonicalJson } from '../../../src/core/doc/project-doc';
import { attendanceId, attendanceType } from '../../../src/core/domain/attendance';
import { personType } from '../../../src/core/domain/person';
import { registerPeople } from '../../../src/core/meetings/expected';
import { registerCounts } from '../../../src/core/meetings/register-counts';
import { addMeeting, addPerson, copyDoc, person, projectDoc, syncDocs } from './fixtures';
import { meetingMarks } from '../../../src/core/read/attendance';
import { readAll, readRecord } from '../../../src/core/read/records';

describe('the register', () => {
  it('leaves out a mark whose record was archived, and shows it again when it is brought back', () => {
    const doc = projectDoc();
    addMeeting(doc, { id: 'm1', date: '2026-03-10' });
    addPerson(doc, { id: 'ann', name: 'Ann' });
    addPerson(doc, { id: 'bob', name: 'Bob' });
    markAttendance(doc, 'm1', 'ann', 'present');
    markAttendance(doc, 'm1', 'bob', 'absent');
    expect(archiveRecord(doc, attendanceType, attendanceId('m1', 'ann')).ok).toBe(true);
    expect([...meetingMarks(doc, 'm1')]).toEqual([['bob', 'absent']]);
    archiveRecord(doc, attendanceType, attendanceId('m1', 'ann'), false);
    expect(meetingMarks(doc, 'm1').get('ann')).toBe('present');
  });

  it('converges to one mark when two facilitators mark the same person on two devices offline', () => {
    const a = projectDoc();
    addMeeting(a, { id: 'm1', date: '2026-03-10' });
    addPerson(a, { id: 'ann', name: 'Ann' });
    const b = copyDoc(a);

    expect(markAttendance(a, 'm1', 'ann', 'present').ok).toBe(true);
    expect(markAttendance(b, 'm1', 'ann', 'apologies').ok).toBe(true);
    syncDocs(a, b);

    expect(canonicalJson(a)).toEqual(canonicalJson(b));
    const marksA = readAll(a, attendanceType);
    expect(marksA).toHaveLength(1);
    expect(marksA[0]!.id).toBe(attendanceId('m1', 'ann'));
    expect(meetingMarks(a, 'm1').get('ann')).toEqual(meetingMarks(b, 'm1').get('ann'));
  });

  it('converges when one device changes a mark the other already has', () => {
    const a = projectDoc();
    addMeeting(a, { id: 'm1', date: '2026-03-10' });
    addPerson(a, { id: 'ann', name: 'Ann' });
    markAttendance(a, 'm1', 'ann', 'absent');
    const b = copyDoc(a);
    markAttendance(a, 'm1', 'ann', 'present');
    markAttendance(b, 'm1', 'ann', 'apologies');
    syncDocs(a, b);
    expect(canonicalJson(a)).toEqual(canonicalJson(b));
    expect(readAll(b, attendanceType)).toHaveLength(1);
  });

  it('adds a walk-in by name only, as a guest marked present', () => {
    const doc = projectDoc();
    addMeeting(doc, { id: 'm1', date: '2026-03-10' });
    const result = addWalkIn(doc, 'm1', '  Nadia  ');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.person).toMatchObject({ name: 'Nadia', guest: true, role: 'other', status: 'active' });
    expect(meetingMarks(doc, 'm1').get(result.value.person.id)).toBe('present');
  });

  it('keeps a walk-in’s attendance when they are made a member', () => {
    const doc = projectDoc();
    addMeeting(doc, { id: 'm1', date: '2026-03-10' });
    addMeeting(doc, { id: 'm2', date: '2026-03-17' });
    const walkIn = addWalkIn(doc, 'm1', 'Tariq');
    if (!walkIn.ok) throw new Error(walkIn.message);
    const id = walkIn.value.person.id;
    markAttendance(doc, 'm2', id, 'apologies');

    const member = makeMember(doc, id, '2026-03-20');
    expect(member.ok).toBe(true);
    const stored = readRecord(doc, personType, id)!;
    expect(stored.guest).toBe(false);
    expect(stored.joinedOn).toBe('2026-03-20');
    expect(meetingMarks(doc, 'm1').get(id)).toBe('present');
    expect(meetingMarks(doc, 'm2').get(id)).toBe('apologies');
    expect(readAll(doc, attendanceType).filter((a) => a.personId === id)).toHaveLength(2);
  });

  it('takes walk-in names in any script, with emoji, and refuses one far too long', () => {
    const doc = projectDoc();
    addMeeting(doc, { id: 'm1', date: '2026-03-10' });
    for (const name of ['مريم حسن', 'Zoë 🌻 Ng', 'Siân\u200B Jones']) {
      const result = addWalkIn(doc, 'm1', name);
      expect(result.ok).toBe(true);
    }
    expect(readAll(doc, personType).map((p) => p.name).sort()).toEqual(['Siân Jones', 'Zoë 🌻 Ng', 'مريم حسن']);
    expect(addWalkIn(doc, 'm1', 'x'.repeat(121))).toEqual({ ok: false, message: 'Name is too long: keep it to 120 characters or fewer.' });
    expect(readAll(doc, personType)).toHaveLength(3);
  });

  it('refuses a walk-in with no name, and writes nothing', () => {
    const doc = projectDoc();
    addMeeting(doc, { id: 'm1', date: '2026-03-10' });
    const result = addWalkIn(doc, 'm1', '   ');
    expect(result).toEqual({ ok: false, message: 'Name cannot be empty.' });
    expect(readAll(doc, personType)).toHaveLength(0);
    expect(readAll(doc, attendanceType)).toHaveLength(0);
  });

  it('refuses to mark a person erased on another device meanwhile, with a clear message', () => {
    const a = projectDoc();
    addMeeting(a, { id: 'm1', date: '2026-03-10' });
    addPerson(a, { id: 'ann', name: 'Ann' });
    const b = copyDoc(a);
    removeRecord(b, personType, 'ann');
    syncDocs(a, b);
    const result = markAttendance(a, 'm1', 'ann', 'present');
    expect(result).toEqual({ ok: false, message: 'That person is no longer in the project, so they cannot be marked.' });
    expect(readAll(a, attendanceType)).toHaveLength(0);
  });

  it('undoes a mark back to the one before, or to no mark at all', () => {
    const doc = projectDoc();
    addMeeting(doc, { id: 'm1', date: '2026-03-10' });
    addPerson(doc, { id: 'ann', name: 'Ann' });
    markAttendance(doc, 'm1', 'ann', 'apologies');
    markAttendance(doc, 'm1', 'ann', 'present');
    expect(restoreAttendance(doc, 'm1', 'ann', 'apologies').ok).toBe(true);
    expect(meetingMarks(doc, 'm1').get('ann')).toBe('apologies');
    expect(restoreAttendance(doc, 'm1', 'ann', undefined).ok).toBe(true);
    expect(meetingMarks(doc, 'm1').has('ann')).toBe(false);
    clearAttendance(doc, 'm1', 'ann');
    expect(readAll(doc, attendanceType)).toHaveLength(0);
  });

  it('lists active members and anyone marked, but not people who left or walk-ins from other days', () => {
    const people = [
      person('a', { name: 'Zoe' }),
      person('b', { name: 'amir' }),
      person('c', { name: 'Left', status: 'left' }),
      person('d', { name: 'Guest', guest: true }),
      person('e', { name: 'Stepped back but came', status: 'stepped-back' }),
    ];
    const rows = registerPeople(people, new Map([['e', 'present' as const]]));
    expect(rows.map((p) => p.id)).toEqual(['b', 'e', 'a']);
  });

  it('counts the register by mark and by role', () => {
    const people = [
      person('a', { role: 'lived-experience' }),
      person('b', { role: 'lived-experience' }),
      person('c', { role: 'professional' }),
      person('d', { role: 'carer' }),
      person('w', { role: 'other', guest: true }),
    ];
    const counts = registerCounts(people, new Map([['a', 'present'], ['c', 'present'], ['d', 'apologies'], ['w', 'present']] as const));
    expect(counts.total).toBe(5);
    expect(counts.byMark).toEqual({ present: 3, apologies: 1, absent: 0, unmarked: 1 });
    expect(counts.guestsPresent).toBe(1);
    expect(counts.byRole.map((r) => [r.role, r.byMark.present, r.total])).toEqual([
      ['lived-experience', 1, 2],
      ['carer', 0, 1],
      ['professional', 1, 1],
      ['other', 1, 1],
    ]);
  });
});
