import { plural, t } from '@lingui/core/macro';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { archiveQuestionnaire, newQuestion, saveQuestionnaire } from '../../core/commands/feedback-questionnaires';
import { measureType } from '../../core/domain/plan/measure';
import {
  MAX_QUESTIONS,
  QUESTION_KIND_LABELS,
  QUESTION_KINDS,
  questionnaireType,
  type Question,
  type QuestionKind,
  type Questionnaire,
} from '../../core/domain/questionnaire';
import { responseType } from '../../core/domain/response';
import { findTemplate } from '../../core/feedback/templates';
import { compareText } from '../../core/format/intl';
import { updateBlockers } from '../../state/app-update';
import { useDocRecord } from '../../state/doc-records';
import { useProjectId, useSession } from '../../state/project-context';
import { useRecordCount, useRecords } from '../../state/records';
import { href, navigate } from '../../state/router';
import { useWaitingCount } from '../../state/waiting-answers';
import { Button, LinkButton } from '../../ui/Button';
import { CommandError } from '../../ui/form/CommandError';
import { Field, useFieldIds } from '../../ui/form/Field';
import type { Option } from '../../ui/form/SelectField';
import { useCommand } from '../../ui/form/use-command';
import { useConfirm } from '../../ui/form/use-confirm';
import { TextField } from '../../ui/TextField';
import { KioskStart } from './KioskStart';
import { QuestionEditor } from './QuestionEditor';

/** One questionnaire: start kiosk mode, print it, type in paper answers, see results, change questions. */
export function QuestionnaireScreen({ questionnaireId }: { questionnaireId: string }) {
  const projectId = useProjectId();
  const questionnaire = useDocRecord(questionnaireType, questionnaireId);
  if (!questionnaire) {
    return (
      <section class="card">
        <h2>{t`Questionnaire not found`}</h2>
        <p>{t`This questionnaire is not in the project. It may have been removed on another device.`}</p>
        <LinkButton href={href('p', projectId, 'feedback')}>{t`All questionnaires`}</LinkButton>
      </section>
    );
  }
  return (
    <>
      <nav class="breadcrumb" aria-label={t`Where you are`}>
        <a href={href('p', projectId, 'feedback')}>{t`All questionnaires`}</a>
      </nav>
      <QuestionnaireSummary questionnaire={questionnaire} />
      {!questionnaire.archived && <KioskStart questionnaire={questionnaire} />}
      <QuestionnaireEditor questionnaire={questionnaire} />
    </>
  );
}

function QuestionnaireSummary({ questionnaire }: { questionnaire: Questionnaire }) {
  const session = useSession();
  const responses = useRecordCount(responseType, { questionnaireId: questionnaire.id }) ?? 0;
  const waiting = useWaitingCount(questionnaire.id);
  const command = useCommand();
  const [confirm, dialog] = useConfirm();
  const template = findTemplate(questionnaire.template);
  const base = ['p', session.projectId, 'feedback', 'q', questionnaire.id] as const;
  const questions = questionnaire.questions.length;
  const counts = [
    plural(questions, { one: '# question', other: '# questions' }),
    plural(responses, { one: '# response in the project', other: '# responses in the project' }),
    ...(waiting ? [plural(waiting, { one: '# answer waiting on this device', other: '# answers waiting on this device' })] : []),
  ];

  async function archive() {
    const yes = await confirm({
      title: t`Archive this questionnaire?`,
      body: <p>{t`It leaves the list, and cannot be used in kiosk mode. Its results are kept, and you can unarchive it at any time.`}</p>,
      confirmLabel: t({ message: 'Archive', comment: 'Button: archive a questionnaire (it leaves the list; its results are kept)' }),
    });
    if (yes && command.run(() => archiveQuestionnaire(session.doc, questionnaire.id)).ok) navigate('p', session.projectId, 'feedback');
  }

  return (
    <section class="card" aria-labelledby="q-heading">
      <h2 id="q-heading" class="q-title">
        {questionnaire.title}
        {questionnaire.archived && <span class="tag"> {t({ message: 'Archived', comment: 'Tag beside a questionnaire that has been archived' })}</span>}
      </h2>
      {template?.credit && <p class="credit">{template.credit}</p>}
      <p>{counts.join(' · ')}</p>
      <div class="row">
        <LinkButton href={href(...base, 'results')} variant="primary">
          {t`See results`}
        </LinkButton>
        <LinkButton href={href(...base, 'print')}>{t`Print a paper version`}</LinkButton>
        <LinkButton href={href(...base, 'paper')}>{t`Type in paper answers`}</LinkButton>
        {questionnaire.archived ? (
          <Button onClick={() => command.run(() => archiveQuestionnaire(session.doc, questionnaire.id, false))}>{t`Unarchive`}</Button>
        ) : (
          <Button variant="quiet" onClick={() => void archive()}>
            {t({ message: 'Archive', comment: 'Button: archive a questionnaire (it leaves the list; its results are kept)' })}
          </Button>
        )}
      </div>
      <CommandError error={command.error} />
      {dialog}
    </section>
  );
}

