import { useState } from 'preact/hooks';
import { createFromTemplate, createQuestionnaire, setAnonymityThreshold } from '../../core/commands/feedback-questionnaires';
import type { Questionnaire } from '../../core/domain/questionnaire';
import { MAX_THRESHOLD, MIN_THRESHOLD } from '../../core/feedback/results';
import { QUESTIONNAIRE_TEMPLATES } from '../../core/feedback/templates';
import type { ProjectSession } from '../../core/projects/project-session';
import { href, navigate } from '../../state/router';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/TextField';
import { addWaitingAnswers } from './queue-actions';
import { plural, useQuestionnaires, useResponseCounts, useThreshold, useWaiting } from './use-feedback';

/** Feedback's front page: the project's questionnaires, new ones from templates, and the anonymity setting. */
export function FeedbackHome({ session }: { session: ProjectSession }) {
  const questionnaires = useQuestionnaires(session.projectId);
  const counts = useResponseCounts(session.projectId);
  const [showArchived, setShowArchived] = useState(false);
  const active = questionnaires?.filter((q) => !q.archived) ?? [];
  const archived = questionnaires?.filter((q) => q.archived) ?? [];
  return (
    <>
      <p class="lead">Ask the group how it is going, without anyone giving their name. Answers are shown only once enough people have answered.</p>
      <WaitingNotice session={session} />
      <section aria-labelledby="list-heading">
        <h2 id="list-heading">Questionnaires</h2>
        {questionnaires === undefined ? (
          <p role="status">Loading…</p>
        ) : active.length === 0 ? (
          <p class="empty">No questionnaires yet. Start one from a template below.</p>
        ) : (
          <QuestionnaireList session={session} items={active} counts={counts} />
        )}
        {archived.length > 0 && (
          <>
            <Button aria-expanded={showArchived} onClick={() => setShowArchived(!showArchived)}>
              {showArchived ? 'Hide archived questionnaires' : `Show archived questionnaires (${archived.length})`}
            </Button>
            {showArchived && <QuestionnaireList session={session} items={archived} counts={counts} />}
          </>
        )}
      </section>
      <NewQuestionnaire session={session} />
      <ThresholdSetting session={session} />
    </>
  );
}

function QuestionnaireList({ session, items, counts }: { session: ProjectSession; items: Questionnaire[]; counts: Map<string, number> | undefined }) {
  return (
    <ul class="q-list">
      {items.map((q) => (
        <li key={q.id} class="q-item">
          <a class="q-link" href={href('p', session.projectId, 'feedback', 'q', q.id)}>
            <span class="q-name">{q.title}</span>
            <span class="q-meta">
              {plural(q.questions.length, 'question')} · {plural(counts?.get(q.id) ?? 0, 'response')}
            </span>
          </a>
          <a class="btn btn-secondary" href={href('p', session.projectId, 'feedback', 'q', q.id, 'results')} aria-label={`Results for ${q.title}`}>
            Results
          </a>
        </li>
      ))}
    </ul>
  );
}

function WaitingNotice({ session }: { session: ProjectSession }) {
  const waiting = useWaiting(session.projectId);
  const [message, setMessage] = useState<string | null>(null);
  if (!waiting) return message ? <p role="status">{message}</p> : null;
  return (
    <div class="notice" role="status">
      <p>
        {plural(waiting, 'answer is', 'answers are')} waiting on this device. They join the project together once enough people have answered, or when kiosk mode closes, so nobody can tell
        whose they are.
      </p>
      <Button
        onClick={async () => {
          const result = await addWaitingAnswers(session, { force: true });
          setMessage(result.ok ? `${plural(result.value.written, 'answer')} added to the project.` : result.message);
        }}
      >
        Add them to the project now
      </Button>
    </div>
  );
}

function NewQuestionnaire({ session }: { session: ProjectSession }) {
  const [title, setTitle] = useState('');
  const [error, setError] = useState<string | null>(null);
  const open = (result: ReturnType<typeof createQuestionnaire>) => {
    if (!result.ok) return setError(result.message);
    navigate('p', session.projectId, 'feedback', 'q', result.value.id);
  };
  return (
    <section aria-labelledby="new-heading">
      <h2 id="new-heading">Start a questionnaire</h2>
      <ul class="template-grid">
        {QUESTIONNAIRE_TEMPLATES.map((t) => (
          <li key={t.id} class="card template-card">
            <h3>{t.title}</h3>
            <p>{t.description}</p>
            <p class="hint">{plural(t.questions.length, 'question')}</p>
            {t.credit && <p class="credit">{t.credit}.</p>}
            <Button variant="primary" onClick={() => open(createFromTemplate(session.doc, t.id))} aria-label={`Use this template: ${t.title}`}>
              Use this template
            </Button>
          </li>
        ))}
      </ul>
      <form
        class="card"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          open(createQuestionnaire(session.doc, { title }));
        }}
      >
        <h3>Or write your own</h3>
        <TextField label="Questionnaire title" value={title} onInput={setTitle} required maxLength={160} error={error} />
        <Button type="submit">Start a blank questionnaire</Button>
      </form>
    </section>
  );
}

function ThresholdSetting({ session }: { session: ProjectSession }) {
  const threshold = useThreshold(session);
  const [message, setMessage] = useState<string | null>(null);
  const choices = Array.from({ length: MAX_THRESHOLD - MIN_THRESHOLD + 1 }, (_, i) => MIN_THRESHOLD + i);
  return (
    <section class="card" aria-labelledby="threshold-heading">
      <h2 id="threshold-heading">Keeping answers anonymous</h2>
      <p>
        In a small group it can be easy to guess who said what. So no result is shown until at least this many people have answered, and answers enter the project in shuffled batches
        with only the day, never the time.
      </p>
      <div class="field">
        <label for="threshold">Fewest answers before results are shown</label>
        <select
          id="threshold"
          value={String(threshold)}
          onChange={(e) => {
            const result = setAnonymityThreshold(session.doc, Number((e.currentTarget as HTMLSelectElement).value));
            setMessage(result.ok ? `Results now need at least ${result.value} answers.` : result.message);
          }}
        >
          {choices.map((n) => (
            <option key={n} value={String(n)}>
              {n}
              {n === 5 ? ' (suggested)' : ''}
            </option>
          ))}
        </select>
      </div>
      {message && <p role="status">{message}</p>}
    </section>
  );
}
