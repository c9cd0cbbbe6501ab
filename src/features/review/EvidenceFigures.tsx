import { plural, t } from '@lingui/core/macro';
import { today } from '../../core/format/calendar';
import { formatList, formatNumber } from '../../core/format/intl';
import { attendanceType } from '../../core/domain/attendance';
import { meetingType } from '../../core/domain/meeting';
import { decisionType, LADDER, LADDER_LABELS } from '../../core/domain/meeting-day/decision';
import { personType, ROLE_LABELS, ROLES } from '../../core/domain/person';
import { questionnaireType, type Questionnaire } from '../../core/domain/questionnaire';
import { responseType } from '../../core/domain/response';
import { barrierType } from '../../core/domain/team/barrier';
import { couldNotTakePart } from '../../core/read/figures';
import { attendanceFigures, decisionFigures, engagementFigures } from '../../core/review/evidence';
import type { Period } from '../../core/review/period';
import { useRecords } from '../../state/records';

/** "carer or family: 3", an item in a list of counts by kind. */
const countOf = (kind: string, n: number) => {
  const count = formatNumber(n);
  return t({ message: `${kind}: ${count}`, comment: 'One kind of thing and how many there are, in a list of such counts' });
};

/** Attendance, engagement and decision counts for a period: the figures most outcomes lean on. */
export function EvidenceFigures({ period }: { period?: Period | undefined }) {
  const meetings = useRecords(meetingType);
  const attendance = useRecords(attendanceType);
  const people = useRecords(personType);
  const questionnaires = useRecords(questionnaireType) as Questionnaire[] | undefined;
  const responses = useRecords(responseType);
  const decisions = useRecords(decisionType);
  const barriers = useRecords(barrierType);
  if (!meetings || !attendance || !people || !questionnaires || !responses || !decisions) return <p role="status">{t`Counting…`}</p>;
  const a = attendanceFigures({ meetings, attendance, people, asOf: today(), period });
  const e = engagementFigures({ people, questionnaires, responses, period });
  const comments = e.comments;
  const d = decisionFigures({ decisions, meetings, period });
  const roles = ROLES.filter((r) => a.peopleByRole[r]);
  const n = (value: number) => formatNumber(value);

  const peopleWhoCame = n(a.peopleTakingPart);
  const byRole = formatList(
    roles.map((r) => countOf(ROLE_LABELS[r].toLowerCase(), a.peopleByRole[r] ?? 0)),
    'unit',
  );
  const active = n(e.activeMembers);
  const lived = n(e.activeWithLivedExperience);
  const responsesGiven = n(e.feedbackResponses);
  const decided = n(d.total);
  const consensus = n(d.byConsensus);
  const vote = n(d.byVote);
  const rungs = [...LADDER.map((r) => countOf(LADDER_LABELS[r].toLowerCase(), d.byLadder[r]))];
  if (d.byLadder.notRecorded > 0) rungs.push(countOf(t`not recorded`, d.byLadder.notRecorded));
  return (
    <dl class="facts evidence-facts">
      <dt>{t`Meetings held`}</dt>
      <dd>{n(a.meetingsHeld)}</dd>
      {a.meetingsPlanned > 0 && (
        <>
          <dt>{t`Meetings still to come`}</dt>
          <dd>{n(a.meetingsPlanned)}</dd>
        </>
      )}
      <dt>{t`Times people came`}</dt>
      <dd>{n(a.attendances)}</dd>
      <dt>{t`People at each meeting, on average`}</dt>
      <dd>{n(a.averagePresent)}</dd>
      <dt>{t`Different people who came`}</dt>
      <dd>{roles.length > 0 ? t`${peopleWhoCame} (${byRole})` : peopleWhoCame}</dd>
      <dt>{t`Came to half the meetings or more`}</dt>
      <dd>{n(a.regularAttenders)}</dd>
      <dt>{t`Active members`}</dt>
      <dd>{t`${active} (${lived} with lived or caring experience)`}</dd>
      <dt>{t`Stepped back or left`}</dt>
      <dd>{n(e.membersByStatus['stepped-back'] + e.membersByStatus.left)}</dd>
      <dt>{t`Members interested but not taking part yet`}</dt>
      <dd>{n(e.membersByStatus.interested)}</dd>
      <dt>{t`People who wanted to join but could not take part (not members)`}</dt>
      <dd>{barriers ? n(couldNotTakePart(barriers).total) : '…'}</dd>
      <dt>{t`Feedback responses`}</dt>
      <dd>{t`${responsesGiven} (${plural(comments, { one: '# written comment', other: '# written comments' })})`}</dd>
      <dt>{t`Decisions made`}</dt>
      <dd>{d.total > 0 ? t`${decided} (${consensus} by consensus, ${vote} by vote)` : decided}</dd>
      {d.total > 0 && (
        <>
          <dt>{t`Decisions by step on the ladder`}</dt>
          <dd>{formatList(rungs, 'unit')}</dd>
        </>
      )}
    </dl>
  );
}
