import { describe, expect, it } from 'vitest';
import { startNotes } from '../../../src/core/commands/meeting-day-during';
import { meetingNotesType, NOTES_MAX } from '../../../src/core/domain/meeting-day/meeting-notes';
import type { ProjectSession } from '../../../src/core/projects/project-session';
import { readAll } from '../../../src/core/read/records';
import { recordText } from '../../../src/features/meetings/started-text';
import { TextBox, type Editable } from '../../../src/ui/form/text-box';
import { addMeeting, copyDoc, projectDoc, syncDocs } from './fixtures';

/** A text box as the shared text field drives it: the person types, then the field sends the edit. */
function box(): Editable & { type(text: string): void } {
  return {
    value: '',
    selectionStart: 0,
    selectionEnd: 0,
    setSelectionRange(start, end) {
      this.selectionStart = start;
      this.selectionEnd = end;
    },
    type(text: string) {
      this.value += text;
      this.selectionStart = this.selectionEnd = this.value.length;
    },
  };
}

function notesFor(doc: ReturnType<typeof projectDoc>) {
  const session = { doc, projectId: doc.guid } as unknown as ProjectSession;
  return recordText(session, meetingNotesType, undefined, 'body', (typed) => startNotes(doc, 'm1', typed));
}

describe('a meeting’s first notes', () => {
  it('makes no record until something is typed, then one record for every keystroke that follows', () => {
    const doc = projectDoc();
    addMeeting(doc, { id: 'm1', date: '2026-03-10' });
    const el = box();
    const field = new TextBox(notesFor(doc), el);
    expect(readAll(doc, meetingNotesType)).toEqual([]);
    for (const key of 'Carers want cover.') {
      el.type(key);
      expect(field.typed()).toBeNull();
    }
    expect(readAll(doc, meetingNotesType).map((n) => [n.meetingId, n.body])).toEqual([['m1', 'Carers want cover.']]);
  });

  it('keeps both when two devices start the notes before they share changes', () => {
    const a = projectDoc();
    addMeeting(a, { id: 'm1', date: '2026-03-10' });
    const b = copyDoc(a);
    const onA = box();
    const onB = box();
    const fieldA = new TextBox(notesFor(a), onA);
    const fieldB = new TextBox(notesFor(b), onB);
    onA.type('From the first tablet');
    fieldA.typed();
    onB.type('From the second tablet');
    fieldB.typed();
    syncDocs(a, b);
    expect(
      readAll(b, meetingNotesType)
        .map((n) => n.body)
        .sort(),
    ).toEqual(['From the first tablet', 'From the second tablet']);
  });

  it('refuses a first paste that is too long, makes nothing, and puts the box back', () => {
    const doc = projectDoc();
    addMeeting(doc, { id: 'm1', date: '2026-03-10' });
    const el = box();
    const field = new TextBox(notesFor(doc), el);
    el.type('x'.repeat(NOTES_MAX + 1));
    expect(field.typed()).toBe('Notes is too long: keep it to 50,000 characters or fewer.');
    expect(el.value).toBe('');
    expect(readAll(doc, meetingNotesType)).toEqual([]);
  });
});
