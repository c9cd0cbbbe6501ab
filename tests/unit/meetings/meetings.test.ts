import { describe, expect, it } from 'vitest';
import { markAttendance } from '../../../src/core/commands/attendance';
import { addAgendaItem, markCalled, moveAgendaItem, updateAgendaItem } from '../../../src/core/commands/meeting-day-before';
import { scheduleMeeting, setMeetingCancelled, updateMeetingDetails } from '../../../src/core/commands/meeting-day-meetings';
import { readAll, readRecord } from '../../../src/core/read/records';
import { attendanceType } from '../../../src/core/domain/attendance';
import { meetingType } from '../../../src/core/domain/meeting';
import { personType } from '../../../src/core/domain/person';
import { agendaItemType } from '../../../src/core/domain/meeting-day/agenda-item';
import { memberCallType } from '../../../src/core/domain/meeting-day/member-call';
import { callsNeeded } from '../../../src/core/meetings/calls';
import { groupMeetings, nextMeeting } from '../../../src/core/meetings/meeting-list';
import { addMeeting, addPerson, copyDoc, meeting, projectDoc, syncDocs } from './fixtures';

describe('meetings', () => {
  it('adds a single meeting', () => {
    const doc = projectDoc();
    const result = scheduleMeeting(doc, { title: 'Planning day', date: '2026-04-14', startTime: '10:00', endTime: '12:30', place: 'Church hall' });
    expect(result.ok && result.value).toMatchObject({ title: 'Planning day', date: '2026-04-14', place: 'Church hall' });
  });

  it('asks for a date when a meeting has none, and saves nothing', () => {
    const doc = projectDoc();
    expect(scheduleMeeting(doc, { title: 'Planning day', date: '', startTime: '10:00', endTime: '12:00' })).toEqual({ ok: false, message: 'Choose a date for the meeting.' });
    expect(scheduleMeeting(doc, { title: 'Planning day', date: '14/04/2026', startTime: '10:00', endTime: '12:00' })).toEqual({ ok: false, message: 'Meeting date must be a date like 2026-03-14.' });
    expect(scheduleMeeting(doc, { title: 'Planning day', date: '2026-04-14', startTime: '12:00', endTime: '10:00' })).toEqual({ ok: false, message: 'A meeting must end after it starts.' });
    expect(readAll(doc, meetingType)).toEqual([]);
  });

  it('does not show a stored meeting that has lost its date, rather than guessing one', () => {
    const doc = projectDoc();
    addMeeting(doc, { id: 'm1', date: '2026-03-10' });
    (doc.getMap('meetings').get('m1') as import('yjs').Map<unknown>).delete('date');
    expect(readRecord(doc, meetingType, 'm1')).toBeUndefined();
    expect(updateMeetingDetails(doc, 'm1', { title: 'New name' })).toEqual({ ok: false, message: 'Meeting date must be a date.' });
  });

  it('cancels a meeting and brings it back', () => {
    const doc = projectDoc();
    addMeeting(doc, { id: 'm1', date: '2026-03-10' });
    setMeetingCancelled(doc, 'm1', true);
    expect(readRecord(doc, meetingType, 'm1')!.cancelled).toBe(true);
    setMeetingCancelled(doc, 'm1', false);
    expect(readRecord(doc, meetingType, 'm1')!.cancelled).toBeUndefined();
  });

  it('groups meetings into today, coming up and past, keeping cancelled ones', () => {
    const list = [meeting('a', '2026-03-03'), meeting('b', '2026-03-10'), meeting('c', '2026-03-17', { cancelled: true }), meeting('d', '2026-03-24'), meeting('e', '2026-02-24', { archived: true })];
    const groups = groupMeetings(list, '2026-03-10');
    expect(groups.today.map((m) => m.id)).toEqual(['b']);
    expect(groups.upcoming.map((m) => m.id)).toEqual(['c', 'd']);
    expect(groups.past.map((m) => m.id)).toEqual(['a']);
    expect(nextMeeting(list, '2026-03-11')!.id).toBe('d');
  });
});

