import { plural, t } from '@lingui/core/macro';
import { useEffect, useRef, useState } from 'preact/hooks';
import { meetingType } from '../../core/domain/meeting';
import { questionnaireType, type Question, type Questionnaire } from '../../core/domain/questionnaire';
import { MAX_ANSWER_LENGTH, type Answer } from '../../core/domain/response';
import { checkAnswers } from '../../core/feedback/answers';
import { SCALE_LABELS } from '../../core/feedback/results';
import { isRealDate, today } from '../../core/format/calendar';
import { fail, ok, type Result } from '../../core/result';
import { useDocRecord } from '../../state/doc-records';
import { useProjectId, useSession } from '../../state/project-context';
import { useRecords } from '../../state/records';
import { href } from '../../state/router';
import { addWaitingAnswers, keepPaperForm, useWaitingCount } from '../../state/waiting-answers';
import { Button, LinkButton } from '../../ui/Button';
import { RadioGroup } from '../../ui/form/ChoiceGroup';
import { CommandError } from '../../ui/form/CommandError';
import { Field, useFieldIds } from '../../ui/form/Field';
import { MeetingPicker } from '../../ui/form/pickers';
import { useCommand } from '../../ui/form/use-command';
import { answerLimit } from './answer-limit';
import { useAnonymityThreshold } from './threshold';

/**
 * Typing in paper forms. Each form waits on this device like a kiosk answer and joins the
 * project in a shuffled batch, so the order of the pile is not kept; only the date is.
 */
export function PaperEntryScreen({ questionnaireId }: { questionnaireId: string }) {
  const projectId = useProjectId();
  const questionnaire = useDocRecord(questionnaireType, questionnaireId);
  if (!questionnaire) return <p class="notice">{t`This questionnaire is not in the project.`}</p>;
  const back = href('p', projectId, 'feedback', 'q', questionnaire.id);
  if (questionnaire.questions.length === 0) {
    return (
      <section class="card">
        <h2>{t`Type in paper answers`}</h2>
        <p class="notice">{t`This questionnaire has no questions yet, so there is nothing to type in.`}</p>
        <LinkButton href={back}>{t`Back to the questionnaire`}</LinkButton>
      </section>
    );
  }
  return (
    <>
      <nav class="breadcrumb" aria-label={t`Where you are`}>
        <a href={href('p', projectId, 'feedback')}>{t`All questionnaires`}</a> › <a href={back}>{questionnaire.title}</a>
      </nav>
      <PaperForms questionnaire={questionnaire} />
    </>
  );
}

function PaperForms({ questionnaire }: { questionnaire: Questionnaire }) {
  const { id: questionnaireId, title, questions } = questionnaire;
  const session = useSession();
  const meetings = useRecords(meetingType);
  const waiting = useWaitingCount(questionnaireId);
  const threshold = useAnonymityThreshold();
  const command = useCommand();
  const dayField = useFieldIds(undefined, undefined);
  const [day, setDay] = useState(today());
  const [meetingId, setMeetingId] = useState('');
  const [answers, setAnswers] = useState<Record<string, Answer>>({});
  const [formKey, setFormKey] = useState(0);
  const [typed, setTyped] = useState(0);
  const [done, setDone] = useState<string | null>(null);
  const formHeading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (formKey > 0) formHeading.current?.focus();
  }, [formKey]);

  async function keepForm(): Promise<Result<void>> {
    if (!isRealDate(day)) return fail(t`Give the date on the form, like 2026-03-14.`);
    if (day > today()) return fail(t`The date on the form cannot be in the future.`);
    const checked = checkAnswers(questionnaire, answers);
    if (!checked.ok) return checked;
    if (Object.keys(checked.value).length === 0) return fail(t`This form has no answers. Tick at least one answer, or put the form aside.`);
    try {
      await keepPaperForm({ projectId: session.projectId, questionnaireId, day, ...(meetingId ? { meetingId } : {}), answers: checked.value });
    } catch {
      return fail(t`This form could not be kept on this device. Nothing was added; try again.`);
    }
    await addWaitingAnswers(session, { questionnaireId });
    return ok(undefined);
  }

  async function addForm(e: Event) {
    e.preventDefault();
    setDone(null);
    if (!(await command.runAsync(keepForm)).ok) return;
    const number = typed + 1;
    setTyped(number);
    setAnswers({});
    setFormKey(formKey + 1);
    setDone(t`Form ${number} added. Ready for the next form.`);
  }

  async function finish() {
    setDone(null);
    const result = await command.runAsync(() => addWaitingAnswers(session, { questionnaireId, force: true }));
    if (!result.ok) return;
    const { written } = result.value;
    const added = plural(written, { one: '# form added to the project.', other: '# forms added to the project.' });
    const hidden = plural(threshold, {
      one: 'Results stay hidden until at least # person has answered.',
      other: 'Results stay hidden until at least # people have answered.',
    });
    setDone(written > 0 && written < threshold ? `${added} ${hidden}` : added);
  }

  const button = t`Add this form`;
  const progress = plural(typed, { one: '# form typed in so far.', other: '# forms typed in so far.' });
  const number = typed + 1;
  return (
    <>
      <section class="card" aria-labelledby="paper-heading">
        <h2 id="paper-heading">{t`Type in paper answers: ${title}`}</h2>
        <p>
          {withStrong(
            t`Type in one form at a time, then tap ${button}. Forms wait on this device and join the project in a shuffled batch, so the order of the pile is not kept. Only the date is kept, never a name.`,
            button,
          )}
        </p>
        <div class="row paper-context">
          <Field label={t`Date on the forms`} required ids={dayField}>
            <input id={dayField.id} type="date" value={day} max={today()} onInput={(e) => setDay((e.currentTarget as HTMLInputElement).value)} />
          </Field>
          {meetings?.some((m) => !m.cancelled) && (
            <MeetingPicker label={t`Meeting`} emptyLabel={t`Not for a meeting`} meetings={meetings} value={meetingId} onChange={setMeetingId} />
          )}
        </div>
        <p role="status">
          {waiting
            ? `${progress} ${plural(waiting, { one: '# answer is waiting to join the project.', other: '# answers are waiting to join the project.' })}`
            : progress}
        </p>
      </section>
      <form key={formKey} class="card paper-entry" onSubmit={addForm} noValidate>
        <h2 ref={formHeading} tabIndex={-1}>
          {t`Form ${number}`}
        </h2>
        {questions.map((q, i) => (
          <PaperQuestion
            key={q.id}
            question={q}
            number={i + 1}
            value={answers[q.id]}
            onChange={(value) => setAnswers(value === undefined ? omit(answers, q.id) : { ...answers, [q.id]: value })}
          />
        ))}
        <CommandError error={command.error} />
        {done && (
          <p class="saved-message" role="status">
            {done}
          </p>
        )}
        <div class="row">
          <Button type="submit" variant="primary">
            {button}
          </Button>
          <Button onClick={() => void finish()}>{t`Finish: add waiting forms to the results`}</Button>
        </div>
      </form>
    </>
  );
}

