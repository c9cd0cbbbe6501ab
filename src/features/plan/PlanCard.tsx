import { plural, select, t } from '@lingui/core/macro';
import { CYCLE_LABELS, CYCLE_PARTS, STAGE_LABELS, STAGES } from '../../core/domain/plan/stage';
import { today } from '../../core/format/calendar';
import { formatDay } from '../../core/format/dates';
import { planSummary, type PlanSummary } from '../../core/plan/summary';
import { usePlanRecords } from '../../state/plan-records';
import './plan.css';

/** The plan in a few sentences: aims, terms of reference, the next meeting, the definition. */
function summaryLines(s: PlanSummary): string[] {
  const lines: string[] = [];
  const { aims, outcomes, measures } = s.counts;
  if (aims) {
    lines.push(
      t`${plural(aims, { one: '# aim', other: '# aims' })}, ${plural(outcomes, { one: '# outcome', other: '# outcomes' })}, ${plural(measures, { one: '# measure', other: '# measures' })}.`,
    );
  }
  const terms = s.documents.terms;
  if (terms.exists) {
    const status = terms.status ?? 'draft';
    const day = terms.date ? formatDay(terms.date, 'weekday') : undefined;
    lines.push(
      day
        ? t`Terms of reference: ${select(status, { agreed: 'agreed', discussed: 'discussed', other: 'draft' })} ${day}.`
        : t`Terms of reference: ${select(status, { agreed: 'agreed', discussed: 'discussed', other: 'draft' })}.`,
    );
  }
  const next = s.meetings.next;
  if (next) {
    const day = formatDay(next.date, 'weekday');
    const time = next.startTime;
    lines.push(t`Next meeting: ${day}, ${time}.`);
  } else if (s.meetings.total) {
    const total = s.meetings.total;
    lines.push(plural(total, { one: '# meeting, none still to come.', other: '# meetings, none still to come.' }));
  }
  if (s.definition.agreedOn) {
    const day = formatDay(s.definition.agreedOn, 'weekday');
    lines.push(t`Definition agreed ${day}.`);
  }
  return lines;
}

/** The plan at a glance on the project dashboard: stage, shared parts of the cycle, and a short summary. */
export function PlanCard() {
  const records = usePlanRecords();
  if (!records) return <p>{t`Loading the plan…`}</p>;
  const s = planSummary(records, today());
  const lines = summaryLines(s);
  return (
    <div class="plan-card" data-testid="plan-card">
      <p class="plan-card-stage">
        <span class="plan-card-label">{t({ message: 'Stage:', comment: 'Before the name of the stage the project is at' })} </span>
        {s.stage ? <strong>{STAGE_LABELS[s.stage.stage]}</strong> : <span>{t`not set yet`}</span>}
      </p>
      <ol class="plan-stage-steps" aria-label={t`Stages`}>
        {STAGES.map((stage) => (
          <li key={stage} class={s.stage?.stage === stage ? 'current' : undefined} aria-current={s.stage?.stage === stage ? 'step' : undefined}>
            {STAGE_LABELS[stage]}
          </li>
        ))}
      </ol>
      <p class="plan-card-label">{t`Co-produced parts of the cycle:`}</p>
      <ul class="plan-cycle-chips">
        {CYCLE_PARTS.map((part) => {
          const shared = s.coProduced.includes(part);
          return (
            <li key={part} class={shared ? 'shared' : 'not-shared'}>
              <span aria-hidden="true">{shared ? '✓ ' : '– '}</span>
              {CYCLE_LABELS[part]}
              <span class="visually-hidden">
                {shared
                  ? t({ message: ': co-produced', comment: 'Read after the name of a part of the cycle, by screen readers only' })
                  : t({ message: ': not co-produced', comment: 'Read after the name of a part of the cycle, by screen readers only' })}
              </span>
            </li>
          );
        })}
      </ul>
      <p class="plan-card-summary">{lines.length ? lines.join(' ') : t`Nothing planned yet. Start with the readiness check.`}</p>
    </div>
  );
}
