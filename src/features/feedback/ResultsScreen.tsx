import { useMemo, useState } from 'preact/hooks';
import type { Question, Questionnaire } from '../../core/domain/questionnaire';
import type { FeedbackResponse } from '../../core/domain/response';
import {
  compareRounds,
  dayRange,
  filterResponses,
  questionnaireResults,
  resultsOverTime,
  scaleScore,
  SCORE_MEANING,
  type QuestionResult,
  type ResultsFilter,
} from '../../core/feedback/results';
import type { ProjectSession } from '../../core/projects/project-session';
import { href } from '../../state/router';
import { Button, LinkButton } from '../../ui/Button';
import { CountBars, DivergingBar, ResultTable } from './charts';
import { formatDay, formatMonth, plural, useMeetings, useQuestionnaire, useResponses, useThreshold, useWaiting, type MeetingOption } from './use-feedback';

type Round = { kind: 'all' } | { kind: 'meeting'; meetingId: string } | { kind: 'dates'; from: string; to: string };

const toFilter = (round: Round): ResultsFilter =>
  round.kind === 'meeting' ? { meetingIds: [round.meetingId] } : round.kind === 'dates' ? { ...(round.from ? { from: round.from } : {}), ...(round.to ? { to: round.to } : {}) } : {};

/** Results of one questionnaire: each question, over time, and the change between two rounds. */
export function ResultsScreen({ session, questionnaireId }: { session: ProjectSession; questionnaireId: string }) {
  const questionnaire = useQuestionnaire(session, questionnaireId);
  const responses = useResponses(session.projectId, questionnaireId);
  const threshold = useThreshold(session);
  const meetings = useMeetings(session.projectId);
  const waiting = useWaiting(session.projectId, questionnaireId);
  const [round, setRound] = useState<Round>({ kind: 'all' });
  const [tables, setTables] = useState(false);
  const chosen = useMemo(() => (responses ? filterResponses(responses, toFilter(round)) : []), [responses, round]);

  if (!questionnaire) return <p class="notice">This questionnaire is not in the project.</p>;
  return (
    <>
      <nav class="breadcrumb" aria-label="Where you are">
        <a href={href('p', session.projectId, 'feedback')}>All questionnaires</a> › <a href={href('p', session.projectId, 'feedback', 'q', questionnaire.id)}>{questionnaire.title}</a>
      </nav>
      <h2 class="results-title">Results: {questionnaire.title}</h2>
      {waiting ? (
        <p class="notice">
          {plural(waiting, 'answer is', 'answers are')} still waiting on this device and not counted yet. They join when enough people have answered or kiosk mode closes.
        </p>
      ) : null}
      {responses === undefined ? (
        <p role="status">Counting answers…</p>
      ) : (
        <>
          <div class="card results-controls">
            <RoundPicker legend="Which answers to show" round={round} onChange={setRound} meetings={meetings ?? []} allowAll />
            <Button aria-pressed={tables} onClick={() => setTables(!tables)}>
              {tables ? 'Show charts' : 'Show tables instead of charts'}
            </Button>
            <Button onClick={() => window.print()}>Print results</Button>
          </div>
          <QuestionResults questionnaire={questionnaire} responses={chosen} threshold={threshold} tables={tables} />
          <OverTime questionnaire={questionnaire} responses={responses} threshold={threshold} meetings={meetings ?? []} />
          <CompareRounds questionnaire={questionnaire} responses={responses} threshold={threshold} meetings={meetings ?? []} />
        </>
      )}
      <p class="no-print">
        <LinkButton href={href('p', session.projectId, 'feedback', 'q', questionnaire.id)}>Back to the questionnaire</LinkButton>
      </p>
    </>
  );
}

const notEnough = (answered: number, threshold: number) => `Not enough answers yet to show — ${answered} of ${threshold}.`;