/** A sentence with some of its words in bold. They are a placeholder of its message, so every translation has them. */
function withStrong(sentence: string, words: string) {
  const at = sentence.indexOf(words);
  if (at < 0) return sentence;
  return (
    <>
      {sentence.slice(0, at)}
      <strong>{words}</strong>
      {sentence.slice(at + words.length)}
    </>
  );
}

const omit = (answers: Record<string, Answer>, id: string) => {
  const { [id]: _gone, ...rest } = answers;
  return rest;
};

/** Radio values are text: a scale point or choice by its number, yes and no by name, and blank. */
const BLANK = 'blank';
const toValue = (answer: Answer | undefined) => (answer === undefined ? BLANK : String(answer));
const fromValue = (value: string): Answer | undefined => (value === BLANK ? undefined : value === 'true' ? true : value === 'false' ? false : Number(value));

function PaperQuestion({
  question,
  number,
  value,
  onChange,
}: {
  question: Question;
  number: number;
  value: Answer | undefined;
  onChange: (value: Answer | undefined) => void;
}) {
  const wording = `${number}. ${question.text}`;
  if (question.kind === 'text') return <PaperText label={wording} value={typeof value === 'string' ? value : ''} onChange={onChange} />;
  const options = [
    ...paperChoices(question).map((c) => ({ value: String(c.value), label: c.label })),
    { value: BLANK, label: t({ message: 'Left blank', comment: 'When typing in a paper form: the person ticked no box for this question' }) },
  ];
  return <RadioGroup legend={wording} inline options={options} value={toValue(value)} onChange={(v) => onChange(fromValue(v))} />;
}

function paperChoices(question: Question): { label: string; value: Answer }[] {
  if (question.kind === 'yesno') {
    const [no, yes] = SCALE_LABELS.yesno;
    return [
      { label: yes!, value: true },
      { label: no!, value: false },
    ];
  }
  return (question.kind === 'choice' ? (question.options ?? []) : question.kind === 'text' ? [] : SCALE_LABELS[question.kind]).map((label, i) => ({
    label,
    value: i,
  }));
}

function PaperText({ label, value, onChange }: { label: string; value: string; onChange: (value: string | undefined) => void }) {
  const limit = answerLimit(value.length);
  const ids = useFieldIds(undefined, limit.reached);
  return (
    <Field label={label} required ids={ids} error={limit.reached ? limit.words : null}>
      <textarea
        id={ids.id}
        rows={3}
        maxLength={MAX_ANSWER_LENGTH}
        value={value}
        aria-describedby={ids.describedBy}
        onInput={(e) => onChange((e.currentTarget as HTMLTextAreaElement).value || undefined)}
      />
    </Field>
  );
}
