import { t } from '@lingui/core/macro';
import { useState } from 'preact/hooks';
import { changeSeriesMeeting, setMeetingCancelled } from '../../core/commands/meeting-series';
import type { Meeting } from '../../core/domain/meeting';
import { today } from '../../core/format/calendar';
import { formatDay } from '../../core/format/dates';
import { useSession } from '../../state/project-context';
import { Button, SubmitRow } from '../../ui/Button';
import { CommandError } from '../../ui/form/CommandError';
import { Form } from '../../ui/form/Form';
import { useCommand } from '../../ui/form/use-command';
import { useConfirm } from '../../ui/form/use-confirm';
import { Tag } from '../../ui/Tag';
import { TextField } from '../../ui/TextField';

/** One planned meeting: when and where, with a way to move it or cancel it. */
export function MeetingRow({ meeting, past }: { meeting: Meeting; past: boolean }) {
  const { doc } = useSession();
  const [editing, setEditing] = useState(false);
  const command = useCommand();
  const title = meeting.title;
  const start = meeting.startTime;
  const end = meeting.endTime;
  return (
    <li class={`plan-meeting${meeting.cancelled ? ' cancelled' : ''}`}>
      <div class="plan-meeting-when">
        <strong>{formatDay(meeting.date, 'weekday')}</strong>
        <span>{t`${start} to ${end}`}</span>
      </div>
      <div class="plan-meeting-what">
        <span>{title}</span>
        {meeting.place && <span class="hint">{meeting.place}</span>}
        {meeting.cancelled && <Tag tone="bad">{t({ message: 'Cancelled', comment: 'A meeting that will not happen' })}</Tag>}
        {past && !meeting.cancelled && <Tag tone="muted">{t({ message: 'Past', comment: 'A meeting whose day has gone' })}</Tag>}
      </div>
      {editing ? (
        <ChangeMeetingForm meeting={meeting} onDone={() => setEditing(false)} />
      ) : (
        <div class="item-actions">
          <Button variant="quiet" onClick={() => setEditing(true)} aria-label={t`Change date or time of ${title}`}>
            {t`Change date`}
          </Button>
          <Button
            variant="quiet"
            onClick={() => command.run(() => setMeetingCancelled(doc, meeting.id, !meeting.cancelled))}
            aria-label={meeting.cancelled ? t`Restore ${title}` : t`Cancel meeting: ${title}`}
          >
            {meeting.cancelled ? t({ message: 'Restore', comment: 'Button: take back the cancelling of a meeting' }) : t`Cancel meeting`}
          </Button>
        </div>
      )}
      <CommandError error={command.error} />
    </li>
  );
}

function ChangeMeetingForm({ meeting, onDone }: { meeting: Meeting; onDone: () => void }) {
  const { doc } = useSession();
  const [date, setDate] = useState(meeting.date);
  const [startTime, setStart] = useState(meeting.startTime);
  const [endTime, setEnd] = useState(meeting.endTime);
  const [place, setPlace] = useState(meeting.place ?? '');
  const [confirm, dialog] = useConfirm();
  const command = useCommand();
  const save = (allowPast: boolean) => {
    if (command.run(() => changeSeriesMeeting(doc, meeting.id, { date, startTime, endTime, place }, { allowPast })).ok) onDone();
  };
  const askPast = async () => {
    const day = formatDay(date, 'weekday');
    const happened = await confirm({
      title: t`That date has passed`,
      body: <p>{t`${day} is in the past. Is this a meeting that already happened on that day?`}</p>,
      confirmLabel: t`Yes, it already happened`,
      cancelLabel: t`Choose another date`,
    });
    if (happened) save(true);
  };
  return (
    <Form
      class="inline-edit"
      onSubmit={() => {
        if (date && date !== meeting.date && date < today()) void askPast();
        else save(false);
      }}
    >
      <div class="plan-field-row">
        <TextField label={t`Date`} type="date" value={date} onInput={setDate} required autoFocus />
        <TextField label={t({ message: 'Starts', comment: 'The time a meeting starts' })} type="time" value={startTime} onInput={setStart} required />
        <TextField label={t({ message: 'Ends', comment: 'The time a meeting ends' })} type="time" value={endTime} onInput={setEnd} required />
      </div>
      <TextField label={t({ message: 'Place', comment: 'Where a meeting is held' })} value={place} onInput={setPlace} maxLength={200} />
      <CommandError error={command.error} />
      <SubmitRow label={t`Save`} onCancel={onDone} />
      {dialog}
    </Form>
  );
}
