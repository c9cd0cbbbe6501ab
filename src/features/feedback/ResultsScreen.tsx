import { plural, t } from '@lingui/core/macro';
import { useMemo, useState } from 'preact/hooks';
import { meetingType } from '../../core/domain/meeting';
import { questionnaireType, type Question, type Questionnaire } from '../../core/domain/questionnaire';
import { responseType, type FeedbackResponse } from '../../core/domain/response';
import { filterResponses, questionnaireResults, type QuestionResult } from '../../core/feedback/results';
import { formatNumber } from '../../core/format/intl';
import { useDocRecord } from '../../state/doc-records';
import { useProjectId } from '../../state/project-context';
import { useRecords } from '../../state/records';
import { href } from '../../state/router';
import { useWaitingCount } from '../../state/waiting-answers';
import { Button, LinkButton } from '../../ui/Button';
import { meetingOptions } from '../../ui/form/pickers';
import { CountBars, DivergingBar, ResultTable } from './charts';
import { CompareRounds } from './CompareRounds';
import { OverTime } from './OverTime';
import { notEnough } from './result-words';
import { RoundPicker, toFilter, type Round } from './RoundPicker';
import { useAnonymityThreshold } from './threshold';

/** Results of one questionnaire: each question, over time, and the change between two rounds. */
export function ResultsScreen({ questionnaireId }: { questionnaireId: string }) {
  const projectId = useProjectId();
  const questionnaire = useDocRecord(questionnaireType, questionnaireId);
  const responses = useRecords(responseType, { questionnaireId });
  const threshold = useAnonymityThreshold();
  const meetingRecords = useRecords(meetingType);
  const meetings = useMemo(() => meetingOptions(meetingRecords ?? []), [meetingRecords]);
  const waiting = useWaitingCount(questionnaireId);
  const [round, setRound] = useState<Round>({ kind: 'all' });
  const [tables, setTables] = useState(false);
  const chosen = useMemo(() => (responses ? filterResponses(responses, toFilter(round)) : []), [responses, round]);

  if (!questionnaire) return <p class="notice">{t`This questionnaire is not in the project.`}</p>;
  const { title } = questionnaire;
  const back = href('p', projectId, 'feedback', 'q', questionnaire.id);
  return (
    <>
      <nav class="breadcrumb" aria-label={t`Where you are`}>
        <a href={href('p', projectId, 'feedback')}>{t`All questionnaires`}</a> › <a href={back}>{title}</a>
      </nav>
      <h2 class="results-title">{t`Results: ${title}`}</h2>
      {waiting ? (
        <p class="notice">
          {plural(waiting, {
            one: '# answer is still waiting on this device and not counted yet.',
            other: '# answers are still waiting on this device and not counted yet.',
          })}{' '}
          {t`They join when enough people have answered or kiosk mode closes.`}
        </p>
      ) : null}
      {responses === undefined ? (
        <p role="status">{t`Counting answers…`}</p>
      ) : (
        <>
          <div class="card results-controls">
            <RoundPicker legend={t`Which answers to show`} round={round} onChange={setRound} meetings={meetings} allowAll />
            <Button aria-pressed={tables} onClick={() => setTables(!tables)}>
              {tables ? t`Show charts` : t`Show tables instead of charts`}
            </Button>
            <Button onClick={() => window.print()}>{t`Print results`}</Button>
          </div>
          <QuestionResults questionnaire={questionnaire} responses={chosen} threshold={threshold} tables={tables} />
          <OverTime questionnaire={questionnaire} responses={responses} threshold={threshold} meetings={meetings} />
          <CompareRounds questionnaire={questionnaire} responses={responses} threshold={threshold} meetings={meetings} />
        </>
      )}
      <p class="no-print">
        <LinkButton href={back}>{t`Back to the questionnaire`}</LinkButton>
      </p>
    </>
  );
}

function QuestionResults({
  questionnaire,
  responses,
  threshold,
  tables,
}: {
  questionnaire: Questionnaire;
  responses: FeedbackResponse[];
  threshold: number;
  tables: boolean;
}) {
  const results = useMemo(() => questionnaireResults(questionnaire, responses, threshold), [questionnaire, responses, threshold]);
  const { respondents } = results;
  return (
    <section aria-labelledby="by-question">
      <h2 id="by-question">{t`Answers to each question`}</h2>
      <p>
        {plural(respondents, { one: '# person has answered.', other: '# people have answered.' })}{' '}
        {plural(threshold, {
          one: 'Results show only once at least # person has answered a question.',
          other: 'Results show only once at least # people have answered a question.',
        })}
      </p>
      {questionnaire.questions.length === 0 && <p class="empty">{t`This questionnaire has no questions.`}</p>}
      <ol class="result-list">
        {questionnaire.questions.map((q, i) => (
          <li key={q.id} class="card result-card">
            <h3>
              {i + 1}. {q.text}
            </h3>
            <OneResult question={q} result={results.questions[i]!} threshold={threshold} tables={tables} />
          </li>
        ))}
      </ol>
    </section>
  );
}

function OneResult({ question, result, threshold, tables }: { question: Question; result: QuestionResult; threshold: number; tables: boolean }) {
  const [all, setAll] = useState(false);
  const { answered } = result;
  if (result.hidden) return <p class="not-enough">{notEnough(answered, threshold)}</p>;
  if (question.kind === 'text') {
    const shown = all ? result.texts : result.texts.slice(0, 50);
    const total = formatNumber(result.texts.length);
    return (
      <>
        <p class="hint">{plural(answered, { one: '# written answer, in a random order.', other: '# written answers, in a random order.' })}</p>
        <ul class="free-text">
          {shown.map((text, i) => (
            <li key={i}>{text}</li>
          ))}
        </ul>
        {result.texts.length > shown.length && <Button onClick={() => setAll(true)}>{t`Show all ${total}`}</Button>}
      </>
    );
  }
  if (tables) return <ResultTable result={result} caption={question.text} />;
  return (
    <>
      <p class="hint">{plural(answered, { one: '# person answered.', other: '# people answered.' })}</p>
      {question.kind === 'agree5' ? <DivergingBar result={result} /> : <CountBars result={result} />}
    </>
  );
}
