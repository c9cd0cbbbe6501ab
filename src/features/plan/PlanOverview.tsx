import { plural, t } from '@lingui/core/macro';
import { DOCUMENT_STATUS_LABELS } from '../../core/domain/plan/document-version';
import { CYCLE_LABELS, STAGE_LABELS } from '../../core/domain/plan/stage';
import { today } from '../../core/format/calendar';
import { formatDay } from '../../core/format/dates';
import { planSummary, type DocumentSummary, type PlanSummary } from '../../core/plan/summary';
import { usePlanRecords } from '../../state/plan-records';
import { useProjectId } from '../../state/project-context';
import { href } from '../../state/router';

interface PartLink {
  id: string;
  title: string;
  what: string;
  status: (s: PlanSummary) => string;
}

const notStarted = () => t({ message: 'Not started', comment: 'A part of the plan nobody has worked on yet' });

/** Parts of one status line, such as "2 aims · 5 outcomes". */
const together = (...parts: string[]) => parts.join(' · ');

function documentLine(d: DocumentSummary): string {
  if (!d.exists) return notStarted();
  const status = d.status ? DOCUMENT_STATUS_LABELS[d.status] : DOCUMENT_STATUS_LABELS.draft;
  const meeting = d.meetingTitle;
  if (meeting) return t({ message: `${status} at ${meeting}`, comment: 'Where a document stands, and the meeting where it got there' });
  if (d.date) {
    const day = formatDay(d.date, 'weekday');
    return t({ message: `${status} on ${day}`, comment: 'Where a document stands, and the day it got there' });
  }
  return status;
}

function readinessLine(s: PlanSummary): string {
  const { answered, total } = s.readiness;
  if (answered === 0) return notStarted();
  if (answered < total) return t`${answered} of ${total} questions answered`;
  return s.readiness.reading.headline.split('.')[0] + '.';
}

function valuesLine(s: PlanSummary): string {
  const d = s.definition;
  const values = d.values;
  if (!d.written && values === 0) return notStarted();
  const agreedOn = d.agreedOn ? formatDay(d.agreedOn, 'weekday') : undefined;
  const definition = agreedOn ? t`Definition agreed ${agreedOn}` : d.written ? t`Definition not agreed yet` : t`No definition yet`;
  return together(definition, plural(values, { one: '# value', other: '# values' }));
}

function stageLine(s: PlanSummary): string {
  const stage = s.stage ? STAGE_LABELS[s.stage.stage] : t`Stage not set`;
  const parts = s.coProduced.map((p) => CYCLE_LABELS[p].toLowerCase()).join(', ');
  return together(stage, parts ? t`co-producing ${parts}` : t`no parts ticked yet`);
}

function aimsLine(s: PlanSummary): string {
  const { aims, outcomes, measures, openActivities } = s.counts;
  if (aims === 0) return notStarted();
  return together(
    plural(aims, { one: '# aim', other: '# aims' }),
    plural(outcomes, { one: '# outcome', other: '# outcomes' }),
    plural(measures, { one: '# measure', other: '# measures' }),
    plural(openActivities, { one: '# activity to do', other: '# activities to do' }),
  );
}

function meetingsLine(s: PlanSummary): string {
  const m = s.meetings;
  if (m.total === 0) return t`No meetings planned`;
  const upcoming = m.upcoming;
  const coming = plural(upcoming, { one: '# meeting to come', other: '# meetings to come' });
  if (!m.next) return coming;
  const day = formatDay(m.next.date, 'weekday');
  return together(coming, t({ message: `next ${day}`, comment: 'The day of the next meeting' }));
}

function mapsLine(s: PlanSummary): string {
  const { total, involved } = s.stakeholders;
  const need = s.assets.need;
  if (total + s.assets.have + need === 0) return notStarted();
  return together(
    plural(total, { one: `# stakeholder (${involved} involved)`, other: `# stakeholders (${involved} involved)` }),
    t({ message: `${need} still needed`, comment: 'How many assets the group still needs' }),
  );
}

function risksLine(s: PlanSummary): string {
  const { total, serious } = s.risks;
  if (total === 0) return notStarted();
  const risks = plural(total, { one: '# risk', other: '# risks' });
  return serious ? together(risks, t`${serious} serious`) : risks;
}

/** The parts of the plan, in the order a group usually meets them. */
function planParts(): PartLink[] {
  return [
    { id: 'readiness', title: t`Readiness check`, what: t`Is co-production the right way to do this?`, status: readinessLine },
    { id: 'values', title: t`Our definition and values`, what: t`What co-production means to your group, and what you stand for.`, status: valuesLine },
    { id: 'stage', title: t`Stage and cycle`, what: t`Where the project is now, and which parts you share.`, status: stageLine },
    { id: 'aims', title: t`Aims and outcomes`, what: t`What you hope to achieve, the changes you expect, and how you will know.`, status: aimsLine },
    { id: 'meetings', title: t`Meeting series`, what: t`All the meeting dates planned ahead, with a calendar file.`, status: meetingsLine },
    {
      id: 'terms',
      title: t`Terms of reference`,
      what: t`How the group works: purpose, membership, roles, decisions and more.`,
      status: (s) => documentLine(s.documents.terms),
    },
    { id: 'ground-rules', title: t`Ground rules`, what: t`How members agree to treat each other.`, status: (s) => documentLine(s.documents['ground-rules']) },
    { id: 'people-and-assets', title: t`Stakeholders and assets`, what: t`Who should be involved, and what the group has and still needs.`, status: mapsLine },
    { id: 'risks', title: t`Risks and warning signs`, what: t`What could go wrong, what to watch for, and what you will do.`, status: risksLine },
  ];
}

export function PlanOverview({ notFound }: { notFound?: boolean }) {
  const projectId = useProjectId();
  const records = usePlanRecords();
  const summary = records ? planSummary(records, today()) : undefined;
  return (
    <div class="plan-overview">
      {notFound && (
        <p class="notice" role="status">
          {t`That part of the plan was not found. Here is the whole plan.`}
        </p>
      )}
      <p class="lead">{t`Plan the project with the group, not for it. Work through these parts in any order and come back as things change.`}</p>
      <ul class="plan-parts">
        {planParts().map((part, i) => (
          <li key={part.id}>
            <a class="plan-part-link" href={href('p', projectId, 'plan', part.id)}>
              <span class="plan-part-number" aria-hidden="true">
                {i + 1}
              </span>
              <span class="plan-part-text">
                <span class="plan-part-name">{part.title}</span>
                <span class="plan-part-what">{part.what}</span>
                <span class="plan-part-status">{summary ? part.status(summary) : t`Loading…`}</span>
              </span>
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
