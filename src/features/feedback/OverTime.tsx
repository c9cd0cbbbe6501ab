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
  const month = t({ message: 'Month', comment: 'Group results by month' });
  const meeting = t({ message: 'Meeting', comment: 'Group results by meeting' });
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
          {/* Questions down the side and months or meetings across, so long questions wrap in their row instead of making the heading taller than the box. */}
          <table class="result-table over-time">
            <thead>
              <tr>
                <th scope="col">{t({ message: 'Question', comment: 'Table heading: each question of the questionnaire' })}</th>
                {periods.map((p) => (
                  <th scope="col" key={p.key}>
                    {by === 'month' ? formatDay(p.key, 'month') : (meetingLabel.get(p.key) ?? t`A meeting no longer in the project`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row">{t({ message: 'People who answered', comment: 'Table row: how many people answered in each month or meeting' })}</th>
                {periods.map((p) => (
                  <td key={p.key}>{formatNumber(p.respondents)}</td>
                ))}
              </tr>
              {scales.map((q) => (
                <tr key={q.id}>
                  <th scope="row">
                    {questionnaire.questions.indexOf(q) + 1}. {q.text}
                    <span class="th-note"> ({SCORE_MEANING[q.kind]})</span>
                  </th>
                  {periods.map((p) => {
                    const score = p.scores[q.id];
                    return (
                      <td key={p.key}>
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