function QuestionResults({ questionnaire, responses, threshold, tables }: { questionnaire: Questionnaire; responses: FeedbackResponse[]; threshold: number; tables: boolean }) {
  const results = useMemo(() => questionnaireResults(questionnaire, responses, threshold), [questionnaire, responses, threshold]);
  return (
    <section aria-labelledby="by-question">
      <h2 id="by-question">Answers to each question</h2>
      <p>
        {plural(results.respondents, 'person has', 'people have')} answered. Results show only once at least {threshold} people have answered a question.
      </p>
      {questionnaire.questions.length === 0 && <p class="empty">This questionnaire has no questions.</p>}
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
  if (result.hidden) return <p class="not-enough">{notEnough(result.answered, threshold)}</p>;
  if (question.kind === 'text') {
    const shown = all ? result.texts : result.texts.slice(0, 50);
    return (
      <>
        <p class="hint">{plural(result.answered, 'written answer')}, in a random order.</p>
        <ul class="free-text">
          {shown.map((t, i) => (
            <li key={i}>{t}</li>
          ))}
        </ul>
        {result.texts.length > shown.length && <Button onClick={() => setAll(true)}>Show all {result.texts.length}</Button>}
      </>
    );
  }
  if (tables) return <ResultTable result={result} caption={question.text} />;
  return (
    <>
      <p class="hint">{plural(result.answered, 'person', 'people')} answered.</p>
      {question.kind === 'agree5' ? <DivergingBar result={result} /> : <CountBars result={result} />}
    </>
  );
}

const scaleQuestions = (q: Questionnaire) => q.questions.filter((x): x is Question & { kind: 'agree5' | 'faces3' | 'yesno' } => x.kind === 'agree5' || x.kind === 'faces3' || x.kind === 'yesno');

/** A score as words and numbers: "+40%" for a balance, "60% yes" for yes/no. */
function formatScore(kind: 'agree5' | 'faces3' | 'yesno', score: number): string {
  const pct = Math.round(score * 100);
  if (kind === 'yesno') return `${pct}% yes`;
  return `${pct > 0 ? '+' : pct < 0 ? '−' : ''}${Math.abs(pct)}%`;
}

function OverTime({ questionnaire, responses, threshold, meetings }: { questionnaire: Questionnaire; responses: FeedbackResponse[]; threshold: number; meetings: MeetingOption[] }) {
  const [by, setBy] = useState<'month' | 'meeting'>('month');
  const scales = scaleQuestions(questionnaire);
  const periods = useMemo(() => resultsOverTime(questionnaire, responses, threshold, by), [questionnaire, responses, threshold, by]);
  const meetingLabel = useMemo(() => new Map(meetings.map((m) => [m.id, m.label])), [meetings]);
  if (scales.length === 0) return null;
  return (
    <section class="card" aria-labelledby="over-time">
      <h2 id="over-time">Over time</h2>
      <p>
        Each number is the share who agreed minus the share who disagreed (or happy minus unhappy faces; for yes/no, the share saying yes). A month or meeting with fewer than {threshold}{' '}
        answers is not shown.
      </p>
      <fieldset class="inline-choice">
        <legend>Group the answers by</legend>
        <label class="choice">
          <input type="radio" name="over-time-by" checked={by === 'month'} onChange={() => setBy('month')} /> Month
        </label>
        <label class="choice">
          <input type="radio" name="over-time-by" checked={by === 'meeting'} onChange={() => setBy('meeting')} /> Meeting
        </label>
      </fieldset>
      {periods.length === 0 ? (
        <p class="empty">No answers yet.</p>
      ) : (
        <div class="table-scroll" tabIndex={0} role="region" aria-label="Results over time">
          <table class="result-table over-time">
            <thead>
              <tr>
                <th scope="col">{by === 'month' ? 'Month' : 'Meeting'}</th>
                <th scope="col">People</th>
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
                  <th scope="row">{by === 'month' ? formatMonth(p.key) : (meetingLabel.get(p.key) ?? 'A meeting no longer in the project')}</th>
                  <td>{p.respondents}</td>
                  {scales.map((q) => {
                    const score = p.scores[q.id];
                    return <td key={q.id}>{p.hidden ? 'Not enough answers' : score === null || score === undefined ? 'No answers' : formatScore(q.kind, score)}</td>;
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

function CompareRounds({ questionnaire, responses, threshold, meetings }: { questionnaire: Questionnaire; responses: FeedbackResponse[]; threshold: number; meetings: MeetingOption[] }) {
  // Until the facilitator chooses, compare the first half of the time with the second.
  const [range] = useState(() => dayRange(responses));
  const [before, setBefore] = useState<Round>({ kind: 'dates', from: range?.first ?? '', to: range?.middle ?? '' });
  const [after, setAfter] = useState<Round>({ kind: 'dates', from: range ? nextDay(range.middle) : '', to: range?.last ?? '' });
  const scales = scaleQuestions(questionnaire);
  const compared = useMemo(() => compareRounds(questionnaire, responses, toFilter(before), toFilter(after), threshold), [questionnaire, responses, before, after, threshold]);
  if (scales.length === 0 || responses.length === 0) return null;
  const cell = (result: QuestionResult, kind: 'agree5' | 'faces3' | 'yesno', score: number | null) =>
    result.hidden ? notEnough(result.answered, threshold) : score === null ? 'No answers' : formatScore(kind, score);
  return (
    <section class="card" aria-labelledby="compare">
      <h2 id="compare">Compare two rounds</h2>
      <p>Choose two meetings or two sets of dates, for example before and after a change the group made.</p>
      <div class="round-pickers">
        <RoundPicker legend="Round 1" round={before} onChange={setBefore} meetings={meetings} />
        <RoundPicker legend="Round 2" round={after} onChange={setAfter} meetings={meetings} />
      </div>
      <p>
        Round 1: {plural(compared.before.respondents, 'person', 'people')}. Round 2: {plural(compared.after.respondents, 'person', 'people')}.
      </p>
      <div class="table-scroll" tabIndex={0} role="region" aria-label="Change between rounds">
        <table class="result-table">
          <thead>
            <tr>
              <th scope="col">Question</th>
              <th scope="col">Round 1</th>
              <th scope="col">Round 2</th>
              <th scope="col">Change</th>
            </tr>
          </thead>
          <tbody>
            {scales.map((q) => {
              const change = compared.changes.find((c) => c.questionId === q.id)!;
              const points = change.change === null ? null : Math.round(change.change * 100);
              return (
                <tr key={q.id}>
                  <th scope="row">
                    {questionnaire.questions.indexOf(q) + 1}. {q.text}
                  </th>
                  <td>{cell(change.before, q.kind, scaleScore(change.before))}</td>
                  <td>{cell(change.after, q.kind, scaleScore(change.after))}</td>
                  <td>{points === null ? '—' : points > 0 ? `▲ Up ${points} points` : points < 0 ? `▼ Down ${-points} points` : 'No change'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}

const nextDay = (day: string) => new Date(Date.parse(day + 'T00:00:00Z') + 86_400_000).toISOString().slice(0, 10);

function RoundPicker({ legend, round, onChange, meetings, allowAll }: { legend: string; round: Round; onChange: (r: Round) => void; meetings: MeetingOption[]; allowAll?: boolean }) {
  const name = legend.replace(/\W+/g, '-').toLowerCase();
  const firstMeeting = meetings[0]?.id ?? '';
  return (
    <fieldset class="round-picker">
      <legend>{legend}</legend>
      {allowAll && (
        <label class="choice">
          <input type="radio" name={name} checked={round.kind === 'all'} onChange={() => onChange({ kind: 'all' })} /> All answers
        </label>
      )}
      {meetings.length > 0 && (
        <label class="choice">
          <input type="radio" name={name} checked={round.kind === 'meeting'} onChange={() => onChange({ kind: 'meeting', meetingId: firstMeeting })} /> One meeting
        </label>
      )}
      <label class="choice">
        <input type="radio" name={name} checked={round.kind === 'dates'} onChange={() => onChange({ kind: 'dates', from: '', to: '' })} /> Between two dates
      </label>
      {round.kind === 'meeting' && (
        <div class="field">
          <label for={`${name}-meeting`}>Meeting</label>
          <select id={`${name}-meeting`} value={round.meetingId} onChange={(e) => onChange({ kind: 'meeting', meetingId: (e.currentTarget as HTMLSelectElement).value })}>
            {meetings.map((m) => (
              <option key={m.id} value={m.id}>
                {m.label}
              </option>
            ))}
          </select>
        </div>
      )}
      {round.kind === 'dates' && (
        <div class="date-range">
          <div class="field">
            <label for={`${name}-from`}>From</label>
            <input id={`${name}-from`} type="date" value={round.from} onInput={(e) => onChange({ ...round, from: (e.currentTarget as HTMLInputElement).value })} />
          </div>
          <div class="field">
            <label for={`${name}-to`}>To</label>
            <input id={`${name}-to`} type="date" value={round.to} onInput={(e) => onChange({ ...round, to: (e.currentTarget as HTMLInputElement).value })} />
          </div>
          {round.from && round.to && round.from > round.to && <p class="error">The first date is after the second. Swap them round.</p>}
          {round.from && round.to && <p class="hint">{`${formatDay(round.from)} to ${formatDay(round.to)}`}</p>}
        </div>
      )}
    </fieldset>
  );
}
