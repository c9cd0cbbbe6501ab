import { attendanceType } from '../../core/domain/attendance';
import { meetingType } from '../../core/domain/meeting';
import { decisionType } from '../../core/domain/meeting-day/decision';
import { personType } from '../../core/domain/person';
import type { FigureSource } from '../../core/domain/plan/measure';
import { barrierType } from '../../core/domain/team/barrier';
import { trainingType } from '../../core/domain/team/training';
import { today } from '../../core/format/calendar';
import { measureFigure, type MeasureFigure } from '../../core/review/measure-figures';
import type { Period } from '../../core/review/period';
import { useRecords } from '../../state/records';

/** The app's own figure for a measure linked to one (undefined while counting or when it has none). */
export function useMeasureFigure(source: FigureSource | undefined, period: Period | undefined): MeasureFigure | undefined {
  const people = useRecords(personType);
  const meetings = useRecords(meetingType);
  const attendance = useRecords(attendanceType);
  const barriers = useRecords(barrierType);
  const training = useRecords(trainingType);
  const decisions = useRecords(decisionType);
  if (!source || !people || !meetings || !attendance || !barriers || !training || !decisions) return undefined;
  return measureFigure(source, { people, meetings, attendance, barriers, training, decisions }, today(), period);
}
