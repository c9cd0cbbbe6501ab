import { plural, t } from '@lingui/core/macro';
import { useMemo, useState } from 'preact/hooks';
import { createFromTemplate, createQuestionnaire, setAnonymityThreshold } from '../../core/commands/feedback-questionnaires';
import { questionnaireType, type Questionnaire } from '../../core/domain/questionnaire';
import { responseType } from '../../core/domain/response';
import { compareText } from '../../core/format/intl';
import { MAX_THRESHOLD, MIN_THRESHOLD } from '../../core/feedback/results';
import { QUESTIONNAIRE_TEMPLATES } from '../../core/feedback/templates';
import type { Result } from '../../core/result';
import { useProjectId, useSession } from '../../state/project-context';
import { useRecordCount, useRecords } from '../../state/records';
import { href, navigate } from '../../state/router';
import { addWaitingAnswers, useWaitingCount } from '../../state/waiting-answers';
import { Button } from '../../ui/Button';
import { CommandError } from '../../ui/form/CommandError';
import { SelectField } from '../../ui/form/SelectField';
import { useCommand } from '../../ui/form/use-command';
import { TextField } from '../../ui/TextField';
import { useAnonymityThreshold } from './threshold';

const byTitle = (a: Questionnaire, b: Questionnaire) => compareText(a.title, b.title);

/** Feedback's front page: the project's questionnaires, new ones from templates, and the anonymity setting. */
export function FeedbackHome() {
  const questionnaires = useRecords(questionnaireType, undefined, { withArchived: true });
  const [showArchived, setShowArchived] = useState(false);
  const sorted = useMemo(() => questionnaires && [...questionnaires].sort(byTitle), [questionnaires]);
  const active = sorted?.filter((q) => !q.archived) ?? [];
  const archived = sorted?.filter((q) => q.archived) ?? [];
  const archivedCount = archived.length;
  return (
    <>
      <p class="lead">{t`Ask the group how it is going, without anyone giving their name. Answers are shown only once enough people have answered.`}</p>
      <WaitingNotice />
      <section aria-labelledby="list-heading">
        <h2 id="list-heading">{t`Questionnaires`}</h2>
        {sorted === undefined ? (
          <p role="status">{t`Loading…`}</p>
        ) : active.length === 0 ? (
          <p class="empty">{t`No questionnaires yet. Start one from a template below.`}</p>
        ) : (
          <QuestionnaireList items={active} />
        )}
        {archivedCount > 0 && (
          <>
            <Button aria-expanded={showArchived} onClick={() => setShowArchived(!showArchived)}>
              {showArchived ? t`Hide archived questionnaires` : t`Show archived questionnaires (${archivedCount})`}
            </Button>
            {showArchived && <QuestionnaireList items={archived} />}
          </>
        )}
      </section>
      <NewQuestionnaire />
      <ThresholdSetting />
    </>
  );
}

function QuestionnaireList({ items }: { items: Questionnaire[] }) {
  return (
    <ul class="q-list">
      {items.map((q) => (
        <QuestionnaireItem key={q.id} questionnaire={q} />
      ))}
    </ul>
  );
}

function QuestionnaireItem({ questionnaire }: { questionnaire: Questionnaire }) {
  const projectId = useProjectId();
  const responses = useRecordCount(responseType, { questionnaireId: questionnaire.id }) ?? 0;
  const { title } = questionnaire;
  const questions = questionnaire.questions.length;
  return (
    <li class="q-item">
      <a class="q-link" href={href('p', projectId, 'feedback', 'q', questionnaire.id)}>
        <span class="q-name">{title}</span>
        <span class="q-meta">
          {plural(questions, { one: '# question', other: '# questions' })} · {plural(responses, { one: '# response', other: '# responses' })}
        </span>
      </a>
      <a class="btn btn-secondary" href={href('p', projectId, 'feedback', 'q', questionnaire.id, 'results')} aria-label={t`Results for ${title}`}>
        {t({ message: 'Results', comment: 'Link to the results of one questionnaire' })}
      </a>
    </li>
  );
}

