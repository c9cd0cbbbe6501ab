import { plural, t } from '@lingui/core/macro';
import { useMemo, useState } from 'preact/hooks';
import {
  addAction,
  recordDecision,
  removeAction,
  removeDecision,
  setActionDone,
  startNotes,
  updateAction,
  type ActionInput,
} from '../../core/commands/meeting-day-during';
import { meetingType, type Meeting } from '../../core/domain/meeting';
import { actionType, type Action } from '../../core/domain/meeting-day/action';
import { decisionType, LADDER, LADDER_HINTS, LADDER_LABELS, type Decision, type DecisionMethod, type LadderRung } from '../../core/domain/meeting-day/decision';
import { meetingNotesType, NOTES_MAX } from '../../core/domain/meeting-day/meeting-notes';
import { personType, type Person } from '../../core/domain/person';
import { today as todayOf } from '../../core/format/calendar';
import { formatDay } from '../../core/format/dates';
import { voteSummary } from '../../core/meetings/votes';
import { fail, type Result } from '../../core/result';
import { useDocRecords } from '../../state/doc-records';
import { useSession } from '../../state/project-context';
import { useRecords } from '../../state/records';
import { useMeetingMarks } from '../../state/use-meeting-marks';
import { Button, SubmitRow } from '../../ui/Button';
import { useEditInPlace, useFocusFirstField } from '../../ui/edit-in-place';
import { RadioGroup } from '../../ui/form/ChoiceGroup';
import { CommandError } from '../../ui/form/CommandError';
import { PersonPicker } from '../../ui/form/pickers';
import { SharedTextField } from '../../ui/form/SharedTextField';
import { useCommand } from '../../ui/form/use-command';
import { TextField } from '../../ui/TextField';
import { recordText } from './started-text';

/** During the meeting: notes, decisions and actions. */
export function DuringScreen({ meeting }: { meeting: Meeting }) {
  const people = useRecords(personType, undefined, { withArchived: true }) ?? [];
  return (
    <div class="during">
      <NotesPanel meeting={meeting} />
      <DecisionsPanel meeting={meeting} />
      <ActionsPanel meeting={meeting} people={people} />
    </div>
  );
}

/** Records made on this device or another, oldest first (so the first block stays first). */
const byCreation = (a: { createdAt: string; id: string }, b: { createdAt: string; id: string }) =>
  a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);

function NotesPanel({ meeting }: { meeting: Meeting }) {
  const notes = useDocRecords(meetingNotesType, (n) => n.meetingId === meeting.id);
  const ids = [...notes].sort(byCreation).map((n) => n.id);
  const blocks: (string | undefined)[] = ids.length ? ids : [undefined];
  return (
    <section class="card" aria-labelledby="notes-heading">
      <h3 id="notes-heading">{t({ message: 'Notes', comment: 'Heading: what was said at a meeting' })}</h3>
      {blocks.map((id, i) => (
        <NotesField key={i === 0 ? 'first' : id} meetingId={meeting.id} id={id} place={i + 1} />
      ))}
    </section>
  );
}

/** One block of notes; the first is made by the first keystroke. */
function NotesField({ meetingId, id, place }: { meetingId: string; id: string | undefined; place: number }) {
  const session = useSession();
  const text = useMemo(() => recordText(session, meetingNotesType, id, 'body', (typed) => startNotes(session.doc, meetingId, typed)), [session, id, meetingId]);
  return place === 1 ? (
    <SharedTextField
      text={text}
      label={t`Meeting notes`}
      hint={t`If another facilitator types here too, both sets of words are kept.`}
      maxLength={NOTES_MAX}
      rows={10}
    />
  ) : (
    <SharedTextField
      text={text}
      label={t`More notes, started on another device (${place})`}
      hint={t`These were started on another device before the two had shared changes. Nothing has been lost.`}
      maxLength={NOTES_MAX}
      rows={5}
    />
  );
}

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

