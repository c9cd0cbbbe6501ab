import { plural, t } from '@lingui/core/macro';
import { useMemo, useState } from 'preact/hooks';
import { resultsOverTime, SCORE_MEANING } from '../../core/feedback/results';
import { formatDay } from '../../core/format/dates';
import { formatNumber } from '../../core/format/intl';
import { RadioGroup } from '../../ui/form/ChoiceGroup';
import { formatScore, scaleQuestions, type AnswersProps } from './result-words';

/** Each scale question's score month by month, or meeting by meeting; a month or meeting with too few answers shows nothing. */
export function OverTime({ questionnaire, responses, threshold, meetings }: AnswersProps) {
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
        {plural(threshold, {
          one: 'A month or meeting with fewer than # answer is not shown.',
          other: 'A month or meeting with fewer than # answers is not shown.',
        })}
      </p>
      <div class="inline-choice">
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
      </div>
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
                    return (
                      <td key={q.id}>
                        {p.hidden ? t`Not enough answers` : score === null || score === undefined ? t`No answers` : formatScore(q.kind, score)}
                      </td>
                    );
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
