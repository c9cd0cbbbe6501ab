import { useState } from 'preact/hooks';
import type * as Y from 'yjs';
import {
  addAction,
  editNotes,
  recordDecision,
  removeAction,
  removeDecision,
  setActionDone,
  startNotes,
  updateAction,
  type ActionInput,
} from '../../core/commands/meeting-day-during';
import { getRecordMap } from '../../core/doc/project-doc';
import { meetingType, type Meeting } from '../../core/domain/meeting';
import { actionType, type Action } from '../../core/domain/meeting-day/action';
import { decisionType, LADDER, LADDER_HINTS, LADDER_LABELS, type Decision, type DecisionMethod, type LadderRung } from '../../core/domain/meeting-day/decision';
import { meetingNotesType } from '../../core/domain/meeting-day/meeting-notes';
import { personType, type Person } from '../../core/domain/person';
import { todayIso } from '../../core/ids';
import { voteSummary } from '../../core/meetings/votes';
import type { ProjectSession } from '../../core/projects/project-session';
import type { Result } from '../../core/result';
import { Button, SubmitRow } from '../../ui/Button';
import { TextField } from '../../ui/TextField';
import { useEditInPlace, useFocusFirstField } from '../../ui/edit-in-place';
import { compactDate } from './format';
import { PersonSelect } from './PersonSelect';
import { useMeetingMarks } from './use-marks';
import { byId, useDocRecordIds, useRecords } from './use-records';
import { YTextArea } from './YTextArea';

/** During the meeting: notes, decisions and actions. */
export function DuringScreen({ session, meeting }: { session: ProjectSession; meeting: Meeting }) {
  const people = useRecords<Person>(session, personType) ?? [];
  return (
    <div class="during">
      <NotesPanel session={session} meeting={meeting} />
      <DecisionsPanel session={session} meeting={meeting} />
      <ActionsPanel session={session} meeting={meeting} people={people} />
    </div>
  );
}

function NotesPanel({ session, meeting }: { session: ProjectSession; meeting: Meeting }) {
  const ids = useDocRecordIds(session, meetingNotesType, (r) => r.get('meetingId') === meeting.id, [meeting.id]);
  const blocks: (string | undefined)[] = ids.length ? ids : [undefined];
  return (
    <section class="card" aria-labelledby="notes-heading">
      <h3 id="notes-heading">Notes</h3>
      {blocks.map((id, i) => {
        const text = id ? (getRecordMap(session.doc, meetingNotesType, id)?.get('body') as Y.Text | undefined) : undefined;
        return (
          <YTextArea
            key={i === 0 ? 'first' : id}
            id={`notes-${i}`}
            label={i === 0 ? 'Meeting notes' : `More notes, started on another device (${i + 1})`}
            hint={
              i === 0
                ? 'Saved as you type. If another facilitator types here too, both sets of words are kept.'
                : 'These were started on another device before the two had shared changes. Nothing has been lost.'
            }
            text={text}
            rows={i === 0 ? 10 : 5}
            write={(value) => (id ? editNotes(session.doc, id, value) : startNotes(session.doc, meeting.id, value))}
          />
        );
      })}
    </section>
  );
}

function DecisionsPanel({ session, meeting }: { session: ProjectSession; meeting: Meeting }) {
  const decisions = (useRecords<Decision>(session, decisionType, meeting.id) ?? [])
    .filter((d) => !d.archived)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const marks = useMeetingMarks(session.doc, meeting.id);
  const present = [...marks.values()].filter((m) => m === 'present').length;
  return (
    <section class="card" aria-labelledby="decisions-heading">
      <h3 id="decisions-heading">Decisions</h3>
      {decisions.length === 0 ? (
        <p class="empty">No decisions recorded yet.</p>
      ) : (
        <ol class="decision-list">
          {decisions.map((d) => (
            <li key={d.id} class="decision-item">
              <p class="decision-text">{d.text}</p>
              <p class="decision-meta">
                {d.method === 'vote'
                  ? `By vote. ${voteSummary({ votesFor: d.votesFor ?? 0, votesAgainst: d.votesAgainst ?? 0, abstentions: d.abstentions ?? 0 })}`
                  : 'By consensus.'}
                {d.ladder ? ` Ladder of participation: ${LADDER_LABELS[d.ladder].toLowerCase()}.` : ''}
              </p>
              <Button variant="quiet" onClick={() => removeDecision(session.doc, d.id)} aria-label={`Remove decision: ${d.text}`}>
                Remove
              </Button>
            </li>
          ))}
        </ol>
      )}
      <DecisionForm session={session} meetingId={meeting.id} present={present} />
    </section>
  );
}

