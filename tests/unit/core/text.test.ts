import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { startNotes } from '../../../src/core/commands/meeting-day-during';
import { insertRecord } from '../../../src/core/commands/records';
import { editText } from '../../../src/core/commands/text';
import { collectionMap } from '../../../src/core/doc/project-doc';
import { meetingNotesType, NOTES_MAX } from '../../../src/core/domain/meeting-day/meeting-notes';
import { meetingType } from '../../../src/core/domain/meeting';
import { readRecord } from '../../../src/core/read/records';
import { seededRandom } from '../../../src/core/reference/random';
import { addMeeting, copyDoc, projectDoc, syncDocs } from '../meetings/fixtures';

function notesDoc(body = '') {
  const doc = projectDoc();
  addMeeting(doc, { id: 'm1', date: '2026-03-10' });
  const notes = startNotes(doc, 'm1', body);
  if (!notes.ok) throw new Error(notes.message);
  return { doc, id: notes.value.id };
}

const textOf = (doc: Y.Doc, id: string) => String(collectionMap(doc, meetingNotesType.collection).get(id)?.get('body') ?? '');

describe('typing into a shared text', () => {
  it('puts each edit where it was typed and returns the whole text', () => {
    const { doc, id } = notesDoc('Hello world');
    expect(editText(doc, meetingNotesType, id, 'body', { index: 5, remove: 0, insert: ',' })).toEqual({ ok: true, value: 'Hello, world' });
    expect(editText(doc, meetingNotesType, id, 'body', { index: 0, remove: 5, insert: 'Hi' })).toEqual({ ok: true, value: 'Hi, world' });
    expect(textOf(doc, id)).toBe('Hi, world');
  });

  it('keeps a space just typed at the end (the stored text is not trimmed while typing)', () => {
    const { doc, id } = notesDoc('Hello');
    expect(editText(doc, meetingNotesType, id, 'body', { index: 5, remove: 0, insert: ' ' })).toEqual({ ok: true, value: 'Hello ' });
  });

  it('drops pasted control characters and keeps new lines', () => {
    const { doc, id } = notesDoc('');
    const result = editText(doc, meetingNotesType, id, 'body', { index: 0, remove: 0, insert: 'a\u0000b\u200B\r\nc' });
    expect(result).toEqual({ ok: true, value: 'ab\nc' });
  });

  it('refuses an edit that makes the text too long, changing nothing, but always lets long text be cut', () => {
    const { doc, id } = notesDoc('x'.repeat(NOTES_MAX - 1));
    const longer = editText(doc, meetingNotesType, id, 'body', { index: 0, remove: 0, insert: 'yy' });
    expect(longer.ok).toBe(false);
    if (!longer.ok) expect(longer.message).toMatch(/too long/);
    expect(textOf(doc, id).length).toBe(NOTES_MAX - 1);
    // Text already over the limit (written by an older version) can still be shortened.
    collectionMap(doc, meetingNotesType.collection)
      .get(id)!
      .set('body', new Y.Text('z'.repeat(NOTES_MAX + 10)));
    expect(editText(doc, meetingNotesType, id, 'body', { index: 0, remove: 5, insert: '' }).ok).toBe(true);
  });

  it('says so when the record is gone or the field is not typed text', () => {
    const { doc } = notesDoc();
    expect(editText(doc, meetingNotesType, 'nope', 'body', { index: 0, remove: 0, insert: 'a' })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/no longer here/),
    });
    expect(editText(doc, meetingType, 'm1', 'title', { index: 0, remove: 0, insert: 'a' })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/cannot be typed into/),
    });
  });

  it('turns text saved as a plain string into shared text on the first edit', () => {
    const doc = projectDoc();
    addMeeting(doc, { id: 'm1', date: '2026-03-10' });
    const made = insertRecord(doc, meetingNotesType, { meetingId: 'm1', body: 'old' });
    if (!made.ok) throw new Error(made.message);
    collectionMap(doc, meetingNotesType.collection).get(made.value.id)!.set('body', 'plain');
    expect(editText(doc, meetingNotesType, made.value.id, 'body', { index: 5, remove: 0, insert: '!' })).toEqual({ ok: true, value: 'plain!' });
    expect(collectionMap(doc, meetingNotesType.collection).get(made.value.id)!.get('body')).toBeInstanceOf(Y.Text);
    expect(readRecord(doc, meetingNotesType, made.value.id)?.body).toBe('plain!');
  });

  it('keeps every word two facilitators type into the same text offline, whatever they do (many seeds)', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const random = seededRandom(seed);
      const { doc: a, id } = notesDoc('The group met in the hall.');
      const b = copyDoc(a);
      const words: string[] = [];
      for (let step = 0; step < 12; step++) {
        const doc = random.chance(0.5) ? a : b;
        const text = textOf(doc, id);
        const word = `<${seed}-${step}>`;
        // Only between words already typed, never inside one.
        const gaps = [...Array(text.length + 1).keys()].filter((i) => text.slice(0, i).split('<').length === text.slice(0, i).split('>').length);
        const index = random.pick(gaps);
        // Deletions never reach into words already typed, so each one must survive the merge.
        const tail = text.slice(index);
        const removable = tail.match(/^[^<]*/)![0].length;
        const remove = random.chance(0.3) ? random.int(0, removable) : 0;
        const result = editText(doc, meetingNotesType, id, 'body', { index, remove, insert: word });
        expect(result.ok).toBe(true);
        words.push(word);
        if (random.chance(0.2)) syncDocs(a, b);
      }
      syncDocs(a, b);
      expect(textOf(a, id)).toBe(textOf(b, id));
      for (const word of words) expect(textOf(a, id)).toContain(word);
    }
  });
});