describe('the agenda', () => {
  it('adds items in order and moves one up, changing only that item', () => {
    const doc = projectDoc();
    addMeeting(doc, { id: 'm1', date: '2026-03-10' });
    const ids = ['Welcome', 'Budget', 'Survey'].map((title) => {
      const r = addAgendaItem(doc, 'm1', { title, minutes: 10 });
      if (!r.ok) throw new Error(r.message);
      return r.value.id;
    });
    moveAgendaItem(doc, ids[2]!, -1);
    const order = readAll(doc, agendaItemType).sort((a, b) => a.order - b.order).map((a) => a.title);
    expect(order).toEqual(['Welcome', 'Survey', 'Budget']);
    moveAgendaItem(doc, ids[2]!, -1);
    expect(readAll(doc, agendaItemType).sort((a, b) => a.order - b.order).map((a) => a.title)).toEqual(['Survey', 'Welcome', 'Budget']);
  });

  it('keeps both items when two facilitators add to the agenda offline', () => {
    const a = projectDoc();
    addMeeting(a, { id: 'm1', date: '2026-03-10' });
    const b = copyDoc(a);
    addAgendaItem(a, 'm1', { title: 'Budget' });
    addAgendaItem(b, 'm1', { title: 'Survey', leadName: 'Everyone' });
    syncDocs(a, b);
    expect(readAll(a, agendaItemType).map((i) => i.title).sort()).toEqual(['Budget', 'Survey']);
  });

  it('changes an item after it is saved: wording, who leads it (a member or a name, never both) and minutes', () => {
    const doc = projectDoc();
    addMeeting(doc, { id: 'm1', date: '2026-03-10' });
    addPerson(doc, { id: 'p1', name: 'Priya' });
    const item = addAgendaItem(doc, 'm1', { title: 'Budgt', leadName: 'Guest speaker', minutes: 10 });
    if (!item.ok) throw new Error(item.message);
    const changed = updateAgendaItem(doc, item.value.id, { title: 'Budget', leadPersonId: 'p1', minutes: 20 });
    expect(changed.ok).toBe(true);
    const stored = readRecord(doc, agendaItemType, item.value.id)!;
    expect(stored).toMatchObject({ title: 'Budget', leadPersonId: 'p1', minutes: 20, order: item.value.order });
    expect(stored.leadName).toBeUndefined();
    updateAgendaItem(doc, item.value.id, { title: 'Budget', leadName: 'Everyone' });
    const again = readRecord(doc, agendaItemType, item.value.id)!;
    expect(again).toMatchObject({ title: 'Budget', leadName: 'Everyone' });
    expect(again.leadPersonId).toBeUndefined();
    expect(again.minutes).toBeUndefined();
    expect(updateAgendaItem(doc, item.value.id, { title: '' })).toEqual({ ok: false, message: 'Agenda item cannot be empty.' });
    expect(updateAgendaItem(doc, 'gone', { title: 'Budget' })).toEqual({ ok: false, message: 'That agenda item is no longer here.' });
    expect(readRecord(doc, agendaItemType, item.value.id)!.title).toBe('Budget');
  });

  it('refuses an item with no title or a silly length of time', () => {
    const doc = projectDoc();
    addMeeting(doc, { id: 'm1', date: '2026-03-10' });
    expect(addAgendaItem(doc, 'm1', { title: '' })).toEqual({ ok: false, message: 'Agenda item cannot be empty.' });
    expect(addAgendaItem(doc, 'm1', { title: 'Lunch', minutes: 0 })).toEqual({ ok: false, message: 'An agenda item needs at least 1 minute.' });
    expect(addAgendaItem(doc, 'm1', { title: 'Lunch', leadPersonId: 'ghost' })).toEqual({ ok: false, message: 'That person is no longer in the project. Choose someone else to lead.' });
  });
});

describe('calls before the meeting', () => {
  it('lists new members who have not been to a meeting, or joined in the last 4 weeks, and ticks them called', () => {
    const doc = projectDoc();
    addMeeting(doc, { id: 'm0', date: '2026-02-03' });
    const m1 = addMeeting(doc, { id: 'm1', date: '2026-03-10' });
    addPerson(doc, { id: 'old', name: 'Old hand', joinedOn: '2025-06-01' });
    addPerson(doc, { id: 'new', name: 'Brand new', joinedOn: '2026-03-01' });
    addPerson(doc, { id: 'recent', name: 'Came once', joinedOn: '2026-02-10' });
    addPerson(doc, { id: 'sorry', name: 'Sent apologies', joinedOn: '2026-03-01' });
    markAttendance(doc, 'm0', 'old', 'present');
    markAttendance(doc, 'm0', 'recent', 'present');
    markAttendance(doc, 'm1', 'sorry', 'apologies');
    const input = () => ({ meeting: m1, meetings: readAll(doc, meetingType), people: readAll(doc, personType), attendance: readAll(doc, attendanceType), calls: readAll(doc, memberCallType) });
    expect(callsNeeded(input()).map((c) => [c.person.id, c.reason, Boolean(c.call)])).toEqual([
      ['new', 'first-meeting', false],
      ['recent', 'joined-recently', false],
    ]);
    markCalled(doc, 'm1', 'new', '2026-03-06');
    expect(callsNeeded(input()).map((c) => [c.person.id, c.call?.calledOn])).toEqual([
      ['new', '2026-03-06'],
      ['recent', undefined],
    ]);
  });
});
