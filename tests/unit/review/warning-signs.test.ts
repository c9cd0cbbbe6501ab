import { describe, expect, it } from 'vitest';
import { markAttendance } from '../../../src/core/commands/attendance';
import { scheduleMeeting } from '../../../src/core/commands/meeting-day-meetings';
import { createDocumentFromTemplate, recordDocumentStep } from '../../../src/core/commands/plan-documents';
import { startLearningReview } from '../../../src/core/commands/review-learning';
import { addMember } from '../../../src/core/commands/team-members';
import { createProjectDoc } from '../../../src/core/doc/project-doc';
import { attendanceType, type Mark } from '../../../src/core/domain/attendance';
import { meetingType } from '../../../src/core/domain/meeting';
import { personType } from '../../../src/core/domain/person';
import { documentVersionType } from '../../../src/core/domain/plan/document-version';
import { planDocumentType } from '../../../src/core/domain/plan/plan-document';
import { learningReviewType } from '../../../src/core/domain/review/learning-review';
import { readAll } from '../../../src/core/read/records';
import { attendanceFalling, newcomersNotReturning, noReflectiveCheck, repeatedApologies, termsNotAgreed } from '../../../src/core/review/warning-signs';

const AS_OF = '2026-06-30';

function must<T>(result: { ok: true; value: T } | { ok: false; message: string }): T {
  if (!result.ok) throw new Error(result.message);
  return result.value;
}

/** A group with `names` members and one meeting a fortnight from January, each with its marks. */
function group(names: string[], marks: Mark[][]) {
  const doc = createProjectDoc('signs');
  const people = names.map((name) => must(addMember(doc, { name, role: 'carer', status: 'active' }, '2026-01-01')));
  marks.forEach((row, i) => {
    const day = String(5 + i * 14).padStart(2, '0');
    const date = i < 2 ? `2026-01-${day}` : `2026-0${2 + Math.floor((i - 2) / 2)}-1${i % 2}`;
    const meeting = must(scheduleMeeting(doc, { title: `Meeting ${i + 1}`, date, startTime: '10:00', endTime: '12:00' }));
    row.forEach((mark, p) => must(markAttendance(doc, meeting.id, people[p]!.id, mark)));
  });
  const read = () => ({ people: readAll(doc, personType), meetings: readAll(doc, meetingType), attendance: readAll(doc, attendanceType) });
  return { doc, people, read };
}

const P = 'present' as const;
const A = 'apologies' as const;
const X = 'absent' as const;

describe('warning signs at their boundaries', () => {
  it('attendance falling: only when each of the last three meetings had fewer than the one before', () => {
    const falling = group(
      ['a', 'b', 'c', 'd'],
      [
        [P, P, P, P],
        [P, P, P, X],
        [P, P, X, X],
      ],
    ).read();
    expect(attendanceFalling(falling.meetings, falling.attendance, AS_OF)).toMatchObject({ kind: 'attendance-falling' });
    const level = group(
      ['a', 'b', 'c', 'd'],
      [
        [P, P, P, P],
        [P, P, P, X],
        [P, P, P, X],
      ],
    ).read();
    expect(attendanceFalling(level.meetings, level.attendance, AS_OF)).toBeNull();
    const two = group(
      ['a', 'b'],
      [
        [P, P],
        [P, X],
      ],
    ).read();
    expect(attendanceFalling(two.meetings, two.attendance, AS_OF)).toBeNull();
  });

  it('repeated apologies: three in a row at the member’s latest meetings, not two, and never a name in the sign', () => {
    const three = group(
      ['Ann', 'Bo'],
      [
        [P, A],
        [P, A],
        [P, A],
      ],
    );
    const r = three.read();
    const signs = repeatedApologies(r.people, r.meetings, r.attendance, AS_OF);
    expect(signs).toEqual([{ kind: 'repeated-apologies', personId: three.people[1]!.id, meetings: 3 }]);
    expect(JSON.stringify(signs)).not.toContain('Bo');
    const broken = group(
      ['Ann', 'Bo'],
      [
        [P, A],
        [P, P],
        [P, A],
        [P, A],
      ],
    ).read();
    expect(repeatedApologies(broken.people, broken.meetings, broken.attendance, AS_OF)).toEqual([]);
  });

  it('newcomers not returning: once present, then two more meetings without them', () => {
    const gone = group(
      ['a', 'b'],
      [
        [P, P],
        [P, X],
        [P, X],
      ],
    );
    const r = gone.read();
    expect(newcomersNotReturning(r.meetings, r.attendance, AS_OF)).toEqual({ kind: 'newcomers-not-returning', personIds: [gone.people[1]!.id] });
    const early = group(
      ['a', 'b'],
      [
        [P, X],
        [P, P],
        [P, X],
      ],
    ).read();
    expect(newcomersNotReturning(early.meetings, early.attendance, AS_OF)).toBeNull();
  });

  it('terms of reference not agreed by the third meeting', () => {
    const g = group(['a'], [[P], [P], [P]]);
    const terms = must(createDocumentFromTemplate(g.doc, 'terms', { date: '2026-01-05' }, AS_OF));
    const check = () => termsNotAgreed(readAll(g.doc, meetingType), readAll(g.doc, planDocumentType), readAll(g.doc, documentVersionType), AS_OF);
    expect(check()).toEqual({ kind: 'terms-not-agreed', meetingsHeld: 3 });
    must(recordDocumentStep(g.doc, { documentId: terms.id, status: 'discussed', date: '2026-01-19' }, AS_OF));
    must(recordDocumentStep(g.doc, { documentId: terms.id, status: 'agreed', date: '2026-02-10', presentNote: '5 members', agreeUnwritten: true }, AS_OF));
    expect(check()).toBeNull();
    const two = group(['a'], [[P], [P]]).read();
    expect(termsNotAgreed(two.meetings, [], [], AS_OF)).toBeNull();
  });

  it('no reflective check within the rhythm: the day after the rhythm runs out, not on its last day', () => {
    const g = group(['a'], [[P]]);
    must(startLearningReview(g.doc, { title: 'Spring look back', scope: 'phase', heldOn: '2026-05-01' }));
    const reviews = readAll(g.doc, learningReviewType);
    const meetings = readAll(g.doc, meetingType);
    expect(noReflectiveCheck(reviews, meetings, 60, '2026-06-30')).toBeNull();
    expect(noReflectiveCheck(reviews, meetings, 60, '2026-07-01')).toEqual({ kind: 'no-reflective-check', daysSince: 61 });
    // None yet: counted from the first meeting (5 January).
    expect(noReflectiveCheck([], meetings, 60, '2026-03-06')).toBeNull();
    expect(noReflectiveCheck([], meetings, 60, '2026-03-07')).toEqual({ kind: 'no-reflective-check', daysSince: null });
  });
});
