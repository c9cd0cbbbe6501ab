import { plural, t } from '@lingui/core/macro';
import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { addEvidenceNote, archiveEvidenceNote, setOutcomeStatus } from '../../core/commands/review-evidence';
import { today } from '../../core/format/calendar';
import { formatDay } from '../../core/format/dates';
import { formatShare } from '../../core/format/numbers';
import { aimType } from '../../core/domain/plan/aim';
import { measureType } from '../../core/domain/plan/measure';
import { outcomeType } from '../../core/domain/plan/outcome';
import { questionnaireType, type Questionnaire } from '../../core/domain/questionnaire';
import { responseType } from '../../core/domain/response';
import { learningReviewType } from '../../core/domain/review/learning-review';
import { evidenceNoteType, OUTCOME_STATUS_LABELS, OUTCOME_STATUSES, outcomeStatusType } from '../../core/domain/review/outcome-evidence';
import { chartSvg } from '../../core/pack/chart-svg';
import { outcomeEvidence, type MeasureEvidence, type OutcomeEvidence, type LinkedQuestionResult } from '../../core/review/evidence';
import { planOutcomeRefs } from '../../core/review/outcomes';
import type { Period } from '../../core/review/period';
import { useProjectId, useSession } from '../../state/project-context';
import { useRecords } from '../../state/records';
import { href } from '../../state/router';
import { Button, LinkButton } from '../../ui/Button';
import { RadioGroup } from '../../ui/form/ChoiceGroup';
import { CommandError } from '../../ui/form/CommandError';
import { SelectField } from '../../ui/form/SelectField';
import { useCommand } from '../../ui/form/use-command';
import { TextField } from '../../ui/TextField';
import { EvidenceFigures } from './EvidenceFigures';
import { Subpage } from './Subpage';
import { useAnonymityThreshold } from './threshold';

/** Each outcome with the evidence for its measures, and the status the group agrees. */
export function EvidenceScreen() {
  const reviews = useRecords(learningReviewType);
  const [periodChoice, setPeriodChoice] = useState('all');
  const review = reviews?.find((r) => r.id === periodChoice);
  const period: Period | undefined = review
    ? { ...(review.periodFrom ? { from: review.periodFrom } : {}), ...(review.periodTo ? { to: review.periodTo } : {}) }
    : undefined;
  const withPeriods = (reviews ?? []).filter((r) => r.periodFrom || r.periodTo);
  return (
    <Subpage title={t`Outcomes and evidence`}>
      <p class="lead">{t`What the group set out to change, and what shows it is changing.`}</p>
      {withPeriods.length > 0 && (
        <SelectField
          label={t`Which period?`}
          required
          value={periodChoice}
          onChange={(value) => setPeriodChoice(value || 'all')}
          options={[
            { value: 'all', label: t`The whole project so far` },
            ...withPeriods.map((r) => ({ value: r.id, label: periodWords(r.title, r.periodFrom, r.periodTo) })),
          ]}
        />
      )}
      <section class="card" aria-labelledby="taking-part-heading">
        <h3 id="taking-part-heading">{t`Taking part`}</h3>
        <EvidenceFigures period={period} />
      </section>
      <Outcomes period={period} />
    </Subpage>
  );
}

/** "End of planning (6 Jan 2026 to now)". */
function periodWords(title: string, from: string | undefined, to: string | undefined): string {
  const start = from ? formatDay(from, 'date') : t({ message: 'start', comment: 'The beginning of a project, in “(start to 6 Jan 2026)”' });
  const end = to ? formatDay(to, 'date') : t({ message: 'now', comment: 'Today, in “(6 Jan 2026 to now)”' });
  return t({ message: `${title} (${start} to ${end})`, comment: 'A learning review and the stretch of time it looks back on' });
}

function Outcomes({ period }: { period: Period | undefined }) {
  const projectId = useProjectId();
  const questionnaires = useRecords(questionnaireType) as Questionnaire[] | undefined;
  const responses = useRecords(responseType);
  const statuses = useRecords(outcomeStatusType);
  const notes = useRecords(evidenceNoteType);
  const aims = useRecords(aimType);
  const planned = useRecords(outcomeType);
  const measures = useRecords(measureType);
  const threshold = useAnonymityThreshold();
  if (!aims || !planned || !measures) return <p role="status">{t`Reading the plan…`}</p>;
  const outcomes = planOutcomeRefs({ aims, outcomes: planned, measures });
  if (outcomes.length === 0) {
    return (
      <section class="card" aria-labelledby="outcomes-heading">
        <h3 id="outcomes-heading">{t`Outcomes`}</h3>
        <p>
          {t`This project has no outcomes in its plan yet. Once the group has agreed its outcomes and how to measure them, the evidence for each one shows here: questionnaire results, attendance and your notes.`}
        </p>
        <LinkButton href={href('p', projectId, 'plan')}>{t`Go to the plan`}</LinkButton>
      </section>
    );
  }
  if (!questionnaires || !responses || !statuses || !notes) return <p role="status">{t`Gathering the evidence…`}</p>;
  const evidence = outcomeEvidence({ outcomes, questionnaires, responses, statuses, notes, period, threshold });
  return (
    <>
      {evidence.map((e) => (
        <OutcomeCard key={e.outcome.id} evidence={e} threshold={threshold} />
      ))}
    </>
  );
}

