import { t } from '@lingui/core/macro';
import { i18n } from '#i18n';
import { attendanceType } from '../../core/domain/attendance';
import { meetingType } from '../../core/domain/meeting';
import { decisionType } from '../../core/domain/meeting-day/decision';
import { personType } from '../../core/domain/person';
import type { FigureSource } from '../../core/domain/plan/measure';
import { barrierType } from '../../core/domain/team/barrier';
import { trainingType } from '../../core/domain/team/training';
import { today } from '../../core/format/calendar';
import { figureCounting, figureSentence, measureFigure } from '../../core/review/measure-figures';
import type { Period } from '../../core/review/period';
import { useRecords } from '../../state/records';

/** The figure the app counts for a measure, with where it comes from and how it was counted. */
export function MeasureFigureLine({ source, period }: { source: FigureSource; period: Period | undefined }) {
  const people = useRecords(personType);
  const meetings = useRecords(meetingType);
  const attendance = useRecords(attendanceType);
  const barriers = useRecords(barrierType);
  const training = useRecords(trainingType);
  const decisions = useRecords(decisionType);
  if (!people || !meetings || !attendance || !barriers || !training || !decisions) return <p role="status">{t`Counting…`}</p>;
  const figure = measureFigure(source, { people, meetings, attendance, barriers, training, decisions }, today(), period);
  return (
    <div class="measure-figure" data-testid={`figure-${source}`}>
      <p>
        <strong>{figureSentence(i18n, figure)}</strong>
      </p>
      <p class="hint">{figureCounting(i18n, source)}</p>
    </div>
  );
}
