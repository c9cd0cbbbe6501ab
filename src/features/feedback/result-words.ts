import { t } from '@lingui/core/macro';
import type { Question, Questionnaire } from '../../core/domain/questionnaire';
import type { FeedbackResponse } from '../../core/domain/response';
import type { ScaleKind } from '../../core/feedback/results';
import { formatNumber } from '../../core/format/intl';
import { formatShare } from '../../core/format/numbers';
import type { Option } from '../../ui/form/SelectField';

/** What the parts of the results screen that follow answers over time are given. */
export interface AnswersProps {
  questionnaire: Questionnaire;
  responses: FeedbackResponse[];
  threshold: number;
  /** The project's meetings, newest first. */
  meetings: Option<string>[];
}

export type ScaleQuestion = Question & { kind: ScaleKind };

/** The questions with a score: agree/disagree, faces and yes/no. */
export const scaleQuestions = (q: Questionnaire) =>
  q.questions.filter((x): x is ScaleQuestion => x.kind === 'agree5' || x.kind === 'faces3' || x.kind === 'yesno');

export const notEnough = (answered: number, threshold: number) => t`Not enough answers yet to show — ${answered} of ${threshold}.`;

/** A score as words and numbers: "+40%" for a balance, "60% yes" for yes/no. */
export function formatScore(kind: ScaleKind, score: number): string {
  if (kind === 'yesno') {
    const yes = formatShare(score);
    return t({ message: `${yes} yes`, comment: 'In a results table: the share of people who answered yes' });
  }
  return formatNumber(score, { style: 'percent', maximumFractionDigits: 0, signDisplay: 'exceptZero' });
}