function OutcomeCard({ evidence, threshold }: { evidence: OutcomeEvidence; threshold: number }) {
  const session = useSession();
  const command = useCommand();
  const { outcome, status, notes, measures } = evidence;
  const headingId = `outcome-${outcome.id}`;
  const agreed = status?.agreedOn ? formatDay(status.agreedOn, 'date') : null;
  return (
    <section class="card outcome-card" aria-labelledby={headingId}>
      <h3 id={headingId}>{outcome.title}</h3>
      <RadioGroup
        legend={t`Where does the group think it is?`}
        hint={agreed ? t`Agreed on ${agreed}.` : undefined}
        inline
        options={OUTCOME_STATUSES.map((value) => ({ value, label: i18n._(OUTCOME_STATUS_LABELS[value]) }))}
        value={status?.status}
        onChange={(value) => command.run(() => setOutcomeStatus(session.doc, outcome.id, { status: value, agreedOn: today() }))}
      />
      <CommandError error={command.error} />
      <NotesList notes={notes} />
      <AddNote outcomeId={outcome.id} label={t`Add a note about this outcome`} />
      {measures.map((m) => (
        <MeasureBlock key={m.measure.id} outcomeId={outcome.id} evidence={m} threshold={threshold} />
      ))}
    </section>
  );
}

function MeasureBlock({ outcomeId, evidence, threshold }: { outcomeId: string; evidence: MeasureEvidence; threshold: number }) {
  const measure = evidence.measure.title;
  return (
    <div class="measure-block">
      <h4>{t`Measure: ${measure}`}</h4>
      {evidence.questions.length === 0 && evidence.notes.length === 0 && (
        <p class="empty">{t`No evidence for this yet. Link a questionnaire question to it, or add a note.`}</p>
      )}
      {evidence.questions.map((q) => (
        <QuestionResult key={q.question.id} evidence={q} threshold={threshold} />
      ))}
      <NotesList notes={evidence.notes} />
      <AddNote outcomeId={outcomeId} measureId={evidence.measure.id} label={t`Add a note about this measure`} />
    </div>
  );
}

function QuestionResult({ evidence: q, threshold }: { evidence: LinkedQuestionResult; threshold: number }) {
  const question = q.question.text;
  const questionnaire = q.questionnaireTitle;
  const answered = q.result.answered;
  if (q.result.hidden) {
    return (
      <p class="notice">
        {t`“${question}” (${questionnaire}): not shown yet, because only ${plural(answered, { one: '# person', other: '# people' })} answered. Results show once ${threshold} or more have answered, so nobody can be picked out.`}
      </p>
    );
  }
  if (q.question.kind === 'text') return <p>{t`“${question}”: ${plural(answered, { one: '# written answer', other: '# written answers' })}.`}</p>;
  const title = t`${question} (${questionnaire}, ${plural(answered, { one: '# answer', other: '# answers' })})`;
  const unit = t({ message: 'answers', comment: 'What the bars of a chart count, read out after its figures' });
  return (
    <div>
      <div
        class="pack-chart"
        // The chart is SVG made in core from escaped text.
        dangerouslySetInnerHTML={{
          __html: chartSvg({ title, labels: q.result.labels, values: q.result.counts, direction: 'across', unit }, `m-${q.question.id}`),
        }}
      />
      {q.netAgreement !== null && <p>{agreement(q.result.counts, answered)}</p>}
    </div>
  );
}

function agreement(counts: readonly number[], answered: number): string {
  const [sd = 0, d = 0, , a = 0, sa = 0] = counts;
  const agree = formatShare((a + sa) / answered);
  const disagree = formatShare((sd + d) / answered);
  return t`${agree} agree and ${disagree} disagree.`;
}

function NotesList({ notes }: { notes: readonly { id: string; text: string; notedOn: string }[] }) {
  const session = useSession();
  const command = useCommand();
  if (notes.length === 0) return null;
  return (
    <>
      <ul class="note-list">
        {notes.map((n) => {
          const start = n.text.slice(0, 40);
          return (
            <li key={n.id}>
              <span>
                <strong>{formatDay(n.notedOn, 'date')}:</strong> {n.text}
              </span>
              <Button variant="quiet" aria-label={t`Remove note: ${start}`} onClick={() => command.run(() => archiveEvidenceNote(session.doc, n.id))}>
                {t`Remove`}
              </Button>
            </li>
          );
        })}
      </ul>
      <CommandError error={command.error} />
    </>
  );
}

function AddNote({ outcomeId, measureId, label }: { outcomeId: string; measureId?: string; label: string }) {
  const session = useSession();
  const command = useCommand();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  if (!open) {
    return (
      <Button variant="quiet" onClick={() => setOpen(true)}>
        {label}
      </Button>
    );
  }
  return (
    <form
      class="note-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const result = command.run(() => addEvidenceNote(session.doc, { outcomeId, ...(measureId ? { measureId } : {}), text, notedOn: today() }));
        if (!result.ok) return;
        setText('');
        setOpen(false);
      }}
    >
      <TextField label={label} value={text} onInput={setText} multiline required maxLength={2000} autoFocus />
      <CommandError error={command.error} />
      <div class="row">
        <Button type="submit">{t`Add note`}</Button>
        <Button
          variant="quiet"
          onClick={() => {
            command.clear();
            setOpen(false);
          }}
        >
          {t`Cancel`}
        </Button>
      </div>
    </form>
  );
}
