import { describe, expect, it } from 'vitest';
import { addPaper, markPaperSent } from '../../../src/core/commands/meeting-day-before';
import { removeRecord } from '../../../src/core/commands/records';
import type { Attendance } from '../../../src/core/domain/attendance';
import { paperSendType, type Paper, type PaperSend } from '../../../src/core/domain/meeting-day/paper';
import { personType } from '../../../src/core/domain/person';
import { papersDue } from '../../../src/core/meetings/papers';
import { addMeeting, addPerson, meeting, person, projectDoc } from './fixtures';
import { readAll } from '../../../src/core/read/records';

const paper = (id: string, meetingId: string): Paper => ({ id, v: 1, createdAt: '2026-01-01T00:00:00.000Z', meetingId, title: `Paper ${id}` });
const send = (paperId: string, meetingId: string, personId: string): PaperSend => ({
  id: `${paperId}:${personId}`,
  v: 1,
  createdAt: '2026-01-01T00:00:00.000Z',
  paperId,
  meetingId,
  personId,
  format: 'email',
  sentOn: '2026-03-01',
});

const people = [
  person('ann', { name: 'Ann', inclusion: { formats: ['easy-read'] } }),
  person('bob', { name: 'Bob', inclusion: { formats: ['large-print', 'post'] } }),
  person('cat', { name: 'Cat', inclusion: { formats: ['email'] } }),
  person('dee', { name: 'Dee', status: 'left', inclusion: { formats: ['easy-read'] } }),
];

function due(today: string, meetingDate: string, sends: PaperSend[] = [], attendance: Attendance[] = []) {
  return papersDue({ today, now: '09:00', meetings: [meeting('m', meetingDate)], papers: [paper('p1', 'm')], sends, people, attendance });
}

describe('papers due a week ahead', () => {
  it('reminds when the meeting is exactly 7 days away and papers are not sent', () => {
    const [reminder, ...rest] = due('2026-03-03', '2026-03-10');
    expect(rest).toEqual([]);
    expect(reminder!.daysAway).toBe(7);
    expect(reminder!.message).toBe('Meeting m is in 7 days. Papers have not gone to 3 people yet.');
  });

  it('says nothing yet when the meeting is 8 days away', () => {
    expect(due('2026-03-02', '2026-03-10')).toEqual([]);
  });

  it('keeps reminding up to the day itself, and stops once the meeting has passed', () => {
    expect(due('2026-03-09', '2026-03-10')[0]!.message).toBe('Meeting m is tomorrow. Papers have not gone to 3 people yet.');
    expect(due('2026-03-10', '2026-03-10')[0]!.daysAway).toBe(0);
    expect(due('2026-03-11', '2026-03-10')).toEqual([]);
  });

  it('counts across a change of month and the clocks going forward', () => {
    expect(due('2026-03-22', '2026-03-29')[0]!.daysAway).toBe(7);
    expect(due('2026-03-21', '2026-03-29')).toEqual([]);
  });

  it('lists who needs easy read or large print among those still waiting', () => {
    const [reminder] = due('2026-03-05', '2026-03-10');
    expect(reminder!.easyRead.map((p) => p.name)).toEqual(['Ann']);
    expect(reminder!.largePrint.map((p) => p.name)).toEqual(['Bob']);
    const later = due('2026-03-05', '2026-03-10', [send('p1', 'm', 'ann')]);
    expect(later[0]!.easyRead).toEqual([]);
    expect(later[0]!.waiting.map((p) => p.name)).toEqual(['Bob', 'Cat']);
  });

  it('stops reminding once every paper has gone to everyone', () => {
    expect(due('2026-03-05', '2026-03-10', [send('p1', 'm', 'ann'), send('p1', 'm', 'bob'), send('p1', 'm', 'cat')])).toEqual([]);
  });

  it('reminds about a meeting with no papers at all, but not a cancelled one', () => {
    const noPapers = papersDue({ today: '2026-03-05', now: '09:00', meetings: [meeting('m', '2026-03-10')], papers: [], sends: [], people, attendance: [] });
    expect(noPapers[0]!.message).toBe('Meeting m is in 5 days and has no papers yet. Add the agenda and send it out.');
    expect(papersDue({ today: '2026-03-05', now: '09:00', meetings: [meeting('m', '2026-03-10', { cancelled: true })], papers: [], sends: [], people, attendance: [] })).toEqual([]);
  });

  it('records papers sent in each person’s format, skipping anyone erased meanwhile', () => {
    const doc = projectDoc();
    addMeeting(doc, { id: 'm1', date: '2026-03-10' });
    addPerson(doc, { id: 'ann', name: 'Ann' });
    addPerson(doc, { id: 'bob', name: 'Bob' });
    const added = addPaper(doc, 'm1', 'Agenda');
    if (!added.ok) throw new Error(added.message);
    removeRecord(doc, personType, 'bob');
    const result = markPaperSent(doc, added.value.id, [{ personId: 'ann', format: 'easy-read' }, { personId: 'bob', format: 'large-print' }], '2026-03-02');
    expect(result.ok && result.value.skipped).toEqual(['bob']);
    expect(readAll(doc, paperSendType).map((s) => [s.personId, s.format, s.sentOn])).toEqual([['ann', 'easy-read', '2026-03-02']]);
  });

  it('refuses a sent date that is not a real date, and writes nothing', () => {
    const doc = projectDoc();
    addMeeting(doc, { id: 'm1', date: '2026-03-10' });
    addPerson(doc, { id: 'ann', name: 'Ann' });
    const added = addPaper(doc, 'm1', 'Agenda');
    if (!added.ok) throw new Error(added.message);
    expect(markPaperSent(doc, added.value.id, [{ personId: 'ann', format: 'email' }], '2026-02-30')).toEqual({ ok: false, message: 'Date sent is not a real date.' });
    expect(readAll(doc, paperSendType)).toEqual([]);
  });
});