function DecisionsPanel({ meeting }: { meeting: Meeting }) {
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
        <p class="hint">{t`The ladder is described in the Time to Shine co-production toolkit. Be honest: not every decision can be co-produced.`}</p>
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

function ActionsPanel({ meeting, people }: { meeting: Meeting; people: Person[] }) {
  const all = useRecords(actionType) ?? [];
  const meetingList = useRecords(meetingType, undefined, { withArchived: true });
  const dates = new Map((meetingList ?? []).map((m) => [m.id, m.date]));
  const names = new Map(people.map((p) => [p.id, p.name]));
  const mine = all.filter((a) => a.meetingId === meeting.id).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const earlier = all
    .filter((a) => !a.done && a.meetingId !== meeting.id && (dates.get(a.meetingId) ?? '') < meeting.date)
    .sort((a, b) => (a.due ?? '9999').localeCompare(b.due ?? '9999'));
  const stillOpen = earlier.length;
  return (
    <section class="card" aria-labelledby="actions-heading">
      <h3 id="actions-heading">{t`Actions`}</h3>
      {mine.length === 0 ? (
        <p class="empty">{t`No actions agreed yet.`}</p>
      ) : (
        <ActionList actions={mine} names={names} people={people} label={t`Actions from this meeting`} />
      )}
      <ActionFields people={people} heading={t`Add an action`} submitLabel={t`Add action`} meetingId={meeting.id} />
      {earlier.length > 0 && (
        <details class="earlier-actions">
          <summary>{t`Still open from earlier meetings (${stillOpen})`}</summary>
          <ActionList actions={earlier} names={names} people={people} label={t`Open actions from earlier meetings`} />
        </details>
      )}
    </section>
  );
}

/** Who does an action and where it stands: "Sam Walker · due 15 Jan 2030 · overdue". */
function actionFacts(action: Action, names: Map<string, string>, today: string): string {
  const owner = action.ownerPersonId ? (names.get(action.ownerPersonId) ?? t`someone no longer in the project`) : t`no one yet`;
  const facts = [owner];
  if (action.due) {
    const day = formatDay(action.due, 'date');
    facts.push(t({ message: `due ${day}`, comment: 'The day an action should be done by' }));
    if (!action.done && action.due < today) facts.push(t`overdue`);
  }
  if (action.done) {
    const day = action.doneOn ? formatDay(action.doneOn, 'date') : '';
    facts.push(day ? t({ message: `done ${day}`, comment: 'The day an action was done' }) : t({ message: 'done', comment: 'An action that has been done' }));
  }
  return facts.join(' · ');
}

function ActionList({ actions, names, people, label }: { actions: Action[]; names: Map<string, string>; people: Person[]; label: string }) {
  const { doc } = useSession();
  const today = todayOf();
  const edit = useEditInPlace();
  const command = useCommand();
  return (
    <>
      <ul class="check-list action-list" aria-label={label}>
        {actions.map((a) => {
          const what = a.what;
          if (edit.editing === a.id) {
            return (
              <li key={a.id} class="action-item">
                <ActionFields people={people} initial={a} heading={t`Change “${what}”`} submitLabel={t`Save changes`} onDone={edit.close} />
              </li>
            );
          }
          return (
            <li key={a.id} class="action-item">
              <label class="choice big-choice">
                <input
                  type="checkbox"
                  checked={a.done}
                  onChange={(e) => {
                    const done = (e.currentTarget as HTMLInputElement).checked;
                    command.run(() => setActionDone(doc, a.id, done));
                  }}
                />
                <span>
                  <span class="action-what">{what}</span>
                  <span class="hint-inline"> · {actionFacts(a, names, today)}</span>
                </span>
              </label>
              <Button variant="quiet" onClick={() => edit.open(a.id)} data-edit-opener={a.id} aria-label={t`Change action: ${what}`}>
                {t({ message: 'Change', comment: 'Button: change the wording or details of an item already saved' })}
              </Button>
              <Button variant="quiet" onClick={() => command.run(() => removeAction(doc, a.id))} aria-label={t`Remove action: ${what}`}>
                {t`Remove`}
              </Button>
            </li>
          );
        })}
      </ul>
      <CommandError error={command.error} />
    </>
  );
}

/** Adds an action to `meetingId`, or changes `initial` (with a Cancel button). */
function ActionFields(props: { people: Person[]; heading: string; submitLabel: string; meetingId?: string; initial?: Action; onDone?: () => void }) {
  const { doc } = useSession();
  const { initial } = props;
  const [what, setWhat] = useState(initial?.what ?? '');
  const [owner, setOwner] = useState(initial?.ownerPersonId ?? '');
  const [due, setDue] = useState(initial?.due ?? '');
  const form = useFocusFirstField<HTMLFormElement>(Boolean(initial));
  const command = useCommand();
  function submit(e: Event) {
    e.preventDefault();
    const input: ActionInput = { what, ownerPersonId: owner, ...(due ? { due } : {}) };
    const result: Result<unknown> = command.run<unknown>(() => (initial ? updateAction(doc, initial.id, input) : addAction(doc, props.meetingId ?? '', input)));
    if (!result.ok) return;
    if (props.onDone) return props.onDone();
    setWhat('');
    setOwner('');
    setDue('');
  }
  return (
    <form ref={form} onSubmit={submit} noValidate class="subform">
      <h4>{props.heading}</h4>
      <TextField label={t`What needs doing?`} value={what} onInput={setWhat} required maxLength={300} />
      <PersonPicker label={t`Who will do it?`} value={owner} people={props.people} onChange={setOwner} emptyLabel={t`Choose a person`} required />
      <TextField label={t`By when?`} type="date" value={due} onInput={setDue} />
      <CommandError error={command.error} />
      <SubmitRow label={props.submitLabel} onCancel={props.onDone} />
    </form>
  );
}