function DecisionForm({ session, meetingId, present }: { session: ProjectSession; meetingId: string; present: number }) {
  const [text, setText] = useState('');
  const [method, setMethod] = useState<DecisionMethod>('consensus');
  const [votes, setVotes] = useState({ votesFor: '', votesAgainst: '', abstentions: '' });
  const [ladder, setLadder] = useState<LadderRung | ''>('');
  const [error, setError] = useState<string | null>(null);

  function save(e: Event) {
    e.preventDefault();
    let counts;
    if (method === 'vote') {
      const parsed = Object.fromEntries(Object.entries(votes).map(([k, v]) => [k, v.trim() === '' ? 0 : Number(v)])) as {
        votesFor: number;
        votesAgainst: number;
        abstentions: number;
      };
      if (Object.values(parsed).some((n) => !Number.isFinite(n))) return setError('Vote counts must be numbers, like 7.');
      counts = parsed;
    }
    const result = recordDecision(session.doc, meetingId, { text, method, ...(counts ? { votes: counts } : {}), ...(ladder ? { ladder } : {}) });
    if (!result.ok) return setError(result.message);
    setText('');
    setVotes({ votesFor: '', votesAgainst: '', abstentions: '' });
    setLadder('');
    setMethod('consensus');
    setError(null);
  }

  return (
    <form onSubmit={save} noValidate class="subform">
      <h4>Record a decision</h4>
      <TextField label="What was decided?" value={text} onInput={setText} required maxLength={500} multiline />
      <fieldset>
        <legend>How was it decided?</legend>
        {(['consensus', 'vote'] as const).map((m) => (
          <label key={m} class="choice big-choice">
            <input type="radio" name="decision-method" value={m} checked={method === m} onChange={() => setMethod(m)} />
            <span>{m === 'consensus' ? 'By consensus: everyone could live with it' : 'By a vote'}</span>
          </label>
        ))}
      </fieldset>
      {method === 'vote' && (
        <fieldset>
          <legend>Votes</legend>
          <p class="hint">{present === 1 ? '1 person is' : `${present} people are`} marked present on the register.</p>
          <div class="field-row">
            <TextField label="For" value={votes.votesFor} onInput={(v) => setVotes({ ...votes, votesFor: v })} inputMode="numeric" maxLength={4} required />
            <TextField
              label="Against"
              value={votes.votesAgainst}
              onInput={(v) => setVotes({ ...votes, votesAgainst: v })}
              inputMode="numeric"
              maxLength={4}
              required
            />
            <TextField
              label="Abstained"
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
        <legend>Where did the group’s say sit on the ladder of participation?</legend>
        <p class="hint">The ladder is described in the Time to Shine co-production toolkit. Be honest: not every decision can be co-produced.</p>
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
          <span>Not sure yet</span>
        </label>
      </fieldset>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <Button type="submit" variant="primary">
        Record decision
      </Button>
    </form>
  );
}

function ActionsPanel({ session, meeting, people }: { session: ProjectSession; meeting: Meeting; people: Person[] }) {
  const all = useRecords<Action>(session, actionType) ?? [];
  const meetings = byId(useRecords<Meeting>(session, meetingType));
  const names = byId(people);
  const mine = all.filter((a) => a.meetingId === meeting.id && !a.archived).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const earlier = all
    .filter((a) => !a.archived && !a.done && a.meetingId !== meeting.id && (meetings.get(a.meetingId)?.date ?? '') < meeting.date)
    .sort((a, b) => (a.due ?? '9999').localeCompare(b.due ?? '9999'));
  return (
    <section class="card" aria-labelledby="actions-heading">
      <h3 id="actions-heading">Actions</h3>
      {mine.length === 0 ? (
        <p class="empty">No actions agreed yet.</p>
      ) : (
        <ActionList session={session} actions={mine} names={names} people={people} label="Actions from this meeting" />
      )}
      <ActionForm session={session} meetingId={meeting.id} people={people} />
      {earlier.length > 0 && (
        <details class="earlier-actions">
          <summary>Still open from earlier meetings ({earlier.length})</summary>
          <ActionList session={session} actions={earlier} names={names} people={people} label="Open actions from earlier meetings" />
        </details>
      )}
    </section>
  );
}

function ActionList({
  session,
  actions,
  names,
  people,
  label,
}: {
  session: ProjectSession;
  actions: Action[];
  names: Map<string, Person>;
  people: Person[];
  label: string;
}) {
  const today = todayIso();
  const edit = useEditInPlace();
  return (
    <ul class="check-list action-list" aria-label={label}>
      {actions.map((a) => {
        const owner = a.ownerPersonId ? (names.get(a.ownerPersonId)?.name ?? 'someone no longer in the project') : 'no one yet';
        const late = !a.done && a.due && a.due < today;
        if (edit.editing === a.id) {
          return (
            <li key={a.id} class="action-item">
              <ActionFields
                people={people}
                initial={a}
                heading={`Change “${a.what}”`}
                submitLabel="Save changes"
                onSubmit={(input) => updateAction(session.doc, a.id, input)}
                onDone={edit.close}
              />
            </li>
          );
        }
        return (
          <li key={a.id} class="action-item">
            <label class="choice big-choice">
              <input type="checkbox" checked={a.done} onChange={(e) => setActionDone(session.doc, a.id, (e.currentTarget as HTMLInputElement).checked)} />
              <span>
                <span class="action-what">{a.what}</span>
                <span class="hint-inline">
                  {' '}
                  · {owner}
                  {a.due ? ` · due ${compactDate(a.due)}` : ''}
                  {late ? ' · overdue' : ''}
                  {a.done ? ` · done${a.doneOn ? ` ${compactDate(a.doneOn)}` : ''}` : ''}
                </span>
              </span>
            </label>
            <Button variant="quiet" onClick={() => edit.open(a.id)} data-edit-opener={a.id} aria-label={`Change action: ${a.what}`}>
              Change
            </Button>
            <Button variant="quiet" onClick={() => removeAction(session.doc, a.id)} aria-label={`Remove action: ${a.what}`}>
              Remove
            </Button>
          </li>
        );
      })}
    </ul>
  );
}

function ActionForm({ session, meetingId, people }: { session: ProjectSession; meetingId: string; people: Person[] }) {
  return <ActionFields people={people} heading="Add an action" submitLabel="Add action" onSubmit={(input) => addAction(session.doc, meetingId, input)} />;
}

/** Adds an action, or changes one (with `initial`, and a Cancel button). */
function ActionFields(props: {
  people: Person[];
  initial?: Action;
  heading: string;
  submitLabel: string;
  onSubmit: (input: ActionInput) => Result<unknown>;
  onDone?: () => void;
}) {
  const { initial } = props;
  const [what, setWhat] = useState(initial?.what ?? '');
  const [owner, setOwner] = useState(initial?.ownerPersonId ?? '');
  const [due, setDue] = useState(initial?.due ?? '');
  const form = useFocusFirstField<HTMLFormElement>(Boolean(initial));
  const [error, setError] = useState<string | null>(null);
  function submit(e: Event) {
    e.preventDefault();
    const result = props.onSubmit({ what, ownerPersonId: owner, ...(due ? { due } : {}) });
    if (!result.ok) return setError(result.message);
    setError(null);
    if (props.onDone) return props.onDone();
    setWhat('');
    setOwner('');
    setDue('');
  }
  return (
    <form ref={form} onSubmit={submit} noValidate class="subform">
      <h4>{props.heading}</h4>
      <TextField label="What needs doing?" value={what} onInput={setWhat} required maxLength={300} />
      <PersonSelect
        id={initial ? `action-owner-${initial.id}` : 'action-owner'}
        label="Who will do it?"
        value={owner}
        people={props.people}
        onChange={setOwner}
        placeholder="Choose a person"
        required
      />
      <TextField label="By when?" type="date" value={due} onInput={setDue} />
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <SubmitRow label={props.submitLabel} onCancel={props.onDone} />
    </form>
  );
}
