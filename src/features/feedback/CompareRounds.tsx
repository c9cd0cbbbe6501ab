import { plural, t } from '@lingui/core/macro';
import { useMemo, useState } from 'preact/hooks';
import { compareRounds, scaleScore, type QuestionResult, type ScaleKind } from '../../core/feedback/results';
import { splitByAnswers } from '../../core/feedback/rounds';
import { formatScore, notEnough, scaleQuestions, type AnswersProps } from './result-words';
import { RoundPicker, toFilter, type Round } from './RoundPicker';

/** A change in a score, in points of a hundred: "▲ Up 7 points". */
function changeWords(change: number): string {
  if (change === 0) return t`No change`;
  const points = Math.abs(change);
  return change > 0 ? plural(points, { one: '▲ Up # point', other: '▲ Up # points' }) : plural(points, { one: '▼ Down # point', other: '▼ Down # points' });
}

/** The change in each scale question's score between two rounds the facilitator chooses (meetings or dates). */
export function CompareRounds({ questionnaire, responses, threshold, meetings }: AnswersProps) {
  // Until the facilitator chooses, compare the earlier half of the answers with the later half.
  const [split] = useState(() => splitByAnswers(responses));
  const [before, setBefore] = useState<Round>({ kind: 'dates', from: split?.before.from ?? '', to: split?.before.to ?? '' });
  const [after, setAfter] = useState<Round>({ kind: 'dates', from: split?.after.from ?? '', to: split?.after.to ?? '' });
  const scales = scaleQuestions(questionnaire);
  const compared = useMemo(
    () => compareRounds(questionnaire, responses, toFilter(before), toFilter(after), threshold),
    [questionnaire, responses, before, after, threshold],
  );
  if (scales.length === 0 || responses.length === 0) return null;
  const cell = (result: QuestionResult, kind: ScaleKind, score: number | null) =>
    result.hidden ? notEnough(result.answered, threshold) : score === null ? t`No answers` : formatScore(kind, score);
  const firstPeople = compared.before.respondents;
  const secondPeople = compared.after.respondents;
  const first = t`Round 1`;
  const second = t`Round 2`;
  return (
    <section class="card" aria-labelledby="compare">
      <h2 id="compare">{t`Compare two rounds`}</h2>
      <p>{t`Choose two meetings or two sets of dates, for example before and after a change the group made.`}</p>
      {split?.oneDay && <p class="hint">{t`So far every answer was given on the same day, so both rounds start on that day. Once answers come in on another day, you can compare them.`}</p>}
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
              <th scope="col">
                {t({ message: 'Change', context: 'difference', comment: 'Table heading: how much a result went up or down between two rounds' })}
              </th>
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
