import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { markAttendance } from '../../../src/core/commands/attendance';
import { addAction, recordDecision, setActionDone, startNotes, startReflection, updateAction } from '../../../src/core/commands/meeting-day-during';
import { editText } from '../../../src/core/commands/text';
import { readAll, readRecord } from '../../../src/core/read/records';
import { canonicalJson } from '../../../src/core/doc/project-doc';
import { actionType } from '../../../src/core/domain/meeting-day/action';
import { closingReflectionType } from '../../../src/core/domain/meeting-day/closing-reflection';
import { decisionType } from '../../../src/core/domain/meeting-day/decision';
import { meetingNotesType, NOTES_MAX } from '../../../src/core/domain/meeting-day/meeting-notes';
import { checkVote, voteSummary } from '../../../src/core/meetings/votes';
import { spliceBetween } from '../../../src/core/text/splice';
import { addMeeting, addPerson, copyDoc, projectDoc, syncDocs } from './fixtures';

/** Types into a long text field the way the shared text field does: one edit, from what is stored to `next`. */
function typeText(
  doc: Y.Doc,
  type: typeof meetingNotesType | typeof closingReflectionType,
  id: string,
  field: 'body' | 'wentWell' | 'couldBeBetter',
  next: string,
) {
  const stored = doc.getMap(type.collection).get(id) as Y.Map<unknown>;
  const splice = spliceBetween(String(stored.get(field) ?? ''), next) ?? { index: 0, remove: 0, insert: '' };
  return editText(doc, type, id, field as never, splice);
}

function meetingWithPresent(present: number) {
  const doc = projectDoc();
  addMeeting(doc, { id: 'm1', date: '2026-03-10' });
  for (let i = 0; i < present + 2; i++) addPerson(doc, { id: `p${i}`, name: `P${i}` });
  for (let i = 0; i < present; i++) markAttendance(doc, 'm1', `p${i}`, 'present');
  markAttendance(doc, 'm1', `p${present}`, 'apologies');
  return doc;
}

describe('decisions', () => {
  it('records a vote with its counts and where it sat on the ladder', () => {
    const doc = meetingWithPresent(12);
    const result = recordDecision(doc, 'm1', {
      text: 'Meet in the library',
      method: 'vote',
      votes: { votesFor: 8, votesAgainst: 3, abstentions: 1 },
      ladder: 'co-produced',
    });
    expect(result.ok).toBe(true);
    expect(readAll(doc, decisionType)[0]).toMatchObject({ method: 'vote', votesFor: 8, votesAgainst: 3, abstentions: 1, ladder: 'co-produced' });
  });

  it('refuses a vote with more votes than people present, and saves nothing', () => {
    const doc = meetingWithPresent(12);
    const result = recordDecision(doc, 'm1', { text: 'Meet in the library', method: 'vote', votes: { votesFor: 10, votesAgainst: 3, abstentions: 1 } });
    expect(result).toEqual({
      ok: false,
      message: 'That adds up to 14 votes, but only 12 people are marked present. Check the counts, or mark everyone who is here on the register first.',
    });
    expect(readAll(doc, decisionType)).toEqual([]);
  });

  it('counts a vote exactly equal to the people present as fine', () => {
    expect(checkVote({ votesFor: 6, votesAgainst: 4, abstentions: 2 }, 12).ok).toBe(true);
    expect(checkVote({ votesFor: 6, votesAgainst: 4, abstentions: 3 }, 12).ok).toBe(false);
  });

  it('explains a vote taken before anyone is marked present', () => {
    expect(checkVote({ votesFor: 1, votesAgainst: 0, abstentions: 0 }, 0)).toEqual({
      ok: false,
      message: 'That adds up to 1 votes, but nobody is marked present yet. Check the counts, or mark everyone who is here on the register first.',
    });
  });

  it('refuses an empty vote, negative or fractional counts', () => {
    expect(checkVote({ votesFor: 0, votesAgainst: 0, abstentions: 0 }, 5)).toEqual({
      ok: false,
      message: 'A vote needs at least one vote counted: for, against or abstaining.',
    });
    expect(checkVote({ votesFor: -1, votesAgainst: 0, abstentions: 0 }, 5).ok).toBe(false);
    expect(checkVote({ votesFor: 1.5, votesAgainst: 0, abstentions: 0 }, 5).ok).toBe(false);
  });

  it('sums a vote up in plain words', () => {
    expect(voteSummary({ votesFor: 8, votesAgainst: 3, abstentions: 1 })).toBe('Agreed: 8 for, 3 against, 1 abstention.');
    expect(voteSummary({ votesFor: 2, votesAgainst: 2, abstentions: 0 })).toBe('Tied: 2 for, 2 against, 0 abstentions.');
  });

  it('records consensus without counts', () => {
    const doc = meetingWithPresent(0);
    const decision = recordDecision(doc, 'm1', { text: 'Start at ten', method: 'consensus', ladder: 'consulted' });
    if (!decision.ok) throw new Error(decision.message);
    const stored = readRecord(doc, decisionType, decision.value.id)!;
    expect(stored).toMatchObject({ method: 'consensus', ladder: 'consulted' });
    expect(stored.votesFor).toBeUndefined();
  });

  it('refuses a decision with no words', () => {
    const doc = meetingWithPresent(3);
    expect(recordDecision(doc, 'm1', { text: '  ', method: 'consensus' })).toEqual({ ok: false, message: 'What was decided cannot be empty.' });
  });
});