interface Draft {
  title: string;
  intro: string;
  questions: Question[];
}

const draftOf = (q: Questionnaire): Draft => ({
  title: q.title,
  intro: q.intro ?? '',
  questions: q.questions.map((x) => ({ ...x, ...(x.options ? { options: [...x.options] } : {}) })),
});

/** Outcome measures from the plan, to link questions to, by their words. */
function useMeasureOptions(): Option<string>[] | undefined {
  const measures = useRecords(measureType);
  return useMemo(() => measures?.map((m) => ({ value: m.id, label: m.text })).sort((a, b) => compareText(a.label, b.label)), [measures]);
}

function QuestionnaireEditor({ questionnaire }: { questionnaire: Questionnaire }) {
  const session = useSession();
  const [draft, setDraft] = useState<Draft>(() => draftOf(questionnaire));
  const [dirty, setDirty] = useState(false);
  const [saved, setSaved] = useState(false);
  const [newKind, setNewKind] = useState<QuestionKind>('agree5');
  const command = useCommand();
  const measures = useMeasureOptions();
  const kindField = useFieldIds(undefined, undefined);

  // Changes from another device show, unless this facilitator is part way through their own.
  const editing = useRef(dirty);
  editing.current = dirty;
  useEffect(() => {
    if (!editing.current) setDraft(draftOf(questionnaire));
  }, [questionnaire]);

  // A half-edited questionnaire holds off an app update.
  useEffect(() => {
    if (!dirty) return;
    updateBlockers.value++;
    return () => {
      updateBlockers.value--;
    };
  }, [dirty]);

  const change = (next: Draft) => {
    setDraft(next);
    setDirty(true);
    setSaved(false);
    command.clear();
  };
  const setQuestion = (i: number, q: Question) => change({ ...draft, questions: draft.questions.map((x, j) => (j === i ? q : x)) });
  const move = (i: number, by: number) => {
    const questions = [...draft.questions];
    const [q] = questions.splice(i, 1);
    questions.splice(i + by, 0, q!);
    change({ ...draft, questions });
  };
  const full = draft.questions.length >= MAX_QUESTIONS;

  function save(e: Event) {
    e.preventDefault();
    const result = command.run(() => saveQuestionnaire(session.doc, questionnaire.id, { title: draft.title, intro: draft.intro, questions: draft.questions }));
    if (!result.ok) return;
    setDirty(false);
    setSaved(true);
  }

  return (
    <section class="card" aria-labelledby="edit-heading">
      <h2 id="edit-heading">{t`Questions`}</h2>
      {questionnaire.questions.length === 0 && <p class="notice">{t`This questionnaire has no questions yet. Add at least one before you use it.`}</p>}
      <form onSubmit={save} noValidate>
        <TextField label={t`Title`} value={draft.title} required maxLength={160} onInput={(title) => change({ ...draft, title })} />
        <TextField
          label={t`Introduction`}
          hint={t`Shown before the first question.`}
          multiline
          value={draft.intro}
          maxLength={1000}
          onInput={(intro) => change({ ...draft, intro })}
        />
        {measures !== undefined && measures.length === 0 && <p class="hint">{t`Add outcomes and measures in the Plan to link questions.`}</p>}
        <ol class="question-list">
          {draft.questions.map((q, i) => (
            <li key={q.id}>
              <QuestionEditor
                question={q}
                number={i + 1}
                total={draft.questions.length}
                measures={measures ?? []}
                onChange={(next) => setQuestion(i, next)}
                onMove={(by) => move(i, by)}
                onRemove={() => change({ ...draft, questions: draft.questions.filter((_, j) => j !== i) })}
              />
            </li>
          ))}
        </ol>
        <div class="add-question">
          <Field label={t`Kind of question to add`} required ids={kindField}>
            <select
              id={kindField.id}
              value={newKind}
              onChange={(e) => setNewKind((e.currentTarget as HTMLSelectElement).value as QuestionKind)}
              disabled={full}
            >
              {QUESTION_KINDS.map((k) => (
                <option key={k} value={k}>
                  {QUESTION_KIND_LABELS[k]}
                </option>
              ))}
            </select>
          </Field>
          <Button onClick={() => change({ ...draft, questions: [...draft.questions, newQuestion(newKind)] })} disabled={full}>
            {t`Add a question`}
          </Button>
          {full && <p class="hint">{t`A questionnaire can have at most ${MAX_QUESTIONS} questions.`}</p>}
        </div>
        <CommandError error={command.error} />
        {saved && (
          <p class="saved-message" role="status">
            {t`Questionnaire saved.`}
          </p>
        )}
        <div class={`row${dirty ? ' sticky-save' : ''}`}>
          <Button type="submit" variant="primary" disabled={!dirty}>
            {t`Save questionnaire`}
          </Button>
          {dirty && (
            <Button
              variant="quiet"
              onClick={() => {
                setDraft(draftOf(questionnaire));
                setDirty(false);
                setSaved(false);
                command.clear();
              }}
            >
              {t`Undo my changes`}
            </Button>
          )}
        </div>
      </form>
    </section>
  );
}
