import type { DashboardCardProps } from '../section';
import { plural, useQuestionnaires, useResponseCounts, useWaiting } from './use-feedback';

/** Feedback on the project dashboard: how many questionnaires and answers, and what to do next. */
export function FeedbackCard({ projectId }: DashboardCardProps) {
  const questionnaires = useQuestionnaires(projectId)?.filter((q) => !q.archived);
  const counts = useResponseCounts(projectId);
  const waiting = useWaiting(projectId);
  if (questionnaires === undefined || counts === undefined) return <p>Anonymous questionnaires and their results.</p>;
  const responses = [...counts.values()].reduce((a, b) => a + b, 0);
  const next =
    questionnaires.length === 0
      ? 'Next: start a questionnaire from a template.'
      : responses === 0
        ? 'Next: use kiosk mode at your next meeting, or print a paper version.'
        : 'Next: look at the results together and agree what to change.';
  return (
    <>
      <p>
        {plural(questionnaires.length, 'questionnaire')} · {plural(responses, 'response')}
        {waiting ? ` · ${waiting} waiting on this device` : ''}
      </p>
      <p class="hint">{next}</p>
    </>
  );
}
