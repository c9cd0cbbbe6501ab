import { t } from '@lingui/core/macro';
import { useState } from 'preact/hooks';
import { createActionFromStep, turnNextStepIntoAction } from '../../core/commands/review-learning';
import { today } from '../../core/format/calendar';
import { formatDay } from '../../core/format/dates';
import { meetingType } from '../../core/domain/meeting';
import { personType } from '../../core/domain/person';
import type { NextStep } from '../../core/domain/review/next-step';
import { fail } from '../../core/result';
import { defaultActionMeeting, meetingsForActions } from '../../core/review/action-meeting';
import { useProjectId, useSession } from '../../state/project-context';
import { useRecords } from '../../state/records';
import { href } from '../../state/router';
import { Button } from '../../ui/Button';
import { CommandError } from '../../ui/form/CommandError';
import { meetingOptions, PersonPicker } from '../../ui/form/pickers';
import { SelectField } from '../../ui/form/SelectField';
import { useCommand } from '../../ui/form/use-command';
import { TextField } from '../../ui/TextField';

/**
 * Turns one next step into an action: the facilitator chooses who will do it, by when, and
 * which meeting's action list it joins (the next meeting unless they pick another).
 */
export function StepToAction({ step, onDone, onCancel }: { step: NextStep; onDone: (message: string) => void; onCancel: () => void }) {
  const session = useSession();
  const projectId = useProjectId();
  const meetings = useRecords(meetingType);
  const people = useRecords(personType);
  const command = useCommand();
  const [meetingId, setMeetingId] = useState('');
  const [owner, setOwner] = useState('');
  const [due, setDue] = useState('');
  const what = step.text;
  if (!meetings || !people) return <p role="status">{t`Loading…`}</p>;

  const usable = meetingsForActions(meetings);
  if (usable.length === 0) {
    return (
      <div class="step-action">
        <p>
          {t`Actions belong to a meeting, and this project has none yet.`} <a href={href('p', projectId, 'meetings')}>{t`Plan a meeting first`}</a>.
        </p>
        <Button variant="quiet" onClick={onCancel}>
          {t`Close`}
        </Button>
      </div>
    );
  }
  const chosen = meetingId || defaultActionMeeting(meetings, today())!.id;

  function submit(e: Event) {
    e.preventDefault();
    const made = command.run(() =>
      owner
        ? turnNextStepIntoAction(session.doc, step.id, (text) =>
            createActionFromStep(session.doc, text, { meetingId: chosen, ownerPersonId: owner, ...(due ? { due } : {}) }),
          )
        : fail(t`Choose who will do this.`),
    );
    if (!made.ok) return;
    const meeting = usable.find((m) => m.id === chosen);
    if (!meeting) return onDone(t`“${what}” is now an action.`);
    const title = meeting.title;
    const day = formatDay(meeting.date, 'date');
    onDone(t`“${what}” is now an action on the list for ${title} (${day}).`);
  }

  return (
    <form class="step-action" onSubmit={submit} noValidate aria-label={t`Make “${what}” an action`}>
      <p class="step-action-title">{t`Make it an action for someone to do`}</p>
      <PersonPicker label={t`Who will do it?`} people={people} value={owner} onChange={setOwner} emptyLabel={t`Choose a person`} required />
      <TextField label={t`By when?`} type="date" value={due} onInput={setDue} />
      <SelectField
        label={t`Add it to the actions of`}
        hint={t`The next meeting, unless you choose another. The group will see it there.`}
        options={meetingOptions(usable, 'soonest')}
        value={chosen}
        onChange={setMeetingId}
        required
      />
      <CommandError error={command.error} />
      <div class="row">
        <Button type="submit" variant="primary">
          {t`Add the action`}
        </Button>
        <Button variant="quiet" onClick={onCancel}>
          {t`Cancel`}
        </Button>
      </div>
    </form>
  );
}
