import { plural, t } from '@lingui/core/macro';
import { useMemo, useState } from 'preact/hooks';
import { meetingType } from '../../core/domain/meeting';
import { questionnaireType, type Question, type Questionnaire } from '../../core/domain/questionnaire';
import { responseType, type FeedbackResponse } from '../../core/domain/response';
import {
  compareRounds,
  dayRange,
  filterResponses,
  questionnaireResults,
  resultsOverTime,
  scaleScore,
  SCORE_MEANING,
  type QuestionResult,
  type ScaleKind,
} from '../../core/feedback/results';
import { addDays } from '../../core/format/calendar';
import { formatDay } from '../../core/format/dates';
import { formatNumber } from '../../core/format/intl';
import { formatShare } from '../../core/format/numbers';
import { useDocRecord } from '../../state/doc-records';
import { useProjectId } from '../../state/project-context';
import { useRecords } from '../../state/records';
import { href } from '../../state/router';
import { useWaitingCount } from '../../state/waiting-answers';
import { Button, LinkButton } from '../../ui/Button';
import { RadioGroup } from '../../ui/form/ChoiceGroup';
import { meetingOptions } from '../../ui/form/pickers';
import type { Option } from '../../ui/form/SelectField';
import { CountBars, DivergingBar, ResultTable } from './charts';
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

const notEnough = (answered: number, threshold: number) => t`Not enough answers yet to show — ${answered} of ${threshold}.`;

