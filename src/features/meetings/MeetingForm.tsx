import { t } from '@lingui/core/macro';
import { useState } from 'preact/hooks';
import { scheduleMeeting, updateMeetingDetails, type MeetingDetails } from '../../core/commands/meeting-day-meetings';
import type { Meeting } from '../../core/domain/meeting';
import { venueType } from '../../core/domain/meeting-day/venue';
import { today } from '../../core/format/calendar';
import { useProjectId, useSession } from '../../state/project-context';
import { useRecords } from '../../state/records';
import { href, navigate } from '../../state/router';
import { SubmitRow } from '../../ui/Button';
import { CommandError } from '../../ui/form/CommandError';
import { SelectField } from '../../ui/form/SelectField';
import { useCommand } from '../../ui/form/use-command';
import { TextField } from '../../ui/TextField';

/** Title, date, times and place of one meeting: for adding a meeting, or changing one. */
export function MeetingForm({ meeting, onDone }: { meeting?: Meeting; onDone: (meetingId: string | null) => void }) {
  const { doc } = useSession();
  const venues = (useRecords(venueType, undefined, { withArchived: true }) ?? []).filter((v) => !v.archived || v.id === meeting?.venueId);
  const [details, setDetails] = useState<MeetingDetails>({
    title: meeting?.title ?? t({ message: 'Group meeting', comment: 'The title a new meeting starts with' }),
    date: meeting?.date ?? today(),
    startTime: meeting?.startTime ?? '10:00',
    endTime: meeting?.endTime ?? '12:00',
    venueId: meeting?.venueId ?? '',
    place: meeting?.place ?? '',
  });
  const command = useCommand();
  const set = (key: keyof MeetingDetails) => (value: string) => setDetails({ ...details, [key]: value });

  function submit(e: Event) {
    e.preventDefault();
    const result = command.run(() => (meeting ? updateMeetingDetails(doc, meeting.id, details) : scheduleMeeting(doc, details)));
    if (result.ok) onDone(result.value.id);
  }

  return (
    <form onSubmit={submit} noValidate class="meeting-form">
      <TextField label={t({ message: 'Title', comment: 'A meeting’s title' })} value={details.title} onInput={set('title')} required maxLength={160} />
      <div class="field-row">
        <TextField label={t({ message: 'Date', comment: 'A meeting’s date' })} type="date" value={details.date} onInput={set('date')} required />
        <TextField
          label={t({ message: 'Starts', comment: 'The time a meeting starts' })}
          type="time"
          value={details.startTime}
          onInput={set('startTime')}
          required
        />
        <TextField label={t({ message: 'Ends', comment: 'The time a meeting ends' })} type="time" value={details.endTime} onInput={set('endTime')} required />
      </div>
      <SelectField
        label={t({ message: 'Venue', comment: 'Where a meeting is held' })}
        hint={t`Choose a venue from your list to check it against people’s access needs.`}
        value={details.venueId ?? ''}
        options={venues.map((v) => ({ value: v.id, label: v.name }))}
        onChange={set('venueId')}
        emptyLabel={t`No venue chosen`}
      />
      {!details.venueId && (
        <TextField
          label={t`Or say where, in words`}
          value={details.place ?? ''}
          onInput={set('place')}
          maxLength={200}
          hint={t`For example: online, or the garden at Ash Court`}
        />
      )}
      <CommandError error={command.error} />
      <SubmitRow label={meeting ? t`Save changes` : t`Add meeting`} onCancel={() => onDone(null)} />
    </form>
  );
}

export function NewMeetingScreen() {
  const projectId = useProjectId();
  return (
    <section class="card" aria-labelledby="new-meeting-heading">
      <h2 id="new-meeting-heading">{t`Add a meeting`}</h2>
      <p class="hint">{t`One meeting at a time. To plan a whole series at once, use the Plan section.`}</p>
      <MeetingForm onDone={(id) => (id ? navigate('p', projectId, 'meetings', 'm', id) : (location.hash = href('p', projectId, 'meetings')))} />
    </section>
  );
}
