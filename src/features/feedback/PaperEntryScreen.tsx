import { useEffect, useRef, useState } from 'preact/hooks';
import type { Question } from '../../core/domain/questionnaire';
import { MAX_ANSWER_LENGTH, type Answer } from '../../core/domain/response';
import { checkAnswers } from '../../core/feedback/answers';
import { queueResponse } from '../../core/feedback/queue';
import { SCALE_LABELS } from '../../core/feedback/results';
import { todayIso } from '../../core/ids';
import type { ProjectSession } from '../../core/projects/project-session';
import { db } from '../../state/app-db';
import { href } from '../../state/router';
import { Button, LinkButton } from '../../ui/Button';
import { addWaitingAnswers } from './queue-actions';
import { plural, useMeetings, useQuestionnaire, useThreshold, useWaiting } from './use-feedback';
import { formatNumber } from '../../core/format/intl';

/**
 * Typing in paper forms. Each form waits on this device like a kiosk answer and joins the
 * project in a shuffled batch, so the order of the pile is not kept; only the date is.
 */
export function PaperEntryScreen({ session, questionnaireId }: { session: ProjectSession; questionnaireId: string }) {
  const questionnaire = useQuestionnaire(session, questionnaireId);
  const meetings = useMeetings(session.projectId);
  const waiting = useWaiting(session.projectId, questionnaireId);
  const threshold = useThreshold(session);
  const [day, setDay] = useState(todayIso());
  const [meetingId, setMeetingId] = useState('');
  const [answers, setAnswers] = useState<Record<string, Answer>>({});
  const [formKey, setFormKey] = useState(0);
  const [typed, setTyped] = useState(0);
  const [message, setMessage] = useState<{ kind: 'error' | 'done'; text: string } | null>(null);
  const formHeading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (formKey > 0) formHeading.current?.focus();
  }, [formKey]);
  if (!questionnaire) return <p class="notice">This questionnaire is not in the project.</p>;
  if (questionnaire.questions.length === 0) {
    return (
      <section class="card">
        <h2>Type in paper answers</h2>
        <p class="notice">This questionnaire has no questions yet, so there is nothing to type in.</p>
        <LinkButton href={href('p', session.projectId, 'feedback', 'q', questionnaire.id)}>Back to the questionnaire</LinkButton>
      </section>
    );
  }

  async function addForm(e: Event) {
    e.preventDefault();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(Date.parse(day))) return setMessage({ kind: 'error', text: 'Give the date on the form, like 2026-03-14.' });
    if (day > todayIso()) return setMessage({ kind: 'error', text: 'The date on the form cannot be in the future.' });
    const checked = checkAnswers(questionnaire!, answers);
    if (!checked.ok) return setMessage({ kind: 'error', text: checked.message });
    if (Object.keys(checked.value).length === 0) return setMessage({ kind: 'error', text: 'This form has no answers. Tick at least one answer, or put the form aside.' });
    try {
      await queueResponse(db, { projectId: session.projectId, questionnaireId: questionnaire!.id, day, ...(meetingId ? { meetingId } : {}), source: 'paper', answers: checked.value });
    } catch {
      return setMessage({ kind: 'error', text: 'This form could not be kept on this device. Nothing was added; try again.' });
    }
    await addWaitingAnswers(session, { questionnaireId: questionnaire!.id });
    setTyped(typed + 1);
    setAnswers({});
    setFormKey(formKey + 1);
    setMessage({ kind: 'done', text: `Form ${typed + 1} added. Ready for the next form.` });
  }

  async function finish() {
    const result = await addWaitingAnswers(session, { questionnaireId: questionnaire!.id, force: true });
    if (!result.ok) return setMessage({ kind: 'error', text: result.message });
    const few = result.value.written > 0 && result.value.written < threshold ? ` Results stay hidden until at least ${threshold} people have answered.` : '';
    setMessage({ kind: 'done', text: `${plural(result.value.written, 'form')} added to the project.${few}` });
  }

  return (
    <>
      <nav class="breadcrumb" aria-label="Where you are">
        <a href={href('p', session.projectId, 'feedback')}>All questionnaires</a> › <a href={href('p', session.projectId, 'feedback', 'q', questionnaire.id)}>{questionnaire.title}</a>
      </nav>
      <section class="card" aria-labelledby="paper-heading">
        <h2 id="paper-heading">Type in paper answers: {questionnaire.title}</h2>
        <p>
          Type in one form at a time, then tap <strong>Add this form</strong>. Forms wait on this device and join the project in a shuffled batch, so the order of the pile is not kept.
          Only the date is kept, never a name.
        </p>
        <div class="row paper-context">
          <div class="field">
            <label for="paper-day">Date on the forms</label>
            <input id="paper-day" type="date" value={day} max={todayIso()} onInput={(e) => setDay((e.currentTarget as HTMLInputElement).value)} />
          </div>
          {meetings && meetings.length > 0 && (
            <div class="field">
              <label for="paper-meeting">
                Meeting <span class="optional">(optional)</span>
              </label>
              <select id="paper-meeting" value={meetingId} onChange={(e) => setMeetingId((e.currentTarget as HTMLSelectElement).value)}>
                <option value="">Not for a meeting</option>
                {meetings.map((m) => (
                  <option key={m.id} value={m.id}>
                    {m.label}
                  </option>
                ))}
              </select>
            </div>
          )}
        </div>
        <p role="status">
          {plural(typed, 'form')} typed in so far.{waiting ? ` ${plural(waiting, 'answer is', 'answers are')} waiting to join the project.` : ''}
        </p>
      </section>
      <form key={formKey} class="card paper-entry" onSubmit={addForm} noValidate>
        <h2 ref={formHeading} tabIndex={-1}>
          Form {typed + 1}
        </h2>
        {questionnaire.questions.map((q, i) => (
          <PaperQuestion key={q.id} question={q} number={i + 1} value={answers[q.id]} onChange={(value) => setAnswers(value === undefined ? omit(answers, q.id) : { ...answers, [q.id]: value })} />
        ))}
        {message && (
          <p class={message.kind === 'error' ? 'error' : 'saved-message'} role={message.kind === 'error' ? 'alert' : 'status'}>
            {message.text}
          </p>
        )}
        <div class="row">
          <Button type="submit" variant="primary">
            Add this form
          </Button>
          <Button onClick={() => void finish()}>Finish: add waiting forms to the results</Button>
        </div>
      </form>
    </>
  );
}

