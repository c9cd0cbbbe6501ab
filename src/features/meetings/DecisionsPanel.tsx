import { plural, t } from '@lingui/core/macro';
import { i18n } from '#i18n';
import { useState } from 'preact/hooks';
import { recordDecision, removeDecision } from '../../core/commands/meeting-day-during';
import type { Meeting } from '../../core/domain/meeting';
import { decisionType, LADDER, LADDER_CREDIT, LADDER_HINTS, LADDER_LABELS, type Decision, type DecisionMethod, type LadderRung } from '../../core/domain/meeting-day/decision';
import { voteSummary } from '../../core/meetings/votes';
import { fail } from '../../core/result';
import { useSession } from '../../state/project-context';
import { useRecords } from '../../state/records';
import { useMeetingMarks } from '../../state/use-meeting-marks';
import { Button } from '../../ui/Button';
import { RadioGroup } from '../../ui/form/ChoiceGroup';
import { CommandError } from '../../ui/form/CommandError';
import { useCommand } from '../../ui/form/use-command';
import { TextField } from '../../ui/TextField';

/** "By vote. Agreed: 7 for, 2 against, 1 abstention. Ladder of participation: co-produced." */
function howDecided(d: Decision): string {
  const votes = voteSummary({ votesFor: d.votesFor ?? 0, votesAgainst: d.votesAgainst ?? 0, abstentions: d.abstentions ?? 0 });
  const how =
    d.method === 'vote'
      ? t({ message: `By vote. ${votes}`, comment: '{votes} says how the vote went: "Agreed: 9 for, 2 against, 1 abstention."' })
      : t`By consensus.`;
  if (!d.ladder) return how;
  const rung = LADDER_LABELS[d.ladder].toLocaleLowerCase();
  return t({
    message: `${how} Ladder of participation: ${rung}.`,
    comment: '{how} is how the decision was made ("By consensus."); {rung} a step such as "co-produced"',
  });
}

/** What the group decided at this meeting, how, and where its say sat on the ladder. */
export function DecisionsPanel({ meeting }: { meeting: Meeting }) {
  const { doc } = useSession();
  const decisions = (useRecords(decisionType, { meetingId: meeting.id }) ?? []).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const marks = useMeetingMarks(meeting.id);
  const present = [...marks.values()].filter((m) => m === 'present').length;
  const command = useCommand();
  return (
    <section class="card" aria-labelledby="decisions-heading">
      <h3 id="decisions-heading">{t`Decisions`}</h3>
      {decisions.length === 0 ? (
        <p class="empty">{t`No decisions recorded yet.`}</p>
      ) : (
        <ol class="decision-list">
          {decisions.map((d) => {
            const what = d.text;
            return (
              <li key={d.id} class="decision-item">
                <p class="decision-text">{what}</p>
                <p class="decision-meta">{howDecided(d)}</p>
                <Button variant="quiet" onClick={() => command.run(() => removeDecision(doc, d.id))} aria-label={t`Remove decision: ${what}`}>
                  {t`Remove`}
                </Button>
              </li>
            );
          })}
        </ol>
      )}
      <CommandError error={command.error} />
      <DecisionForm meetingId={meeting.id} present={present} />
    </section>
  );
}

const NO_VOTES = { votesFor: '', votesAgainst: '', abstentions: '' };

function DecisionForm({ meetingId, present }: { meetingId: string; present: number }) {
  const { doc } = useSession();
  const [text, setText] = useState('');
  const [method, setMethod] = useState<DecisionMethod>('consensus');
  const [votes, setVotes] = useState(NO_VOTES);
  const [ladder, setLadder] = useState<LadderRung | ''>('');
  const command = useCommand();

  function save(e: Event) {
    e.preventDefault();
    const result = command.run(() => {
      if (method !== 'vote') return recordDecision(doc, meetingId, { text, method, ...(ladder ? { ladder } : {}) });
      const counts = Object.fromEntries(Object.entries(votes).map(([k, v]) => [k, v.trim() === '' ? 0 : Number(v)])) as {
        votesFor: number;
        votesAgainst: number;
        abstentions: number;
      };
      if (Object.values(counts).some((n) => !Number.isFinite(n))) return fail(t`Vote counts must be numbers, like 7.`);
      return recordDecision(doc, meetingId, { text, method, votes: counts, ...(ladder ? { ladder } : {}) });
    });
    if (!result.ok) return;
    setText('');
    setVotes(NO_VOTES);
    setLadder('');
    setMethod('consensus');
  }

  return (
    <form onSubmit={save} noValidate class="subform">
      <h4>{t`Record a decision`}</h4>
      <TextField label={t`What was decided?`} value={text} onInput={setText} required maxLength={500} multiline />
      <RadioGroup
        legend={t`How was it decided?`}
        options={[
          { value: 'consensus', label: t`By consensus: everyone could live with it` },
          { value: 'vote', label: t`By a vote` },
        ]}
        value={method}
        onChange={setMethod}
      />
      {method === 'vote' && (
        <fieldset>
          <legend>{t({ message: 'Votes', comment: 'Heading over the counts of votes for, against and abstaining' })}</legend>
          <p class="hint">{plural(present, { one: '# person is marked present on the register.', other: '# people are marked present on the register.' })}</p>
          <div class="field-row">
            <TextField
              label={t({ message: 'For', comment: 'Votes for a decision' })}
              value={votes.votesFor}
              onInput={(v) => setVotes({ ...votes, votesFor: v })}
              inputMode="numeric"
              maxLength={4}
              required
            />
            <TextField
              label={t({ message: 'Against', comment: 'Votes against a decision' })}
              value={votes.votesAgainst}
              onInput={(v) => setVotes({ ...votes, votesAgainst: v })}
              inputMode="numeric"
              maxLength={4}
              required
            />
            <TextField
              label={t({ message: 'Abstained', comment: 'Votes: people who chose not to vote either way' })}
              value={votes.abstentions}
              onInput={(v) => setVotes({ ...votes, abstentions: v })}
              inputMode="numeric"
              maxLength={4}
              required
            />
          </div>
        </fieldset>
      )}
      <fieldset>
        <legend>{t`Where did the group’s say sit on the ladder of participation?`}</legend>
        <p class="hint">
          {i18n._(LADDER_CREDIT)} {t`Be honest: not every decision can be co-produced.`}
        </p>
        {LADDER.map((rung) => (
          <label key={rung} class="choice big-choice ladder-choice">
            <input type="radio" name="decision-ladder" value={rung} checked={ladder === rung} onChange={() => setLadder(rung)} />
            <span>
              <strong>{LADDER_LABELS[rung]}</strong>
              <span class="hint-inline"> — {LADDER_HINTS[rung]}</span>
            </span>
          </label>
        ))}
        <label class="choice big-choice">
          <input type="radio" name="decision-ladder" value="" checked={ladder === ''} onChange={() => setLadder('')} />
          <span>{t`Not sure yet`}</span>
        </label>
      </fieldset>
      <CommandError error={command.error} />
      <Button type="submit" variant="primary">
        {t`Record decision`}
      </Button>
    </form>
  );
}
