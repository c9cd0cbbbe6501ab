import { describe, expect, it } from 'vitest';
import { markAttendance } from '../../../src/core/commands/attendance';
import { setArrangement } from '../../../src/core/commands/meeting-day-arrangements';
import { erasePerson } from '../../../src/core/commands/erasure';
import { saveInclusionProfile, setSupport } from '../../../src/core/commands/team-members';
import { canonicalJson } from '../../../src/core/doc/project-doc';
import { arrangementType } from '../../../src/core/domain/meeting-day/arrangement';
import { personType } from '../../../src/core/domain/person';
import { arrangementsNeeded, bestTimesOf, needsOf, stillToArrange } from '../../../src/core/meetings/arrangements';
import { likelyAttendees } from '../../../src/core/meetings/expected';
import { meetingMarks } from '../../../src/core/read/attendance';
import { readAll } from '../../../src/core/read/records';
import { addMeeting, addPerson, copyDoc, person, projectDoc, syncDocs } from './fixtures';

/** A project whose members' profiles were written the way the Team screens write them. */
function group() {
  const doc = projectDoc();
  addMeeting(doc, { id: 'm1', date: '2026-03-10' });
  addPerson(doc, { id: 'ann', name: 'Ann' });
  addPerson(doc, { id: 'bob', name: 'Bob' });
  addPerson(doc, { id: 'cat', name: 'Cat' });
  addPerson(doc, { id: 'dee', name: 'Dee', status: 'left' });
  saveInclusionProfile(doc, 'ann', { interpreter: true, language: 'BSL', accessNeeds: ['hearing-loop'], formats: ['large-print'] });
  setSupport(doc, 'ann', ['call-before']);
  saveInclusionProfile(doc, 'bob', { childcare: true, travelSupport: true, dietary: 'No nuts' });
  setSupport(doc, 'bob', ['call-after', 'transport']);
  saveInclusionProfile(doc, 'dee', { interpreter: true });
  saveInclusionProfile(doc, 'cat', { declined: true });
  return doc;
}

const checklist = (doc: ReturnType<typeof projectDoc>) =>
  arrangementsNeeded('m1', likelyAttendees(readAll(doc, personType), meetingMarks(doc, 'm1')), readAll(doc, arrangementType));

describe('arrangements from profiles', () => {
  it('lists each expected member’s needs, by kind, with their own words, and leaves out those not expected', () => {
    const items = checklist(group()).map((n) => [n.kind, n.person.name, n.detail ?? ''].join(' '));
    expect(items).toEqual([
      'interpreter Ann BSL',
      'hearing-loop Ann ',
      'childcare Bob ',
      'travel Bob ',
      'dietary Bob No nuts',
      'large-print Ann ',
      'call-before Ann ',
      'call-after Bob ',
    ]);
  });

  it('drops someone who sent apologies, and asks nothing of a declined profile', () => {
    const doc = group();
    markAttendance(doc, 'm1', 'bob', 'apologies');
    expect(new Set(checklist(doc).map((n) => n.person.id))).toEqual(new Set(['ann']));
    expect(needsOf(person('x', { inclusion: { declined: true, interpreter: true } }))).toEqual([]);
  });

  it('ticks an item with who is doing it, and two devices changing it offline both keep their change', () => {
    const a = group();
    expect(setArrangement(a, 'm1', 'ann', 'interpreter', { done: false, by: 'Sam' }).ok).toBe(true);
    const b = copyDoc(a);
    expect(setArrangement(a, 'm1', 'ann', 'interpreter', { done: true }).ok).toBe(true);
    expect(setArrangement(b, 'm1', 'ann', 'interpreter', { by: 'Priya' }).ok).toBe(true);
    syncDocs(a, b);
    expect(canonicalJson(a)).toEqual(canonicalJson(b));
    const item = checklist(a).find((n) => n.kind === 'interpreter')!;
    expect(item.arrangement).toMatchObject({ done: true, by: 'Priya' });
    expect(stillToArrange(checklist(a))).toBe(7);
    expect(readAll(a, arrangementType)).toHaveLength(1);
  });

  it('refuses a meeting or person that is gone, or an unknown kind, and writes nothing', () => {
    const doc = group();
    expect(setArrangement(doc, 'gone', 'ann', 'travel', { done: true })).toEqual({ ok: false, message: 'That meeting is no longer here.' });
    expect(setArrangement(doc, 'm1', 'gone', 'travel', { done: true })).toEqual({ ok: false, message: 'That person is no longer in the project.' });
    expect(setArrangement(doc, 'm1', 'ann', 'helicopter' as 'travel', { done: true }).ok).toBe(false);
    expect(setArrangement(doc, 'm1', 'ann', 'travel', { by: 'x'.repeat(121) }).ok).toBe(false);
    expect(readAll(doc, arrangementType)).toEqual([]);
  });

  it('keeps no trace of an erased member in the arrangements', () => {
    const doc = group();
    setArrangement(doc, 'm1', 'ann', 'interpreter', { done: true, by: 'Sam' });
    const erased = erasePerson(doc, 'ann');
    expect(erased.ok).toBe(true);
    expect(JSON.stringify(readAll(doc, arrangementType))).not.toContain('ann');
  });

  it('gathers the days and times members said suit them, for planning a series', () => {
    const people = [
      person('a', { name: 'Ann', inclusion: { bestTimes: 'Tuesday mornings' } }),
      person('b', { name: 'Bob', status: 'left', inclusion: { bestTimes: 'Any evening' } }),
      person('c', { name: 'Cat', status: 'interested', inclusion: { bestTimes: ' After school ' } }),
      person('d', { name: 'Dee', inclusion: { declined: true, bestTimes: 'Fridays' } }),
    ];
    expect(bestTimesOf(people).map((b) => `${b.person.name}: ${b.words}`)).toEqual(['Ann: Tuesday mornings', 'Cat: After school']);
  });
});
