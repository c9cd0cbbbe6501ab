import type { ProjectSession } from '../../core/projects/project-session';
import { todayIso } from '../../core/ids';
import { formatDate } from '../../core/plan/dates';
import { CYCLE_LABELS, STAGE_LABELS } from '../../core/domain/plan/stage';
import { DOCUMENT_STATUS_LABELS } from '../../core/domain/plan/document-version';
import { planSummary, type DocumentSummary, type PlanSummary } from '../../core/plan/summary';
import { href } from '../../state/router';
import { usePlanRecords } from './use-plan';

interface PartLink {
  id: string;
  title: string;
  what: string;
  status: (s: PlanSummary) => string;
}

function plural(n: number, one: string, many = `${one}s`) {
  return `${n} ${n === 1 ? one : many}`;
}

function documentLine(d: DocumentSummary): string {
  if (!d.exists) return 'Not started';
  const status = d.status ? DOCUMENT_STATUS_LABELS[d.status] : 'Draft';
  const when = d.meetingTitle ? ` at ${d.meetingTitle}` : d.date ? ` on ${formatDate(d.date)}` : '';
  return `${status}${when}`;
}

/** The parts of the plan, in the order a group usually meets them. */
const PLAN_PARTS: readonly PartLink[] = [
  {
    id: 'readiness',
    title: 'Readiness check',
    what: 'Is co-production the right way to do this?',
    status: (s) => (s.readiness.answered === 0 ? 'Not started' : s.readiness.answered < s.readiness.total ? `${s.readiness.answered} of ${s.readiness.total} questions answered` : s.readiness.reading.headline.split('.')[0] + '.'),
  },
  {
    id: 'values',
    title: 'Our definition and values',
    what: 'What co-production means to your group, and what you stand for.',
    status: (s) =>
      !s.definition.written && s.definition.values === 0
        ? 'Not started'
        : `${s.definition.agreedOn ? `Definition agreed ${formatDate(s.definition.agreedOn)}` : s.definition.written ? 'Definition not agreed yet' : 'No definition yet'} · ${plural(s.definition.values, 'value')}`,
  },
  {
    id: 'stage',
    title: 'Stage and cycle',
    what: 'Where the project is now, and which parts you share.',
    status: (s) => `${s.stage ? STAGE_LABELS[s.stage.stage] : 'Stage not set'} · ${s.coProduced.length ? `co-producing ${s.coProduced.map((p) => CYCLE_LABELS[p].toLowerCase()).join(', ')}` : 'no parts ticked yet'}`,
  },
  {
    id: 'aims',
    title: 'Aims and outcomes',
    what: 'What you hope to achieve, the changes you expect, and how you will know.',
    status: (s) =>
      s.counts.aims === 0
        ? 'Not started'
        : `${plural(s.counts.aims, 'aim')} · ${plural(s.counts.outcomes, 'outcome')} · ${plural(s.counts.measures, 'measure')} · ${plural(s.counts.openActivities, 'activity', 'activities')} to do`,
  },
  {
    id: 'meetings',
    title: 'Meeting series',
    what: 'All the meeting dates planned ahead, with a calendar file.',
    status: (s) => (s.meetings.total === 0 ? 'No meetings planned' : `${plural(s.meetings.upcoming, 'meeting')} to come${s.meetings.next ? ` · next ${formatDate(s.meetings.next.date)}` : ''}`),
  },
  { id: 'terms', title: 'Terms of reference', what: 'How the group works: purpose, membership, roles, decisions and more.', status: (s) => documentLine(s.documents.terms) },
  { id: 'ground-rules', title: 'Ground rules', what: 'How members agree to treat each other.', status: (s) => documentLine(s.documents['ground-rules']) },
  {
    id: 'people-and-assets',
    title: 'Stakeholders and assets',
    what: 'Who should be involved, and what the group has and still needs.',
    status: (s) =>
      s.stakeholders.total + s.assets.have + s.assets.need === 0
        ? 'Not started'
        : `${plural(s.stakeholders.total, 'stakeholder')} (${s.stakeholders.involved} involved) · ${s.assets.need} still needed`,
  },
  {
    id: 'risks',
    title: 'Risks and warning signs',
    what: 'What could go wrong, what to watch for, and what you will do.',
    status: (s) => (s.risks.total === 0 ? 'Not started' : `${plural(s.risks.total, 'risk')}${s.risks.serious ? ` · ${s.risks.serious} serious` : ''}`),
  },
];

export function PlanOverview({ session, notFound }: { session: ProjectSession; notFound?: boolean }) {
  const records = usePlanRecords(session.projectId);
  const summary = records ? planSummary(records, todayIso()) : undefined;
  return (
    <div class="plan-overview">
      {notFound && (
        <p class="notice" role="status">
          That part of the plan was not found. Here is the whole plan.
        </p>
      )}
      <p class="lead">Plan the project with the group, not for it. Work through these parts in any order and come back as things change.</p>
      <ul class="plan-parts">
        {PLAN_PARTS.map((part, i) => (
          <li key={part.id}>
            <a class="plan-part-link" href={href('p', session.projectId, 'plan', part.id)}>
              <span class="plan-part-number" aria-hidden="true">
                {i + 1}
              </span>
              <span class="plan-part-text">
                <span class="plan-part-name">{part.title}</span>
                <span class="plan-part-what">{part.what}</span>
                <span class="plan-part-status">{summary ? part.status(summary) : 'Loading…'}</span>
              </span>
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