const omit = (answers: Record<string, Answer>, id: string) => {
  const { [id]: _gone, ...rest } = answers;
  return rest;
};

function PaperQuestion({ question, number, value, onChange }: { question: Question; number: number; value: Answer | undefined; onChange: (value: Answer | undefined) => void }) {
  const name = `paper-${question.id}`;
  if (question.kind === 'text') {
    const text = typeof value === 'string' ? value : '';
    return (
      <div class="field">
        <label for={name}>
          {number}. {question.text}
        </label>
        <textarea id={name} rows={3} maxLength={MAX_ANSWER_LENGTH} value={text} onInput={(e) => onChange((e.currentTarget as HTMLTextAreaElement).value || undefined)} />
        {text.length >= MAX_ANSWER_LENGTH && <p class="error">That is the most this answer can hold: {formatNumber(MAX_ANSWER_LENGTH)} characters.</p>}
      </div>
    );
  }
  const choices: { label: string; value: Answer }[] =
    question.kind === 'yesno'
      ? [
          { label: 'Yes', value: true },
          { label: 'No', value: false },
        ]
      : (question.kind === 'choice' ? (question.options ?? []) : SCALE_LABELS[question.kind]).map((label, i) => ({ label, value: i }));
  return (
    <fieldset class="paper-question-entry">
      <legend>
        {number}. {question.text}
      </legend>
      <div class="paper-choices">
        {choices.map((c) => (
          <label key={String(c.value)} class="choice">
            <input type="radio" name={name} checked={value === c.value} onChange={() => onChange(c.value)} /> {c.label}
          </label>
        ))}
        <label class="choice">
          <input type="radio" name={name} checked={value === undefined} onChange={() => onChange(undefined)} /> Left blank
        </label>
      </div>
    </fieldset>
  );
}
