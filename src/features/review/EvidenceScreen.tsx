import { useState } from 'preact/hooks';
import { readAnonymityThreshold } from '../../core/read/feedback';
import { addEvidenceNote, archiveEvidenceNote, setOutcomeStatus } from '../../core/commands/review-evidence';
import { collectionMap } from '../../core/doc/project-doc';
import { feedbackSettingsType } from '../../core/domain/feedback/settings';
import { aimType } from '../../core/domain/plan/aim';
import { measureType } from '../../core/domain/plan/measure';
import { outcomeType } from '../../core/domain/plan/outcome';
import { questionnaireType, type Questionnaire } from '../../core/domain/questionnaire';
import { responseType } from '../../core/domain/response';
import { learningReviewType } from '../../core/domain/review/learning-review';
import { evidenceNoteType, OUTCOME_STATUS_LABELS, OUTCOME_STATUSES, outcomeStatusType, type OutcomeStatusValue } from '../../core/domain/review/outcome-evidence';
import { todayIso } from '../../core/ids';
import { chartSvg } from '../../core/pack/chart-svg';
import { count, percent, shortDate } from '../../core/pack/format';
import type { ProjectSession } from '../../core/projects/project-session';
import { outcomeEvidence, type MeasureEvidence, type OutcomeEvidence } from '../../core/review/evidence';
import { planOutcomeRefs } from '../../core/review/outcomes';
import type { Period } from '../../core/review/period';
import { href } from '../../state/router';
import { useYValue } from '../../state/use-y';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/TextField';
import { EvidenceFigures } from './EvidenceFigures';
import { Subpage } from './Subpage';
import { useRecords } from './use-records';

/** Each outcome with the evidence for its measures, and the status the group agrees. */
export function EvidenceScreen({ session }: { session: ProjectSession }) {
  const { projectId } = session;
  const reviews = useRecords(projectId, learningReviewType);
  const [periodChoice, setPeriodChoice] = useState('all');
  const review = reviews?.find((r) => r.id === periodChoice);
  const period: Period | undefined = review ? { ...(review.periodFrom ? { from: review.periodFrom } : {}), ...(review.periodTo ? { to: review.periodTo } : {}) } : undefined;
  const withPeriods = (reviews ?? []).filter((r) => r.periodFrom || r.periodTo);
  return (
    <Subpage projectId={projectId} title="Outcomes and evidence">
      <p class="lead">What the group set out to change, and what shows it is changing.</p>
      {withPeriods.length > 0 && (
        <div class="field">
          <label for="evidence-period">Which period?</label>
          <select id="evidence-period" value={periodChoice} onChange={(e) => setPeriodChoice((e.currentTarget as HTMLSelectElement).value)}>
            <option value="all">The whole project so far</option>
            {withPeriods.map((r) => (
              <option key={r.id} value={r.id}>
                {r.title} ({r.periodFrom ? shortDate(r.periodFrom) : 'start'} to {r.periodTo ? shortDate(r.periodTo) : 'now'})
              </option>
            ))}
          </select>
        </div>
      )}
      <section class="card" aria-labelledby="taking-part-heading">
        <h3 id="taking-part-heading">Taking part</h3>
        <EvidenceFigures session={session} period={period} />
      </section>
      <Outcomes session={session} period={period} />
    </Subpage>
  );
}

function Outcomes({ session, period }: { session: ProjectSession; period: Period | undefined }) {
  const { projectId } = session;
  const questionnaires = useRecords(projectId, questionnaireType) as Questionnaire[] | undefined;
  const responses = useRecords(projectId, responseType);
  const statuses = useRecords(projectId, outcomeStatusType);
  const notes = useRecords(projectId, evidenceNoteType);
  const aims = useRecords(projectId, aimType);
  const planned = useRecords(projectId, outcomeType);
  const measures = useRecords(projectId, measureType);
  const threshold = useYValue(collectionMap(session.doc, feedbackSettingsType.collection), () => readAnonymityThreshold(session.doc));
  if (!aims || !planned || !measures) return <p role="status">Reading the plan…</p>;
  const outcomes = planOutcomeRefs({ aims, outcomes: planned, measures });
  if (outcomes.length === 0) {
    return (
      <section class="card" aria-labelledby="outcomes-heading">
        <h3 id="outcomes-heading">Outcomes</h3>
        <p>
          This project has no outcomes in its plan yet. Once the group has agreed its outcomes and how to measure them in <a href={href('p', projectId, 'plan')}>Plan</a>,
          the evidence for each one shows here: questionnaire results, attendance and your notes.
        </p>
      </section>
    );
  }
  if (!questionnaires || !responses || !statuses || !notes) return <p role="status">Gathering the evidence…</p>;
  const evidence = outcomeEvidence({ outcomes, questionnaires, responses, statuses, notes, period, threshold });
  return (
    <>
      {evidence.map((e) => (
        <OutcomeCard key={e.outcome.id} session={session} evidence={e} threshold={threshold} />
      ))}
    </>
  );
}

