import { describe, expect, it } from 'vitest';
import { markAttendance } from '../../../src/core/commands/attendance';
import { addAgendaItem } from '../../../src/core/commands/meeting-day-before';
import { addAction, recordDecision, startNotes, startReflection } from '../../../src/core/commands/meeting-day-during';
import { attendanceType } from '../../../src/core/domain/attendance';
import { meetingType } from '../../../src/core/domain/meeting';
import { actionType } from '../../../src/core/domain/meeting-day/action';
import { agendaItemType } from '../../../src/core/domain/meeting-day/agenda-item';
import { closingReflectionType } from '../../../src/core/domain/meeting-day/closing-reflection';
import { decisionType } from '../../../src/core/domain/meeting-day/decision';
import { meetingNotesType } from '../../../src/core/domain/meeting-day/meeting-notes';
import { personType } from '../../../src/core/domain/person';
import { agendaBodyHtml, lettersBodyHtml, meetingDocumentHtml, meetingFileName, notesBodyHtml } from '../../../src/core/meetings/meeting-print';
import { meetingRecord } from '../../../src/core/meetings/meeting-record';
import { readAll, readRecord } from '../../../src/core/read/records';
import { addMeeting, addPerson, projectDoc } from './fixtures';

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&').replace(/\s+/g, ' ');

function recordOf() {
  const doc = projectDoc();
  addMeeting(doc, { id: 'm1', date: '2026-03-10', title: 'Budget <b>day</b>' });
  addPerson(doc, { id: 'ann', name: 'Ann <img src=x>' });
  addPerson(doc, { id: 'bob', name: 'Bob' });
  markAttendance(doc, 'm1', 'ann', 'present');
  markAttendance(doc, 'm1', 'bob', 'apologies');
  addAgendaItem(doc, 'm1', { title: 'Respite & breaks', leadPersonId: 'bob', minutes: 20 });
  startNotes(doc, 'm1', 'First line\n\nSecond <script>alert(1)</script>');
  recordDecision(doc, 'm1', { text: 'Meet monthly', method: 'vote', votes: { votesFor: 1, votesAgainst: 0, abstentions: 0 } });
  addAction(doc, 'm1', { what: 'Book the hall', ownerPersonId: 'ann', due: '2026-03-20' });
  startReflection(doc, 'm1', 'wentWell', 'Good tea');
  return meetingRecord({
    meeting: readRecord(doc, meetingType, 'm1')!,
    where: 'Village hall',
    people: readAll(doc, personType),
    agenda: readAll(doc, agendaItemType),
    attendance: readAll(doc, attendanceType),
    notes: readAll(doc, meetingNotesType),
    decisions: readAll(doc, decisionType),
    actions: readAll(doc, actionType),
    reflections: readAll(doc, closingReflectionType),
  });
}

describe('agenda and notes that print and travel', () => {
  it('prints the agenda in each layout, with what people typed shown as text, never as markup', () => {
    const record = recordOf();
    for (const layout of ['standard', 'large-print', 'easy-read'] as const) {
      const html = agendaBodyHtml(record, layout);
      expect(html).not.toMatch(/<b>|<img|<script/);
      expect(text(html)).toContain('Budget <b>day</b>');
      expect(text(html)).toContain('Respite & breaks');
      expect(html).toContain(`meeting-paper ${layout}`);
    }
    expect(text(agendaBodyHtml(record, 'easy-read'))).toContain('Part 1 Respite & breaks Bob will lead this.');
    expect(text(agendaBodyHtml(record, 'standard'))).toContain('Bob · 20 minutes');
  });

  it('prints the notes: who came, apologies, notes, decisions and how, actions with owner and date, the closing round', () => {
    const notes = text(notesBodyHtml(recordOf()));
    for (const words of ['Who came Ann <img src=x>', 'Apologies: Bob', 'First line', 'Meet monthly', 'By vote: 1 for, 0 against, 0 abstentions', 'Book the hall', '20 Mar 2026', 'Good tea']) {
      expect(notes).toContain(words);
    }
    expect(notesBodyHtml(recordOf())).not.toMatch(/<script|<img/);
  });

  it('makes one self-contained file to attach to an email, with a safe file name', () => {
    const record = recordOf();
    const file = meetingDocumentHtml('Notes: Budget', notesBodyHtml(record));
    expect(file).toMatch(/^<!doctype html>/);
    expect(file).toContain('<style>');
    expect(file).not.toMatch(/<script|<link|src="http/);
    expect(meetingFileName(record, 'notes')).toBe('budget-b-day-b-2026-03-10-notes.html');
    expect(text(lettersBodyHtml(record, [{ name: 'Eve', largePrint: true }], { subject: 'Papers', body: 'Hello' }))).toContain('Eve Papers Hello');
  });
});
