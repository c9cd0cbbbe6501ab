import { plural, t } from '@lingui/core/macro';
import { questionnaireType } from '../../core/domain/questionnaire';
import { responseType } from '../../core/domain/response';
import { useRecordCount, useRecords } from '../../state/records';
import { useWaitingCount } from '../../state/waiting-answers';

/** Feedback on the project dashboard: how many questionnaires and answers, and what to do next. */
export function FeedbackCard() {
  const questionnaires = useRecords(questionnaireType);
  const responses = useRecordCount(responseType);
  const waiting = useWaitingCount();
  if (questionnaires === undefined || responses === undefined) return <p>{t`Anonymous questionnaires and their results.`}</p>;
  const next =
    questionnaires.length === 0
      ? t`Next: start a questionnaire from a template.`
      : responses === 0
        ? t`Next: use kiosk mode at your next meeting, or print a paper version.`
        : t`Next: look at the results together and agree what to change.`;
  const made = questionnaires.length;
  const counts = [
    plural(made, { one: '# questionnaire', other: '# questionnaires' }),
    plural(responses, { one: '# response', other: '# responses' }),
    ...(waiting ? [plural(waiting, { one: '# waiting on this device', other: '# waiting on this device' })] : []),
  ];
  return (
    <>
      <p>{counts.join(' · ')}</p>
      <p class="hint">{next}</p>
    </>
  );
}
