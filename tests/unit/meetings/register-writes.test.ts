import { describe, expect, it } from 'vitest';
import { markAttendance, markRegister, restoreAttendance, type MarkChange } from '../../../src/core/commands/attendance';
import { removeRecord } from '../../../src/core/commands/records';
import { MARKS, type Mark } from '../../../src/core/domain/attendance';
import { personType } from '../../../src/core/domain/person';
import { meetingMarks } from '../../../src/core/read/attendance';
import { seededRandom } from '../../../src/core/reference/random';
import { addMeeting, addPerson, projectDoc } from './fixtures';

function register(people: number) {
  const doc = projectDoc();
  addMeeting(doc, { id: 'm1', date: '2026-03-10' });
  for (let i = 0; i < people; i++) addPerson(doc, { id: `p${i}`, name: `Person ${i}` });
  return doc;
}

describe('the register writing a run of taps', () => {
  it('saves a run of taps as one change, and says what each mark was before', () => {
    const doc = register(3);
    markAttendance(doc, 'm1', 'p0', 'absent');
    let updates = 0;
    doc.on('update', () => updates++);
    const { changes, refused } = markRegister(doc, 'm1', [
      ['p0', 'present'],
      ['p1', 'apologies'],
      ['p2', 'present'],
    ]);
    expect(updates).toBe(1);
    expect(refused).toBeNull();
    expect(changes).toEqual([
      { personId: 'p0', previous: 'absent' },
      { personId: 'p1', previous: undefined },
      { personId: 'p2', previous: undefined },
    ]);
    expect(Object.fromEntries(meetingMarks(doc, 'm1'))).toEqual({ p0: 'present', p1: 'apologies', p2: 'present' });
  });

  it('leaves a mark that is already as tapped alone, so undo does not step over it', () => {
    const doc = register(1);
    markAttendance(doc, 'm1', 'p0', 'present');
    expect(markRegister(doc, 'm1', [['p0', 'present']])).toEqual({ changes: [], refused: null });
  });

  it('writes everyone else when one person was removed on another device, and says why that one was not', () => {
    const doc = register(2);
    removeRecord(doc, personType, 'p0');
    const { changes, refused } = markRegister(doc, 'm1', [
      ['p0', 'present'],
      ['p1', 'present'],
    ]);
    expect(changes).toEqual([{ personId: 'p1', previous: undefined }]);
    expect(refused).toBe('That person is no longer in the project, so they cannot be marked.');
    expect(Object.fromEntries(meetingMarks(doc, 'm1'))).toEqual({ p1: 'present' });
  });

  it('ends where tapping one by one ends, and undoing every change puts the register back (many random runs)', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const random = seededRandom(seed);
      const batched = register(8);
      const oneByOne = register(8);
      const history: MarkChange[] = [];
      const runs = random.int(1, 12);
      for (let run = 0; run < runs; run++) {
        const taps: [string, Mark][] = [];
        for (let i = random.int(1, 6); i > 0; i--) taps.push([`p${random.int(0, 7)}`, MARKS[random.int(0, MARKS.length - 1)]!]);
        // The register keeps one waiting tap per person: the last.
        const waiting = new Map(taps);
        history.push(...markRegister(batched, 'm1', waiting).changes);
        for (const [personId, mark] of waiting) markAttendance(oneByOne, 'm1', personId, mark);
      }
      expect(Object.fromEntries(meetingMarks(batched, 'm1')), `seed ${seed}`).toEqual(Object.fromEntries(meetingMarks(oneByOne, 'm1')));
      for (const change of history.reverse()) expect(restoreAttendance(batched, 'm1', change.personId, change.previous).ok).toBe(true);
      expect(meetingMarks(batched, 'm1').size, `seed ${seed}`).toBe(0);
    }
  });
});
