import { useEffect, useState } from 'preact/hooks';
import { answerReadiness } from '../../core/commands/plan-readiness';
import { READINESS_ANSWERS, readinessAnswerType, type ReadinessAnswer, type ReadinessAnswerValue, type ReadinessQuestion } from '../../core/domain/plan/readiness';
import type { ProjectSession } from '../../core/projects/project-session';
import { formatDate } from '../../core/plan/dates';
import { ANSWER_LABELS, READINESS_CREDIT, READINESS_PROMPTS, readinessReading, type ReadinessPrompt } from '../../core/plan/readiness';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/TextField';
import { ErrorMessage, PlanPart, RadioGroup } from './bits';
import { useCommand, useRecords } from './use-plan';

const OPTIONS = READINESS_ANSWERS.map((value) => ({ value, label: ANSWER_LABELS[value] }));

export function ReadinessScreen({ session }: { session: ProjectSession }) {
  const answers = useRecords<ReadinessAnswer>(session.projectId, readinessAnswerType);
  const { error, run } = useCommand();
  const byQuestion = new Map((answers ?? []).map((a) => [a.question, a]));
  const reading = readinessReading(Object.fromEntries([...byQuestion].map(([q, a]) => [q, a.answer])));
  const lastAnswered = (answers ?? []).map((a) => a.answeredOn).sort().at(-1);

  const answer = (question: ReadinessQuestion, value: ReadinessAnswerValue) => run(() => answerReadiness(session.doc, { question, answer: value }));

  return (
    <PlanPart
      projectId={session.projectId}
      title="Readiness check"
      intro="Before you start, check together whether co-production is the right way to do this piece of work. There are no right answers: be honest, and come back to it as things change."
      credit={READINESS_CREDIT}
    >
      <ErrorMessage message={error} />
      <ol class="plan-questions">
        {READINESS_PROMPTS.map((prompt, i) => (
          <li key={prompt.id} class="card plan-question">
            <RadioGroup
              legend={
                <>
                  <span class="plan-question-number">Question {i + 1} of {READINESS_PROMPTS.length}. </span>
                  {prompt.question}
                </>
              }
              hint={prompt.hint}
              name={`readiness-${prompt.id}`}
              value={byQuestion.get(prompt.id)?.answer}
              options={OPTIONS}
              onChange={(value) => answer(prompt.id, value)}
              inline
            />
            <ReadinessNote session={session} prompt={prompt} saved={byQuestion.get(prompt.id)} />
          </li>
        ))}
      </ol>
      <section class={`card plan-reading plan-reading-${reading.tone}`} aria-labelledby="reading-heading" aria-live="polite">
        <h3 id="reading-heading">What your answers suggest</h3>
        <p class="plan-reading-headline">{reading.headline}</p>
        {reading.tokenismWarning && <p class="notice">{reading.tokenismWarning}</p>}
        {reading.strengths.length > 0 && (
          <>
            <h4>Already in place</h4>
            <ul>
              {reading.strengths.map((s) => (
                <li key={s}>{s}</li>
              ))}
            </ul>
          </>
        )}
        {reading.concerns.length > 0 && (
          <>
            <h4>To sort out</h4>
            <ul>
              {reading.concerns.map((c) => (
                <li key={c}>{c}</li>
              ))}
            </ul>
          </>
        )}
        {lastAnswered && <p class="hint">Answers are kept with the project. Last changed {formatDate(lastAnswered)}.</p>}
      </section>
    </PlanPart>
  );
}

/** A note beside an answer ("the budget is fixed, but…"), saved when the facilitator asks. */
function ReadinessNote({ session, prompt, saved }: { session: ProjectSession; prompt: ReadinessPrompt; saved: ReadinessAnswer | undefined }) {
  const [note, setNote] = useState(saved?.note ?? '');
  const [state, setState] = useState<'idle' | 'saved'>('idle');
  const [open, setOpen] = useState(false);
  const { error, run } = useCommand();
  useEffect(() => setNote(saved?.note ?? ''), [saved?.note]);
  if (!saved) return null;
  if (!saved.note && !open)
    return (
      <Button variant="quiet" onClick={() => setOpen(true)} aria-label={`Add a note on question: ${prompt.question}`}>
        Add a note
      </Button>
    );
  const changed = note !== (saved.note ?? '');
  return (
    <form
      class="plan-note"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const result = run(() => answerReadiness(session.doc, { question: prompt.id, answer: saved.answer, note }));
        if (result.ok) setState('saved');
      }}
    >
      <TextField label="A note on this answer" value={note} onInput={(v) => (setNote(v), setState('idle'))} multiline error={error} hint="For example what would need to change." autoFocus={open} />
      <div class="row">
        <Button type="submit" disabled={!changed}>
          Save note
        </Button>
        {state === 'saved' && !changed && (
          <span role="status" class="plan-saved">
            Note saved
          </span>
        )}
      </div>
    </form>
  );
}
