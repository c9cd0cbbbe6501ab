import { attendanceType } from '../../core/domain/attendance';
import { meetingType } from '../../core/domain/meeting';
import { decisionType, LADDER, LADDER_LABELS } from '../../core/domain/meeting-day/decision';
import { personType, ROLE_LABELS, ROLES } from '../../core/domain/person';
import { questionnaireType, type Questionnaire } from '../../core/domain/questionnaire';
import { responseType } from '../../core/domain/response';
import { todayIso } from '../../core/ids';
import { number } from '../../core/pack/format';
import type { ProjectSession } from '../../core/projects/project-session';
import { attendanceFigures, decisionFigures, engagementFigures } from '../../core/review/evidence';
import type { Period } from '../../core/review/period';
import { useRecords } from './use-records';

/** Attendance, engagement and decision counts for a period: the figures most outcomes lean on. */
export function EvidenceFigures({ session, period }: { session: ProjectSession; period?: Period | undefined }) {
  const meetings = useRecords(session.projectId, meetingType);
  const attendance = useRecords(session.projectId, attendanceType);
  const people = useRecords(session.projectId, personType);
  const questionnaires = useRecords(session.projectId, questionnaireType) as Questionnaire[] | undefined;
  const responses = useRecords(session.projectId, responseType);
  const decisions = useRecords(session.projectId, decisionType);
  if (!meetings || !attendance || !people || !questionnaires || !responses || !decisions) return <p role="status">Counting…</p>;
  const a = attendanceFigures({ meetings, attendance, people, asOf: todayIso(), period });
  const e = engagementFigures({ people, questionnaires, responses, period });
  const d = decisionFigures({ decisions, meetings, period });
  const roles = ROLES.filter((r) => a.peopleByRole[r]);
  return (
    <dl class="facts evidence-facts">
      <dt>Meetings held</dt>
      <dd>{number(a.meetingsHeld)}</dd>
      {a.meetingsPlanned > 0 && (
        <>
          <dt>Meetings still to come</dt>
          <dd>{number(a.meetingsPlanned)}</dd>
        </>
      )}
      <dt>Times people came</dt>
      <dd>{number(a.attendances)}</dd>
      <dt>People at each meeting, on average</dt>
      <dd>{a.averagePresent}</dd>
      <dt>Different people who came</dt>
      <dd>
        {number(a.peopleTakingPart)}
        {roles.length > 0 && ` (${roles.map((r) => `${ROLE_LABELS[r].toLowerCase()}: ${a.peopleByRole[r]}`).join(', ')})`}
      </dd>
      <dt>Came to half the meetings or more</dt>
      <dd>{number(a.regularAttenders)}</dd>
      <dt>Active members</dt>
      <dd>
        {number(e.activeMembers)} ({number(e.activeWithLivedExperience)} with lived or caring experience)
      </dd>
      <dt>Stepped back or left</dt>
      <dd>{number(e.membersByStatus['stepped-back'] + e.membersByStatus.left)}</dd>
      <dt>Interested but not taking part yet</dt>
      <dd>{number(e.membersByStatus.interested)}</dd>
      <dt>Feedback responses</dt>
      <dd>
        {number(e.feedbackResponses)} ({number(e.comments)} written comments)
      </dd>
      <dt>Decisions made</dt>
      <dd>
        {number(d.total)}
        {d.total > 0 && ` (${number(d.byConsensus)} by consensus, ${number(d.byVote)} by vote)`}
      </dd>
      {d.total > 0 && (
        <>
          <dt>Decisions by step on the ladder</dt>
          <dd>
            {LADDER.map((r) => `${LADDER_LABELS[r].toLowerCase()}: ${d.byLadder[r]}`).join(', ')}
            {d.byLadder.notRecorded > 0 && `, not recorded: ${d.byLadder.notRecorded}`}
          </dd>
        </>
      )}
    </dl>
  );
}