describe('actions', () => {
  it('records an action with an owner and a due date, then ticks it done', () => {
    const doc = meetingWithPresent(3);
    const action = addAction(doc, 'm1', { what: 'Book the room', ownerPersonId: 'p1', due: '2026-03-24' });
    if (!action.ok) throw new Error(action.message);
    expect(action.value).toMatchObject({ what: 'Book the room', ownerPersonId: 'p1', due: '2026-03-24', done: false });
    setActionDone(doc, action.value.id, true, '2026-03-20');
    expect(readRecord(doc, actionType, action.value.id)).toMatchObject({ done: true, doneOn: '2026-03-20' });
    setActionDone(doc, action.value.id, false);
    expect(readRecord(doc, actionType, action.value.id)!.doneOn).toBeUndefined();
  });

  it('changes an action after it is saved, keeping whether it is done', () => {
    const doc = meetingWithPresent(3);
    const action = addAction(doc, 'm1', { what: 'Book room', ownerPersonId: 'p1', due: '2026-03-24' });
    if (!action.ok) throw new Error(action.message);
    setActionDone(doc, action.value.id, true, '2026-03-20');
    expect(updateAction(doc, action.value.id, { what: 'Book the library room', ownerPersonId: 'p2' }).ok).toBe(true);
    const stored = readRecord(doc, actionType, action.value.id)!;
    expect(stored).toMatchObject({ what: 'Book the library room', ownerPersonId: 'p2', done: true, doneOn: '2026-03-20' });
    expect(stored.due).toBeUndefined();
    expect(updateAction(doc, action.value.id, { what: 'Book the library room', ownerPersonId: 'ghost' })).toEqual({
      ok: false,
      message: 'That person is no longer in the project. Choose someone else.',
    });
    expect(updateAction(doc, action.value.id, { what: '', ownerPersonId: 'p2' }).ok).toBe(false);
    expect(readRecord(doc, actionType, action.value.id)!.ownerPersonId).toBe('p2');
  });

  it('asks who will do it, and refuses an owner who is no longer in the project', () => {
    const doc = meetingWithPresent(1);
    expect(addAction(doc, 'm1', { what: 'Book the room', ownerPersonId: '' })).toEqual({ ok: false, message: 'Choose who will do this.' });
    expect(addAction(doc, 'm1', { what: 'Book the room', ownerPersonId: 'ghost' })).toEqual({
      ok: false,
      message: 'That person is no longer in the project. Choose someone else.',
    });
    expect(addAction(doc, 'm1', { what: 'Book the room', ownerPersonId: 'p0', due: '2026-13-01' }).ok).toBe(false);
    expect(readAll(doc, actionType)).toEqual([]);
  });
});

