import { todayIso } from '../../core/ids';
import { CYCLE_LABELS, CYCLE_PARTS, STAGE_LABELS, STAGES } from '../../core/domain/plan/stage';
import { DOCUMENT_STATUS_LABELS } from '../../core/domain/plan/document-version';
import { formatDate } from '../../core/plan/dates';
import { planSummary } from '../../core/plan/summary';
import type { DashboardCardProps } from '../section';
import { usePlanRecords } from './use-plan';
import './plan.css';

/** The plan at a glance on the project dashboard: stage, shared parts of the cycle, and a short summary. */
export function PlanCard({ projectId }: DashboardCardProps) {
  const records = usePlanRecords(projectId);
  if (!records) return <p>Loading the plan…</p>;
  const s = planSummary(records, todayIso());
  const terms = s.documents.terms;
  const lines: string[] = [];
  if (s.counts.aims) lines.push(`${s.counts.aims === 1 ? '1 aim' : `${s.counts.aims} aims`}, ${s.counts.outcomes} outcomes, ${s.counts.measures} measures.`);
  if (terms.exists) lines.push(`Terms of reference: ${terms.status ? DOCUMENT_STATUS_LABELS[terms.status].toLowerCase() : 'draft'}${terms.date ? ` ${formatDate(terms.date)}` : ''}.`);
  if (s.meetings.next) lines.push(`Next meeting: ${formatDate(s.meetings.next.date)}, ${s.meetings.next.startTime}.`);
  else if (s.meetings.total) lines.push(`${s.meetings.total} meetings, none still to come.`);
  if (s.definition.agreedOn) lines.push(`Definition agreed ${formatDate(s.definition.agreedOn)}.`);
  return (
    <div class="plan-card" data-testid="plan-card">
      <p class="plan-card-stage">
        <span class="plan-card-label">Stage: </span>
        {s.stage ? <strong>{STAGE_LABELS[s.stage.stage]}</strong> : <span>not set yet</span>}
      </p>
      <ol class="plan-stage-steps" aria-label="Stages">
        {STAGES.map((stage) => (
          <li key={stage} class={s.stage?.stage === stage ? 'current' : undefined} aria-current={s.stage?.stage === stage ? 'step' : undefined}>
            {STAGE_LABELS[stage]}
          </li>
        ))}
      </ol>
      <p class="plan-card-label">Co-produced parts of the cycle:</p>
      <ul class="plan-cycle-chips">
        {CYCLE_PARTS.map((part) => {
          const shared = s.coProduced.includes(part);
          return (
            <li key={part} class={shared ? 'shared' : 'not-shared'}>
              <span aria-hidden="true">{shared ? '✓ ' : '– '}</span>
              {CYCLE_LABELS[part]}
              <span class="visually-hidden">{shared ? ': co-produced' : ': not co-produced'}</span>
            </li>
          );
        })}
      </ul>
      {lines.length ? (
        <p class="plan-card-summary">{lines.join(' ')}</p>
      ) : (
        <p class="plan-card-summary">Nothing planned yet. Start with the readiness check.</p>
      )}
    </div>
  );
}