function OutcomeCard({ session, evidence, threshold }: { session: ProjectSession; evidence: OutcomeEvidence; threshold: number }) {
  const { outcome, status, notes, measures } = evidence;
  const [error, setError] = useState<string | null>(null);
  const headingId = `outcome-${outcome.id}`;
  const choose = (value: OutcomeStatusValue) => {
    const result = setOutcomeStatus(session.doc, outcome.id, { status: value, agreedOn: todayIso() });
    setError(result.ok ? null : result.message);
  };
  return (
    <section class="card outcome-card" aria-labelledby={headingId}>
      <h3 id={headingId}>{outcome.title}</h3>
      <fieldset>
        <legend>Where does the group think it is?</legend>
        <div class="status-choices">
          {OUTCOME_STATUSES.map((value) => (
            <label class="choice" key={value}>
              <input type="radio" name={`status-${outcome.id}`} checked={status?.status === value} onChange={() => choose(value)} />
              {OUTCOME_STATUS_LABELS[value]}
            </label>
          ))}
        </div>
        {status?.agreedOn && <p class="hint">Agreed on {shortDate(status.agreedOn)}.</p>}
        {error && (
          <p class="error" role="alert">
            {error}
          </p>
        )}
      </fieldset>
      <NotesList session={session} notes={notes} />
      <AddNote session={session} outcomeId={outcome.id} label="Add a note about this outcome" />
      {measures.map((m) => (
        <MeasureBlock key={m.measure.id} session={session} outcomeId={outcome.id} evidence={m} threshold={threshold} />
      ))}
    </section>
  );
}

function MeasureBlock({ session, outcomeId, evidence, threshold }: { session: ProjectSession; outcomeId: string; evidence: MeasureEvidence; threshold: number }) {
  return (
    <div class="measure-block">
      <h4>Measure: {evidence.measure.title}</h4>
      {evidence.questions.length === 0 && evidence.notes.length === 0 && <p class="empty">No evidence for this yet. Link a questionnaire question to it, or add a note.</p>}
      {evidence.questions.map((q) =>
        q.result.hidden ? (
          <p key={q.question.id} class="notice">
            “{q.question.text}” ({q.questionnaireTitle}): not shown yet, because only {count(q.result.answered, 'person', 'people')} answered. Results show once {threshold} or more have answered, so nobody can be picked out.
          </p>
        ) : q.question.kind === 'text' ? (
          <p key={q.question.id}>
            “{q.question.text}”: {count(q.result.answered, 'written answer')}.
          </p>
        ) : (
          <div key={q.question.id}>
            <div
              class="pack-chart"
              // The chart is SVG made in core from escaped text.
              dangerouslySetInnerHTML={{ __html: chartSvg({ title: `${q.question.text} (${q.questionnaireTitle}, ${count(q.result.answered, 'answer')})`, labels: q.result.labels, values: q.result.counts, direction: 'across', unit: 'answers' }, `m-${q.question.id}`) }}
            />
            {q.netAgreement !== null && <p>{agreement(q.result.counts, q.result.answered)}</p>}
          </div>
        ),
      )}
      <NotesList session={session} notes={evidence.notes} />
      <AddNote session={session} outcomeId={outcomeId} measureId={evidence.measure.id} label="Add a note about this measure" />
    </div>
  );
}

function agreement(counts: number[], answered: number): string {
  const [sd = 0, d = 0, , a = 0, sa = 0] = counts;
  return `${percent((a + sa) / answered)} agree and ${percent((sd + d) / answered)} disagree.`;
}

function NotesList({ session, notes }: { session: ProjectSession; notes: { id: string; text: string; notedOn: string }[] }) {
  if (notes.length === 0) return null;
  return (
    <ul class="note-list">
      {notes.map((n) => (
        <li key={n.id}>
          <span>
            <strong>{shortDate(n.notedOn)}:</strong> {n.text}
          </span>
          <Button variant="quiet" aria-label={`Remove note: ${n.text.slice(0, 40)}`} onClick={() => archiveEvidenceNote(session.doc, n.id)}>
            Remove
          </Button>
        </li>
      ))}
    </ul>
  );
}

function AddNote({ session, outcomeId, measureId, label }: { session: ProjectSession; outcomeId: string; measureId?: string; label: string }) {
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
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
        const result = addEvidenceNote(session.doc, { outcomeId, ...(measureId ? { measureId } : {}), text, notedOn: todayIso() });
        if (!result.ok) return setError(result.message);
        setText('');
        setError(null);
        setOpen(false);
      }}
    >
      <TextField label={label} value={text} onInput={setText} multiline required maxLength={2000} error={error} autoFocus />
      <div class="row">
        <Button type="submit">Add note</Button>
        <Button variant="quiet" onClick={() => setOpen(false)}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