describe('notes and the closing round', () => {
  it('merges what two facilitators type into the same notes offline', () => {
    const a = projectDoc();
    addMeeting(a, { id: 'm1', date: '2026-03-10' });
    const notes = startNotes(a, 'm1', 'Welcome.\n');
    if (!notes.ok) throw new Error(notes.message);
    const b = copyDoc(a);
    typeText(a, meetingNotesType, notes.value.id, 'body', 'Welcome.\nAnn: respite is the priority.\n');
    typeText(b, meetingNotesType, notes.value.id, 'body', 'Welcome.\nBudget: £2,000 left 💷\n');
    syncDocs(a, b);
    const body = readRecord(a, meetingNotesType, notes.value.id)!.body;
    expect(body).toContain('Ann: respite is the priority.');
    expect(body).toContain('Budget: £2,000 left 💷');
    expect(canonicalJson(a)).toEqual(canonicalJson(b));
  });

  it('keeps both when two devices start notes for one meeting before syncing', () => {
    const a = projectDoc();
    addMeeting(a, { id: 'm1', date: '2026-03-10' });
    const b = copyDoc(a);
    startNotes(a, 'm1', 'From the first tablet');
    startNotes(b, 'm1', 'From the second tablet');
    syncDocs(a, b);
    expect(
      readAll(b, meetingNotesType)
        .map((n) => n.body)
        .sort(),
    ).toEqual(['From the first tablet', 'From the second tablet']);
  });

  it('keeps a trailing space while someone is typing', () => {
    const doc = projectDoc();
    addMeeting(doc, { id: 'm1', date: '2026-03-10' });
    const notes = startNotes(doc, 'm1', 'Hello ');
    if (!notes.ok) throw new Error(notes.message);
    const stored = doc.getMap('meetingNotes').get(notes.value.id) as Y.Map<unknown>;
    expect((stored.get('body') as Y.Text).toString()).toBe('Hello ');
  });

  it('refuses notes that are far too long, and leaves the notes as they were', () => {
    const doc = projectDoc();
    addMeeting(doc, { id: 'm1', date: '2026-03-10' });
    expect(startNotes(doc, 'm1', 'x'.repeat(NOTES_MAX + 1))).toEqual({ ok: false, message: 'Notes is too long: keep it to 50,000 characters or fewer.' });
    expect(readAll(doc, meetingNotesType)).toEqual([]);
    const notes = startNotes(doc, 'm1', 'Short');
    if (!notes.ok) throw new Error(notes.message);
    expect(typeText(doc, meetingNotesType, notes.value.id, 'body', 'y'.repeat(NOTES_MAX + 1)).ok).toBe(false);
    expect(readRecord(doc, meetingNotesType, notes.value.id)!.body).toBe('Short');
  });

  it('records the closing round as the group’s words, with no person attached', () => {
    const doc = projectDoc();
    addMeeting(doc, { id: 'm1', date: '2026-03-10' });
    const reflection = startReflection(doc, 'm1', 'wentWell', 'Everyone spoke');
    if (!reflection.ok) throw new Error(reflection.message);
    typeText(doc, closingReflectionType, reflection.value.id, 'couldBeBetter', 'Warmer room');
    const stored = readAll(doc, closingReflectionType);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ meetingId: 'm1', wentWell: 'Everyone spoke', couldBeBetter: 'Warmer room' });
    expect(Object.keys(stored[0]!).filter((k) => /person/i.test(k))).toEqual([]);
    expect(closingReflectionType.personRefs).toBeUndefined();
  });
});
