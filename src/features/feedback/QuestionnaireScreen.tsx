import { useEffect, useState } from 'preact/hooks';
import { archiveQuestionnaire, newQuestion, saveQuestionnaire } from '../../core/commands/feedback-questionnaires';
import { MAX_QUESTIONS, QUESTION_KIND_LABELS, QUESTION_KINDS, type Question, type QuestionKind, type Questionnaire } from '../../core/domain/questionnaire';
import { findTemplate } from '../../core/feedback/templates';
import type { ProjectSession } from '../../core/projects/project-session';
import { updateBlockers } from '../../state/app-update';
import { href, navigate } from '../../state/router';
import { Button, LinkButton } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { TextField } from '../../ui/TextField';
import { KioskStart } from './KioskStart';
import { QuestionEditor } from './QuestionEditor';
import { plural, useMeasures, useQuestionnaire, useResponseCounts, useWaiting } from './use-feedback';

/** One questionnaire: start kiosk mode, print it, type in paper answers, see results, change questions. */
export function QuestionnaireScreen({ session, questionnaireId }: { session: ProjectSession; questionnaireId: string }) {
  const questionnaire = useQuestionnaire(session, questionnaireId);
  const counts = useResponseCounts(session.projectId);
  const waiting = useWaiting(session.projectId, questionnaireId);
  const [confirmArchive, setConfirmArchive] = useState(false);
  if (!questionnaire) {
    return (
      <section class="card">
        <h2>Questionnaire not found</h2>
        <p>This questionnaire is not in the project. It may have been removed on another device.</p>
        <LinkButton href={href('p', session.projectId, 'feedback')}>All questionnaires</LinkButton>
      </section>
    );
  }
  const template = findTemplate(questionnaire.template);
  const responses = counts?.get(questionnaire.id) ?? 0;
  const base = ['p', session.projectId, 'feedback', 'q', questionnaire.id] as const;
  return (
    <>
      <nav class="breadcrumb" aria-label="Where you are">
        <a href={href('p', session.projectId, 'feedback')}>All questionnaires</a>
      </nav>
      <section class="card" aria-labelledby="q-heading">
        <h2 id="q-heading" class="q-title">
          {questionnaire.title}
          {questionnaire.archived && <span class="tag"> Archived</span>}
        </h2>
        {template?.credit && <p class="credit">{template.credit}.</p>}
        <p>
          {plural(questionnaire.questions.length, 'question')} · {plural(responses, 'response')} in the project
          {waiting ? ` · ${plural(waiting, 'answer')} waiting on this device` : ''}
        </p>
        <div class="row">
          <LinkButton href={href(...base, 'results')} variant="primary">
            See results
          </LinkButton>
          <LinkButton href={href(...base, 'print')}>Print a paper version</LinkButton>
          <LinkButton href={href(...base, 'paper')}>Type in paper answers</LinkButton>
          {questionnaire.archived ? (
            <Button onClick={() => archiveQuestionnaire(session.doc, questionnaire.id, false)}>Unarchive</Button>
          ) : (
            <Button variant="quiet" onClick={() => setConfirmArchive(true)}>
              Archive
            </Button>
          )}
        </div>
      </section>
      {!questionnaire.archived && <KioskStart session={session} questionnaire={questionnaire} />}
      <QuestionnaireEditor session={session} questionnaire={questionnaire} />
      <ConfirmDialog
        open={confirmArchive}
        title="Archive this questionnaire?"
        confirmLabel="Archive"
        onCancel={() => setConfirmArchive(false)}
        onConfirm={() => {
          archiveQuestionnaire(session.doc, questionnaire.id);
          setConfirmArchive(false);
          navigate('p', session.projectId, 'feedback');
        }}
      >
        <p>It leaves the list, and cannot be used in kiosk mode. Its results are kept, and you can unarchive it at any time.</p>
      </ConfirmDialog>
    </>
  );
}

interface Draft {
  title: string;
  intro: string;
  questions: Question[];
}

const draftOf = (q: Questionnaire): Draft => ({ title: q.title, intro: q.intro ?? '', questions: q.questions.map((x) => ({ ...x, ...(x.options ? { options: [...x.options] } : {}) })) });

function QuestionnaireEditor({ session, questionnaire }: { session: ProjectSession; questionnaire: Questionnaire }) {
  const [draft, setDraft] = useState<Draft>(() => draftOf(questionnaire));
  const [dirty, setDirty] = useState(false);
  const [message, setMessage] = useState<{ kind: 'error' | 'saved'; text: string } | null>(null);
  const [newKind, setNewKind] = useState<QuestionKind>('agree5');
  const measures = useMeasures(session.projectId);

  // Changes from another device show, unless this facilitator is part way through their own.
  useEffect(() => {
    if (!dirty) setDraft(draftOf(questionnaire));
    // eslint-disable-next-line react-hooks/exhaustive-deps
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
    setMessage(null);
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
    const result = saveQuestionnaire(session.doc, questionnaire.id, { title: draft.title, intro: draft.intro, questions: draft.questions });
    if (!result.ok) return setMessage({ kind: 'error', text: result.message });
    setDirty(false);
    setMessage({ kind: 'saved', text: 'Questionnaire saved.' });
  }

  return (
    <section class="card" aria-labelledby="edit-heading">
      <h2 id="edit-heading">Questions</h2>
      {questionnaire.questions.length === 0 && <p class="notice">This questionnaire has no questions yet. Add at least one before you use it.</p>}
      <form onSubmit={save} noValidate>
        <TextField label="Title" value={draft.title} required maxLength={160} onInput={(title) => change({ ...draft, title })} />
        <TextField label="Introduction" hint="Shown before the first question." multiline value={draft.intro} maxLength={1000} onInput={(intro) => change({ ...draft, intro })} />
        {measures !== undefined && measures.length === 0 && <p class="hint">Add outcomes and measures in the Plan to link questions.</p>}
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
          <div class="field">
            <label for="new-kind">Kind of question to add</label>
            <select id="new-kind" value={newKind} onChange={(e) => setNewKind((e.currentTarget as HTMLSelectElement).value as QuestionKind)} disabled={full}>
              {QUESTION_KINDS.map((k) => (
                <option key={k} value={k}>
                  {QUESTION_KIND_LABELS[k]}
                </option>
              ))}
            </select>
          </div>
          <Button onClick={() => change({ ...draft, questions: [...draft.questions, newQuestion(newKind)] })} disabled={full}>
            Add a question
          </Button>
          {full && <p class="hint">A questionnaire can have at most {MAX_QUESTIONS} questions.</p>}
        </div>
        {message && (
          <p class={message.kind === 'error' ? 'error' : 'saved-message'} role={message.kind === 'error' ? 'alert' : 'status'}>
            {message.text}
          </p>
        )}
        <div class={`row${dirty ? ' sticky-save' : ''}`}>
          <Button type="submit" variant="primary" disabled={!dirty}>
            Save questionnaire
          </Button>
          {dirty && (
            <Button
              variant="quiet"
              onClick={() => {
                setDraft(draftOf(questionnaire));
                setDirty(false);
                setMessage(null);
              }}
            >
              Undo my changes
            </Button>
          )}
        </div>
      </form>
    </section>
  );
}