function QuestionResults({ questionnaire, responses, threshold, tables }: { questionnaire: Questionnaire; responses: FeedbackResponse[]; threshold: number; tables: boolean }) {
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

const scaleQuestions = (q: Questionnaire) => q.questions.filter((x): x is Question & { kind: ScaleKind } => x.kind === 'agree5' || x.kind === 'faces3' || x.kind === 'yesno');

/** A score as words and numbers: "+40%" for a balance, "60% yes" for yes/no. */
function formatScore(kind: ScaleKind, score: number): string {
  if (kind === 'yesno') {
    const yes = formatShare(score);
    return t({ message: `${yes} yes`, comment: 'In a results table: the share of people who answered yes' });
  }
  return formatNumber(score, { style: 'percent', maximumFractionDigits: 0, signDisplay: 'exceptZero' });
}

function OverTime({ questionnaire, responses, threshold, meetings }: { questionnaire: Questionnaire; responses: FeedbackResponse[]; threshold: number; meetings: Option<string>[] }) {
  const [by, setBy] = useState<'month' | 'meeting'>('month');
  const scales = scaleQuestions(questionnaire);
  const periods = useMemo(() => resultsOverTime(questionnaire, responses, threshold, by), [questionnaire, responses, threshold, by]);
  const meetingLabel = useMemo(() => new Map(meetings.map((m) => [m.value, m.label])), [meetings]);
  if (scales.length === 0) return null;
  const month = t({ message: 'Month', comment: 'Group results by month, and the heading of that column' });
  const meeting = t({ message: 'Meeting', comment: 'Group results by meeting, and the heading of that column' });
  return (
    <section class="card" aria-labelledby="over-time">
      <h2 id="over-time">{t`Over time`}</h2>
      <p>
        {t`Each number is the share who agreed minus the share who disagreed (or happy minus unhappy faces; for yes/no, the share saying yes).`}{' '}
        {plural(threshold, { one: 'A month or meeting with fewer than # answer is not shown.', other: 'A month or meeting with fewer than # answers is not shown.' })}
      </p>
      <RadioGroup
        legend={t`Group the answers by`}
        inline
        options={[
          { value: 'month', label: month },
          { value: 'meeting', label: meeting },
        ]}
        value={by}
        onChange={setBy}
      />
      {periods.length === 0 ? (
        <p class="empty">{t`No answers yet.`}</p>
      ) : (
        <div class="table-scroll" tabIndex={0} role="region" aria-label={t`Results over time`}>
          <table class="result-table over-time">
            <thead>
              <tr>
                <th scope="col">{by === 'month' ? month : meeting}</th>
                <th scope="col">{t({ message: 'People', comment: 'Table heading: how many people answered in that month or meeting' })}</th>
                {scales.map((q) => (
                  <th scope="col" key={q.id}>
                    {questionnaire.questions.indexOf(q) + 1}. {q.text}
                    <span class="th-note"> ({SCORE_MEANING[q.kind]})</span>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {periods.map((p) => (
                <tr key={p.key}>
                  <th scope="row">{by === 'month' ? formatDay(p.key, 'month') : (meetingLabel.get(p.key) ?? t`A meeting no longer in the project`)}</th>
                  <td>{formatNumber(p.respondents)}</td>
                  {scales.map((q) => {
                    const score = p.scores[q.id];
                    return <td key={q.id}>{p.hidden ? t`Not enough answers` : score === null || score === undefined ? t`No answers` : formatScore(q.kind, score)}</td>;
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function changeWords(points: number): string {
  if (points > 0) return plural(points, { one: '▲ Up # point', other: '▲ Up # points' });
  const down = -points;
  if (points < 0) return plural(down, { one: '▼ Down # point', other: '▼ Down # points' });
  return t`No change`;
}

function CompareRounds({ questionnaire, responses, threshold, meetings }: { questionnaire: Questionnaire; responses: FeedbackResponse[]; threshold: number; meetings: Option<string>[] }) {
  // Until the facilitator chooses, compare the first half of the time with the second.
  const [range] = useState(() => dayRange(responses));
  const [before, setBefore] = useState<Round>({ kind: 'dates', from: range?.first ?? '', to: range?.middle ?? '' });
  const [after, setAfter] = useState<Round>({ kind: 'dates', from: range ? addDays(range.middle, 1) : '', to: range?.last ?? '' });
  const scales = scaleQuestions(questionnaire);
  const compared = useMemo(() => compareRounds(questionnaire, responses, toFilter(before), toFilter(after), threshold), [questionnaire, responses, before, after, threshold]);
  if (scales.length === 0 || responses.length === 0) return null;
  const cell = (result: QuestionResult, kind: ScaleKind, score: number | null) => (result.hidden ? notEnough(result.answered, threshold) : score === null ? t`No answers` : formatScore(kind, score));
  const firstPeople = compared.before.respondents;
  const secondPeople = compared.after.respondents;
  const first = t`Round 1`;
  const second = t`Round 2`;
  return (
    <section class="card" aria-labelledby="compare">
      <h2 id="compare">{t`Compare two rounds`}</h2>
      <p>{t`Choose two meetings or two sets of dates, for example before and after a change the group made.`}</p>
      <div class="round-pickers">
        <RoundPicker legend={first} round={before} onChange={setBefore} meetings={meetings} />
        <RoundPicker legend={second} round={after} onChange={setAfter} meetings={meetings} />
      </div>
      <p>
        {plural(firstPeople, { one: 'Round 1: # person.', other: 'Round 1: # people.' })}{' '}
        {plural(secondPeople, { one: 'Round 2: # person.', other: 'Round 2: # people.' })}
      </p>
      <div class="table-scroll" tabIndex={0} role="region" aria-label={t`Change between rounds`}>
        <table class="result-table">
          <thead>
            <tr>
              <th scope="col">{t({ message: 'Question', comment: 'Table heading: each question of the questionnaire' })}</th>
              <th scope="col">{first}</th>
              <th scope="col">{second}</th>
              <th scope="col">{t({ message: 'Change', context: 'difference', comment: 'Table heading: how much a result went up or down between two rounds' })}</th>
            </tr>
          </thead>
          <tbody>
            {scales.map((q) => {
              const change = compared.changes.find((c) => c.questionId === q.id)!;
              return (
                <tr key={q.id}>
                  <th scope="row">
                    {questionnaire.questions.indexOf(q) + 1}. {q.text}
                  </th>
                  <td>{cell(change.before, q.kind, scaleScore(change.before))}</td>
                  <td>{cell(change.after, q.kind, scaleScore(change.after))}</td>
                  <td>{change.change === null ? '—' : changeWords(Math.round(change.change * 100))}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
