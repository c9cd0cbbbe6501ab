import { useId, useState } from 'preact/hooks';
import { turnNextStepIntoAction } from '../../core/commands/review-learning';
import { meetingType, type Meeting } from '../../core/domain/meeting';
import { personType } from '../../core/domain/person';
import type { NextStep } from '../../core/domain/review/next-step';
import { todayIso } from '../../core/ids';
import { shortDate } from '../../core/pack/format';
import type { ProjectSession } from '../../core/projects/project-session';
import { defaultActionMeeting, meetingsForActions } from '../../core/review/action-meeting';
import { href } from '../../state/router';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/TextField';
import { createActionFromStep } from './next-step-actions';
import { useRecords } from './use-records';
import { compareText } from '../../core/format/intl';

/**
 * Turns one next step into an action: the facilitator chooses who will do it, by when, and
 * which meeting's action list it joins (the next meeting unless they pick another).
 */
export function StepToAction({ session, step, onDone, onCancel }: { session: ProjectSession; step: NextStep; onDone: (message: string) => void; onCancel: () => void }) {
  const id = useId();
  const meetings = useRecords(session.projectId, meetingType);
  const people = useRecords(session.projectId, personType);
  const [meetingId, setMeetingId] = useState('');
  const [owner, setOwner] = useState('');
  const [due, setDue] = useState('');
  const [error, setError] = useState<string | null>(null);
  if (!meetings || !people) return <p role="status">Loading…</p>;

  const usable = meetingsForActions(meetings);
  if (usable.length === 0) {
    return (
      <div class="step-action">
        <p>
          Actions belong to a meeting, and this project has none yet. <a href={href('p', session.projectId, 'meetings')}>Plan a meeting</a> first.
        </p>
        <Button variant="quiet" onClick={onCancel}>
          Close
        </Button>
      </div>
    );
  }
  const chosen = meetingId || defaultActionMeeting(meetings, todayIso())!.id;
  const members = people.filter((p) => p.status !== 'left').sort((a, b) => Number(a.guest ?? false) - Number(b.guest ?? false) || compareText(a.name, b.name));

  function submit(e: Event) {
    e.preventDefault();
    if (!owner) return setError('Choose who will do this.');
    const made = turnNextStepIntoAction(session.doc, step.id, (text) => createActionFromStep(session.doc, text, { meetingId: chosen, ownerPersonId: owner, ...(due ? { due } : {}) }));
    if (!made.ok) return setError(made.message);
    const meeting = usable.find((m) => m.id === chosen);
    onDone(`“${step.text}” is now an action${meeting ? ` on the list for ${meeting.title} (${shortDate(meeting.date)})` : ''}.`);
  }

  return (
    <form class="step-action" onSubmit={submit} noValidate aria-label={`Make “${step.text}” an action`}>
      <p class="step-action-title">Make it an action for someone to do</p>
      <div class="field">
        <label for={`${id}-owner`}>Who will do it?</label>
        <select id={`${id}-owner`} value={owner} onChange={(e) => setOwner((e.currentTarget as HTMLSelectElement).value)} aria-invalid={error && !owner ? true : undefined}>
          <option value="">Choose a person</option>
          {members.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
              {p.guest ? ' (walk-in)' : ''}
            </option>
          ))}
        </select>
      </div>
      <TextField label="By when?" type="date" value={due} onInput={setDue} />
      <div class="field">
        <label for={`${id}-meeting`}>Add it to the actions of</label>
        <p class="hint" id={`${id}-meeting-hint`}>
          The next meeting, unless you choose another. The group will see it there.
        </p>
        <select id={`${id}-meeting`} value={chosen} aria-describedby={`${id}-meeting-hint`} onChange={(e) => setMeetingId((e.currentTarget as HTMLSelectElement).value)}>
          {usable.map((m: Meeting) => (
            <option key={m.id} value={m.id}>
              {m.title}, {shortDate(m.date)}
            </option>
          ))}
        </select>
      </div>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <div class="row">
        <Button type="submit" variant="primary">
          Add the action
        </Button>
        <Button variant="quiet" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