function WaitingNotice() {
  const session = useSession();
  const waiting = useWaitingCount();
  const command = useCommand();
  const [added, setAdded] = useState<string | null>(null);
  if (!waiting) return added ? <p role="status">{added}</p> : null;
  return (
    <div class="notice" role="status">
      <p>
        {plural(waiting, { one: '# answer is waiting on this device.', other: '# answers are waiting on this device.' })}{' '}
        {t`They join the project together once enough people have answered, or when kiosk mode closes, so nobody can tell whose they are.`}
      </p>
      <Button
        onClick={async () => {
          const result = await command.runAsync(() => addWaitingAnswers(session, { force: true }));
          if (!result.ok) return;
          const { written } = result.value;
          setAdded(plural(written, { one: '# answer added to the project.', other: '# answers added to the project.' }));
        }}
      >
        {t`Add them to the project now`}
      </Button>
      <CommandError error={command.error} />
    </div>
  );
}

function NewQuestionnaire() {
  const session = useSession();
  const fromTemplate = useCommand();
  const blank = useCommand();
  const [title, setTitle] = useState('');
  const open = (result: Result<Questionnaire>) => {
    if (result.ok) navigate('p', session.projectId, 'feedback', 'q', result.value.id);
  };
  return (
    <section aria-labelledby="new-heading">
      <h2 id="new-heading">{t`Start a questionnaire`}</h2>
      <ul class="template-grid">
        {QUESTIONNAIRE_TEMPLATES.map((template) => {
          const name = template.title;
          const questions = template.questions.length;
          return (
            <li key={template.id} class="card template-card">
              <h3>{name}</h3>
              <p>{template.description}</p>
              <p class="hint">{plural(questions, { one: '# question', other: '# questions' })}</p>
              {template.credit && <p class="credit">{template.credit}</p>}
              <Button
                variant="primary"
                onClick={() => open(fromTemplate.run(() => createFromTemplate(session.doc, template.id)))}
                aria-label={t`Use this template: ${name}`}
              >
                {t`Use this template`}
              </Button>
            </li>
          );
        })}
      </ul>
      <CommandError error={fromTemplate.error} />
      <form
        class="card"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          open(blank.run(() => createQuestionnaire(session.doc, { title })));
        }}
      >
        <h3>{t`Or write your own`}</h3>
        <TextField label={t`Questionnaire title`} value={title} onInput={setTitle} required maxLength={160} error={blank.error} />
        <Button type="submit">{t`Start a blank questionnaire`}</Button>
      </form>
    </section>
  );
}

const SUGGESTED_THRESHOLD = 5;

function ThresholdSetting() {
  const session = useSession();
  const threshold = useAnonymityThreshold();
  const command = useCommand();
  const [saved, setSaved] = useState<string | null>(null);
  const options = Array.from({ length: MAX_THRESHOLD - MIN_THRESHOLD + 1 }, (_, i) => {
    const n = MIN_THRESHOLD + i;
    return {
      value: String(n),
      label: n === SUGGESTED_THRESHOLD ? t({ message: `${n} (suggested)`, comment: 'The number of answers we suggest, in a list of numbers' }) : String(n),
    };
  });
  return (
    <section class="card" aria-labelledby="threshold-heading">
      <h2 id="threshold-heading">{t`Keeping answers anonymous`}</h2>
      <p>
        {t`In a small group it can be easy to guess who said what. So no result is shown until at least this many people have answered, and answers enter the project in shuffled batches with only the day, never the time.`}
      </p>
      <SelectField
        label={t`Fewest answers before results are shown`}
        required
        value={String(threshold)}
        options={options}
        onChange={(value) => {
          const result = command.run(() => setAnonymityThreshold(session.doc, Number(value)));
          if (!result.ok) return setSaved(null);
          const needed = result.value;
          setSaved(plural(needed, { one: 'Results now need at least # answer.', other: 'Results now need at least # answers.' }));
        }}
      />
      <CommandError error={command.error} />
      {saved && <p role="status">{saved}</p>}
    </section>
  );
}
