import { t } from '@lingui/core/macro';
import { useEffect, useState } from 'preact/hooks';
import { answerReadiness } from '../../core/commands/plan-readiness';
import {
  READINESS_ANSWERS,
  readinessAnswerType,
  type ReadinessAnswer,
  type ReadinessAnswerValue,
  type ReadinessQuestion,
} from '../../core/domain/plan/readiness';
import { formatDay } from '../../core/format/dates';
import { ANSWER_LABELS, READINESS_PROMPTS, readinessReading, type ReadinessPrompt } from '../../core/plan/readiness';
import { useSession } from '../../state/project-context';
import { useRecords } from '../../state/records';
import { Button } from '../../ui/Button';
import { RadioGroup } from '../../ui/form/ChoiceGroup';
import { CommandError } from '../../ui/form/CommandError';
import { Form } from '../../ui/form/Form';
import { useCommand } from '../../ui/form/use-command';
import { TextField } from '../../ui/TextField';
import { PlanPart } from './PlanPart';

export function ReadinessScreen() {
  const { doc } = useSession();
  const answers = useRecords(readinessAnswerType);
  const command = useCommand();
  const byQuestion = new Map((answers ?? []).map((a) => [a.question, a]));
  const reading = readinessReading(Object.fromEntries([...byQuestion].map(([q, a]) => [q, a.answer])));
  const lastAnswered = (answers ?? [])
    .map((a) => a.answeredOn)
    .sort()
    .at(-1);
  const lastDay = lastAnswered ? formatDay(lastAnswered, 'weekday') : undefined;
  const options = READINESS_ANSWERS.map((value) => ({ value, label: ANSWER_LABELS[value] }));
  const total = READINESS_PROMPTS.length;

  const answer = (question: ReadinessQuestion, value: ReadinessAnswerValue) => command.run(() => answerReadiness(doc, { question, answer: value }));

  return (
    <PlanPart
      title={t`Readiness check`}
      intro={t`Before you start, check together whether co-production is the right way to do this piece of work. There are no right answers: be honest, and come back to it as things change.`}
      credit={t`Based on the questions in the Iriss co-production project planner, with a warning about fixed briefs from the West Yorkshire briefing paper on co-production.`}
    >
      <CommandError error={command.error} />
      <ol class="plan-questions">
        {READINESS_PROMPTS.map((prompt, i) => {
          const number = i + 1;
          return (
            <li key={prompt.id} class="card plan-question">
              <RadioGroup
                legend={
                  <>
                    <span class="plan-question-number">{t`Question ${number} of ${total}.`} </span>
                    {prompt.question}
                  </>
                }
                hint={prompt.hint}
                value={byQuestion.get(prompt.id)?.answer}
                options={options}
                onChange={(value) => answer(prompt.id, value)}
                inline
              />
              <ReadinessNote prompt={prompt} saved={byQuestion.get(prompt.id)} />
            </li>
          );
        })}
      </ol>
      <section class={`card plan-reading plan-reading-${reading.tone}`} aria-labelledby="reading-heading" aria-live="polite">
        <h3 id="reading-heading">{t`What your answers suggest`}</h3>
        <p class="plan-reading-headline">{reading.headline}</p>
        {reading.tokenismWarning && <p class="notice">{reading.tokenismWarning}</p>}
        {reading.strengths.length > 0 && (
          <>
            <h4>{t`Already in place`}</h4>
            <ul>
              {reading.strengths.map((s) => (
                <li key={s}>{s}</li>
              ))}
            </ul>
          </>
        )}
        {reading.concerns.length > 0 && (
          <>
            <h4>{t`To sort out`}</h4>
            <ul>
              {reading.concerns.map((c) => (
                <li key={c}>{c}</li>
              ))}
            </ul>
          </>
        )}
        {lastDay && <p class="hint">{t`Answers are kept with the project. Last changed ${lastDay}.`}</p>}
      </section>
    </PlanPart>
  );
}

/** A note beside an answer ("the budget is fixed, but…"), saved when the facilitator asks. */
function ReadinessNote({ prompt, saved }: { prompt: ReadinessPrompt; saved: ReadinessAnswer | undefined }) {
  const { doc } = useSession();
  const [note, setNote] = useState(saved?.note ?? '');
  const [state, setState] = useState<'idle' | 'saved'>('idle');
  const [open, setOpen] = useState(false);
  const command = useCommand();
  useEffect(() => setNote(saved?.note ?? ''), [saved?.note]);
  if (!saved) return null;
  const question = prompt.question;
  if (!saved.note && !open)
    return (
      <Button variant="quiet" onClick={() => setOpen(true)} aria-label={t`Add a note on question: ${question}`}>
        {t`Add a note`}
      </Button>
    );
  const changed = note !== (saved.note ?? '');
  return (
    <Form
      class="plan-note"
      onSubmit={() => {
        const result = command.run(() => answerReadiness(doc, { question: prompt.id, answer: saved.answer, note }));
        if (result.ok) setState('saved');
      }}
    >
      <TextField
        label={t`A note on this answer`}
        value={note}
        onInput={(v) => (setNote(v), setState('idle'))}
        multiline
        error={command.error}
        hint={t`For example what would need to change.`}
        autoFocus={open}
      />
      <div class="row">
        <Button type="submit" disabled={!changed}>
          {t`Save note`}
        </Button>
        {state === 'saved' && !changed && (
          <span role="status" class="plan-saved">
            {t`Note saved`}
          </span>
        )}
      </div>
    </Form>
  );
}
