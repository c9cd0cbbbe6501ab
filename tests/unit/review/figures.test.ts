import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { markAttendance } from '../../../src/core/commands/attendance';
import { erasePerson } from '../../../src/core/commands/erasure';
import { scheduleMeeting } from '../../../src/core/commands/meeting-day-meetings';
import { addAim, addMeasure, addStarterOutcome } from '../../../src/core/commands/plan-aims';
import { addMember } from '../../../src/core/commands/team-members';
import { collectionMap, createProjectDoc } from '../../../src/core/doc/project-doc';
import { attendanceType, type Mark } from '../../../src/core/domain/attendance';
import { meetingType } from '../../../src/core/domain/meeting';
import { decisionType } from '../../../src/core/domain/meeting-day/decision';
import { personType } from '../../../src/core/domain/person';
import { aimType } from '../../../src/core/domain/plan/aim';
import { measureType } from '../../../src/core/domain/plan/measure';
import { outcomeType } from '../../../src/core/domain/plan/outcome';
import { barrierType } from '../../../src/core/domain/team/barrier';
import { trainingType } from '../../../src/core/domain/team/training';
import { groupAttendance } from '../../../src/core/meetings/engagement';
import { onRegister, byName } from '../../../src/core/meetings/expected';
import { registerCounts } from '../../../src/core/meetings/register-counts';
import { readProjected } from '../../../src/core/projection/queries';
import { Projector } from '../../../src/core/projection/projector';
import { meetingMarks } from '../../../src/core/read/attendance';
import { activeMemberCount, couldNotTakePart, interestedMemberCount, trainingGiven } from '../../../src/core/read/figures';
import { readAll } from '../../../src/core/read/records';
import { seededRandom } from '../../../src/core/reference/random';
import { groupBalance } from '../../../src/core/team/balance';
import { attendanceFigures, decisionFigures, engagementFigures } from '../../../src/core/review/evidence';
import { measureFigure } from '../../../src/core/review/measure-figures';
import { planOutcomeRefs } from '../../../src/core/review/outcomes';
import { freshDb } from '../helpers';
import { generators, STARTERS, type World } from './command-generators';

/*
 * Same count, same number everywhere (issue 15 §1): random command sequences build a project
 * (guests, erasures, barriers, training, cancelled meetings), then every screen's figure is
 * compared with a count made by hand from the raw records in the doc.
 */

const AS_OF = '2026-06-15';
const SEEDS = [1, 2, 3, 4, 5, 6];

/** Commands that change what the shared figures count, drawn more often than the rest. */
const WEIGHTED = [
  ...Array<string>(4).fill('team-members.addMember'),
  ...Array<string>(4).fill('team-members.setMemberStatus'),
  ...Array<string>(3).fill('attendance.addWalkIn'),
  'attendance.makeMember',
  ...Array<string>(6).fill('attendance.markAttendance'),
  'attendance.markRegister',
  'attendance.clearAttendance',
  ...Array<string>(2).fill('erasure.erasePerson'),
  ...Array<string>(3).fill('team-barriers.recordBarrier'),
  'team-barriers.removeBarrier',
  ...Array<string>(2).fill('team-training.addTraining'),
  'team-training.removeTraining',
  ...Array<string>(2).fill('meeting-day-meetings.scheduleMeeting'),
  'meeting-day-meetings.setMeetingCancelled',
  'meeting-day-during.recordDecision',
  'meeting-day-during.removeDecision',
  'records.archiveRecord',
];

type Raw = Record<string, unknown>;
const raw = (doc: Y.Doc, collection: string): Raw[] => Object.values(collectionMap(doc, collection).toJSON() as Record<string, Raw>);

function project(seed: number, steps: number): Y.Doc {
  const doc = createProjectDoc(`figures-${seed}`);
  const w: World = { doc, random: seededRandom(seed) };
  for (const name of STARTERS) generators[name]!.run(w);
  for (let i = 0; i < steps; i++) generators[w.random.pick(WEIGHTED)]!.run(w);
  // The engagement starter, and the same measure as a project adopted it before measures carried a link.
  const aim = addAim(doc, { title: 'More people have a say' });
  if (!aim.ok) throw new Error(aim.message);
  const starter = addStarterOutcome(doc, aim.value.id, 'engagement');
  if (!starter.ok) throw new Error(starter.message);
  addMeasure(doc, starter.value.outcome.id, { kind: 'count', text: 'People who were interested but could not take part.' });
  return doc;
}

