import { useState } from 'preact/hooks';
import { scheduleMeeting, updateMeetingDetails, type MeetingDetails } from '../../core/commands/meeting-day-meetings';
import type { Meeting } from '../../core/domain/meeting';
import { venueType, type Venue } from '../../core/domain/meeting-day/venue';
import { todayIso } from '../../core/ids';
import type { ProjectSession } from '../../core/projects/project-session';
import { href, navigate } from '../../state/router';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/TextField';
import { useRecords } from './use-records';

/** Title, date, times and place of one meeting: for adding a meeting, or changing one. */
export function MeetingForm({ session, meeting, onDone }: { session: ProjectSession; meeting?: Meeting; onDone: (meetingId: string | null) => void }) {
  const venues = (useRecords<Venue>(session, venueType) ?? []).filter((v) => !v.archived || v.id === meeting?.venueId);
  const [details, setDetails] = useState<MeetingDetails>({
    title: meeting?.title ?? 'Group meeting',
    date: meeting?.date ?? todayIso(),
    startTime: meeting?.startTime ?? '10:00',
    endTime: meeting?.endTime ?? '12:00',
    venueId: meeting?.venueId ?? '',
    place: meeting?.place ?? '',
  });
  const [error, setError] = useState<string | null>(null);
  const set = (key: keyof MeetingDetails) => (value: string) => setDetails({ ...details, [key]: value });

  function submit(e: Event) {
    e.preventDefault();
    const result = meeting ? updateMeetingDetails(session.doc, meeting.id, details) : scheduleMeeting(session.doc, details);
    if (!result.ok) return setError(result.message);
    setError(null);
    onDone(result.value.id);
  }

  return (
    <form onSubmit={submit} noValidate class="meeting-form">
      <TextField label="Title" value={details.title} onInput={set('title')} required maxLength={160} />
      <div class="field-row">
        <TextField label="Date" type="date" value={details.date} onInput={set('date')} required />
        <TextField label="Starts" type="time" value={details.startTime} onInput={set('startTime')} required />
        <TextField label="Ends" type="time" value={details.endTime} onInput={set('endTime')} required />
      </div>
      <div class="field">
        <label for="meeting-venue">
          Venue <span class="optional">(optional)</span>
        </label>
        <p class="hint" id="meeting-venue-hint">
          Choose a venue from your list to check it against people’s access needs.
        </p>
        <select
          id="meeting-venue"
          aria-describedby="meeting-venue-hint"
          value={details.venueId}
          onChange={(e) => set('venueId')((e.currentTarget as HTMLSelectElement).value)}
        >
          <option value="">No venue chosen</option>
          {venues.map((v) => (
            <option key={v.id} value={v.id}>
              {v.name}
            </option>
          ))}
        </select>
      </div>
      {!details.venueId && (
        <TextField
          label="Or say where, in words"
          value={details.place ?? ''}
          onInput={set('place')}
          maxLength={200}
          hint="For example: online, or the garden at Ash Court"
        />
      )}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <div class="row">
        <Button type="submit" variant="primary">
          {meeting ? 'Save changes' : 'Add meeting'}
        </Button>
        <Button onClick={() => onDone(null)}>Cancel</Button>
      </div>
    </form>
  );
}

export function NewMeetingScreen({ session }: { session: ProjectSession }) {
  return (
    <section class="card" aria-labelledby="new-meeting-heading">
      <h2 id="new-meeting-heading">Add a meeting</h2>
      <p class="hint">One meeting at a time. To plan a whole series at once, use the Plan section.</p>
      <MeetingForm
        session={session}
        onDone={(id) => (id ? navigate('p', session.projectId, 'meetings', 'm', id) : (location.hash = href('p', session.projectId, 'meetings')))}
      />
    </section>
  );
}