describe('every screen shows the same count as the raw records', () => {
  for (const seed of SEEDS) {
    it(`seed ${seed}`, async () => {
      const doc = project(seed, 160);
      const people = readAll(doc, personType);
      const meetings = readAll(doc, meetingType);
      const attendance = readAll(doc, attendanceType);
      const barriers = readAll(doc, barrierType);
      const training = readAll(doc, trainingType);

      // Active members: counted by hand from the raw people.
      const rawPeople = raw(doc, personType.collection);
      const active = rawPeople.filter((p) => !p.archived && !p.guest && p.status === 'active').length;
      expect(rawPeople.some((p) => p.guest)).toBe(true);
      expect(activeMemberCount(people)).toBe(active);
      expect(groupBalance(people).active).toBe(active); // Team
      expect(engagementFigures({ people, questionnaires: [], responses: [] }).activeMembers).toBe(active); // evidence, pack

      // The dashboard reads the projection: the same rows, through the same reader.
      const db = freshDb();
      const projector = new Projector(db, doc);
      await projector.start();
      await projector.settled();
      const projected = await readProjected(db, doc.guid, personType, { status: 'active' });
      expect(activeMemberCount(projected)).toBe(active);
      projector.stop();

      const interested = rawPeople.filter((p) => !p.archived && !p.guest && p.status === 'interested').length;
      expect(interestedMemberCount(people)).toBe(interested);
      expect(engagementFigures({ people, questionnaires: [], responses: [] }).membersByStatus.interested).toBe(interested);

      // Could not take part: every live barrier record, as Team lists them.
      const rawBarriers = raw(doc, barrierType.collection).filter((b) => !b.archived);
      expect(couldNotTakePart(barriers).total).toBe(rawBarriers.length);
      for (const reason of ['timing', 'travel', 'caring'] as const) {
        expect(couldNotTakePart(barriers).byReason[reason]).toBe(rawBarriers.filter((b) => (b.reasons as string[]).includes(reason)).length);
      }

      // Training: every live record, erased members' included.
      expect(trainingGiven(training, people).sessions).toBe(raw(doc, trainingType.collection).filter((t) => !t.archived).length);

      // Turnout at each held meeting: the register, the engagement chart and the raw marks agree.
      const held = raw(doc, meetingType.collection).filter((m) => !m.archived && !m.cancelled && (m.date as string) <= AS_OF);
      const rawMarks = raw(doc, attendanceType.collection).filter((a) => !a.archived);
      const turnout = new Map(groupAttendance(meetings, attendance, AS_OF).map((row) => [row.meeting.id, row]));
      expect(turnout.size).toBe(held.length);
      const sorted = [...people].sort(byName);
      let totalPresent = 0;
      for (const meeting of held) {
        const id = meeting.id as string;
        const present = rawMarks.filter((a) => a.meetingId === id && a.mark === 'present').length;
        totalPresent += present;
        expect(turnout.get(id)!.present).toBe(present);
        const marks: Map<string, Mark> = meetingMarks(doc, id);
        expect(registerCounts(onRegister(sorted, marks), marks).byMark.present).toBe(present);
      }
      expect(attendanceFigures({ meetings, attendance, people, asOf: AS_OF }).attendances).toBe(totalPresent);

      // Decisions at meetings still in the project.
      const liveMeetings = new Set(
        raw(doc, meetingType.collection)
          .filter((m) => !m.archived)
          .map((m) => m.id),
      );
      const rawDecisions = raw(doc, decisionType.collection).filter((d) => !d.archived && liveMeetings.has(d.meetingId));
      const decided = decisionFigures({ decisions: readAll(doc, decisionType), meetings });
      expect(decided.total).toBe(rawDecisions.length);
      expect(decided.byVote).toBe(rawDecisions.filter((d) => d.method === 'vote').length);

      // A starter measure for people who could not take part carries the same count as Team.
      const outcomes = planOutcomeRefs({ aims: readAll(doc, aimType), outcomes: readAll(doc, outcomeType), measures: readAll(doc, measureType) });
      const barrierMeasures = outcomes.flatMap((o) => o.measures).filter((m) => m.source === 'could-not-take-part');
      expect(barrierMeasures.length).toBeGreaterThanOrEqual(2);
      const records = { people, meetings, attendance, barriers, training, decisions: readAll(doc, decisionType) };
      for (const m of barrierMeasures) expect(measureFigure(m.source!, records, AS_OF).value).toBe(rawBarriers.length);
    });
  }
});

describe('after an erasure', () => {
  it('the register and the engagement chart still count the erased person as present', () => {
    const doc = createProjectDoc('erasure');
    const meeting = scheduleMeeting(doc, { title: 'Planning', date: '2026-03-02', startTime: '10:00', endTime: '12:00' });
    if (!meeting.ok) throw new Error(meeting.message);
    const ids = ['Ann', 'Bea', 'Cal'].map((name) => {
      const added = addMember(doc, { name, role: 'carer', status: 'active' }, '2026-01-05');
      if (!added.ok) throw new Error(added.message);
      expect(markAttendance(doc, meeting.value.id, added.value.id, 'present').ok).toBe(true);
      return added.value.id;
    });
    const presentBefore = 3;
    expect(erasePerson(doc, ids[1]!).ok).toBe(true);
    const after = meetingMarks(doc, meeting.value.id);
    const sorted = readAll(doc, personType).sort(byName);
    expect(registerCounts(onRegister(sorted, after), after).byMark.present).toBe(presentBefore);
    const row = groupAttendance(readAll(doc, meetingType), readAll(doc, attendanceType), AS_OF).find((r) => r.meeting.id === meeting.value.id)!;
    expect(row.present).toBe(presentBefore);
  });
});
