import { useState } from 'preact/hooks';
import {
  changeSeriesMeeting,
  createMeetingSeries,
  pastDatesMessage,
  previewSeries,
  seriesCalendar,
  setMeetingCancelled,
  type SeriesInput,
} from '../../core/commands/meeting-series';
import { meetingType, type Meeting } from '../../core/domain/meeting';
import { MAX_SERIES_MEETINGS, meetingSeriesType, SERIES_TITLE_MAX, WEEKDAYS, type MeetingSeries } from '../../core/domain/plan/meeting-series';
import { todayIso } from '../../core/ids';
import { formatDate, weekdayOf } from '../../core/plan/dates';
import type { ProjectSession } from '../../core/projects/project-session';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { TextField } from '../../ui/TextField';
import { ErrorMessage, PlanPart, SelectField, Tag } from './bits';
import { downloadText } from './download';
import { useCommand, useRecords } from './use-plan';

const WEEKDAY_OPTIONS = [1, 2, 3, 4, 5, 6, 0].map((d) => ({ value: String(d), label: WEEKDAYS[d]! }));
const EVERY_OPTIONS = [1, 2, 3, 4, 6, 8].map((n) => ({ value: String(n), label: n === 1 ? 'Every week' : n === 2 ? 'Every second week' : `Every ${n} weeks` }));

function patternWords(s: MeetingSeries): string {
  const every = s.everyWeeks === 1 ? 'Every' : s.everyWeeks === 2 ? 'Every second' : `Every ${s.everyWeeks} weeks on`;
  return `${every} ${WEEKDAYS[s.weekday]}, ${s.startTime} to ${s.endTime}${s.place ? `, ${s.place}` : ''}. ${s.count} meetings from ${formatDate(s.firstDate)}.`;
}

export function SeriesScreen({ session }: { session: ProjectSession }) {
  const series = useRecords<MeetingSeries>(session.projectId, meetingSeriesType);
  const meetings = useRecords<Meeting>(session.projectId, meetingType);
  const { error, run } = useCommand();
  if (!series || !meetings) return <p role="status">Loading…</p>;
  const bySeries = new Map<string, Meeting[]>();
  for (const m of [...meetings].sort((a, b) => a.date.localeCompare(b.date) || a.startTime.localeCompare(b.startTime))) {
    const key = m.seriesId && series.some((s) => s.id === m.seriesId) ? m.seriesId : '';
    bySeries.set(key, [...(bySeries.get(key) ?? []), m]);
  }
  const loose = bySeries.get('') ?? [];
  const download = (seriesId: string | undefined) => {
    const result = run(() => seriesCalendar(session.doc, seriesId));
    if (result.ok) downloadText(result.value.fileName, result.value.text, 'text/calendar;charset=utf-8');
  };
  return (
    <PlanPart
      projectId={session.projectId}
      title="Meeting series"
      intro="Plan all the meeting dates at once, so members can put them in their diaries. Then move or cancel single dates as you need to."
      credit="Planning every date ahead is advice from the West Berkshire “How to do co-production” resource."
    >
      <ErrorMessage message={error} />
      {[...series]
        .sort((a, b) => a.firstDate.localeCompare(b.firstDate))
        .map((s) => (
          <SeriesCard key={s.id} session={session} series={s} meetings={bySeries.get(s.id) ?? []} onDownload={() => download(s.id)} />
        ))}
      {loose.length > 0 && (
        <section class="card" aria-labelledby="other-meetings">
          <h3 id="other-meetings">Other meetings</h3>
          <p>{loose.length === 1 ? '1 meeting was' : `${loose.length} meetings were`} added one at a time, not as part of a series.</p>
          <MeetingList session={session} meetings={loose} />
        </section>
      )}
      {meetings.length > 0 && (
        <p>
          <Button onClick={() => download(undefined)}>Download every meeting as a calendar file</Button>
        </p>
      )}
      <NewSeriesForm session={session} first={series.length === 0} />
    </PlanPart>
  );
}

function SeriesCard({ session, series, meetings, onDownload }: { session: ProjectSession; series: MeetingSeries; meetings: Meeting[]; onDownload: () => void }) {
  const cancelled = meetings.filter((m) => m.cancelled).length;
  return (
    <section class="card plan-series" aria-labelledby={`series-${series.id}`}>
      <h3 id={`series-${series.id}`}>{series.title}</h3>
      <p>{patternWords(series)}</p>
      {cancelled > 0 && <p class="hint">{cancelled === 1 ? '1 meeting is cancelled.' : `${cancelled} meetings are cancelled.`}</p>}
      <div class="row plan-calendar">
        <Button variant="primary" onClick={onDownload}>
          Download calendar file (.ics)
        </Button>
      </div>
      <p class="hint">Open the file on a phone, or import it into Outlook or Google Calendar. If you download it again after changes, importing it updates the same events.</p>
      <MeetingList session={session} meetings={meetings} />
    </section>
  );
}

/** Meetings still to come, with the past ones a tap away (a year of meetings is a long list). */
function MeetingList({ session, meetings }: { session: ProjectSession; meetings: Meeting[] }) {
  const today = todayIso();
  const [showPast, setShowPast] = useState(false);
  const past = meetings.filter((m) => m.date < today);
  const shown = showPast ? meetings : meetings.filter((m) => m.date >= today);
  return (
    <>
      {past.length > 0 && (
        <p class="plan-past-toggle">
          <Button variant="quiet" aria-expanded={showPast} onClick={() => setShowPast(!showPast)}>
            {showPast ? 'Hide past meetings' : `Show ${past.length === 1 ? 'the past meeting' : `the ${past.length} past meetings`}`}
          </Button>
        </p>
      )}
      {shown.length === 0 ? (
        <p class="empty">No meetings still to come in this list.</p>
      ) : (
        <ol class="plan-meetings">
          {shown.map((m) => (
            <MeetingRow key={m.id} session={session} meeting={m} past={m.date < today} />
          ))}
        </ol>
      )}
    </>
  );
}

function MeetingRow({ session, meeting, past }: { session: ProjectSession; meeting: Meeting; past: boolean }) {
  const [editing, setEditing] = useState(false);
  const { error, run } = useCommand();
  return (
    <li class={`plan-meeting${meeting.cancelled ? ' cancelled' : ''}`}>
      <div class="plan-meeting-when">
        <strong>{formatDate(meeting.date)}</strong>
        <span>
          {meeting.startTime} to {meeting.endTime}
        </span>
      </div>
      <div class="plan-meeting-what">
        <span>{meeting.title}</span>
        {meeting.place && <span class="hint">{meeting.place}</span>}
        {meeting.cancelled && <Tag tone="bad">Cancelled</Tag>}
        {past && !meeting.cancelled && <Tag tone="muted">Past</Tag>}
      </div>
      {editing ? (
        <ChangeMeetingForm session={session} meeting={meeting} onDone={() => setEditing(false)} />
      ) : (
        <div class="plan-actions">
          <Button variant="quiet" onClick={() => setEditing(true)} aria-label={`Change date or time of ${meeting.title}`}>
            Change date
          </Button>
          <Button
            variant="quiet"
            onClick={() => run(() => setMeetingCancelled(session.doc, meeting.id, !meeting.cancelled))}
            aria-label={`${meeting.cancelled ? 'Restore' : 'Cancel meeting:'} ${meeting.title}`}
          >
            {meeting.cancelled ? 'Restore' : 'Cancel meeting'}
          </Button>
        </div>
      )}
      <ErrorMessage message={error} />
    </li>
  );
}

function ChangeMeetingForm({ session, meeting, onDone }: { session: ProjectSession; meeting: Meeting; onDone: () => void }) {
  const [date, setDate] = useState(meeting.date);
  const [startTime, setStart] = useState(meeting.startTime);
  const [endTime, setEnd] = useState(meeting.endTime);
  const [place, setPlace] = useState(meeting.place ?? '');
  const [askPast, setAskPast] = useState<string | null>(null);
  const { error, run } = useCommand();
  const save = (allowPast: boolean) => {
    const result = run(() => changeSeriesMeeting(session.doc, meeting.id, { date, startTime, endTime, place }, { allowPast }));
    if (result.ok) onDone();
  };
  return (
    <form
      class="plan-inline-edit"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (date !== meeting.date && date < todayIso() && date) return setAskPast(`${formatDate(date)} is in the past. Is this a meeting that already happened on that day?`);
        save(false);
      }}
    >
      <div class="plan-field-row">
        <TextField label="Date" type="date" value={date} onInput={setDate} required autoFocus />
        <TextField label="Starts" type="time" value={startTime} onInput={setStart} required />
        <TextField label="Ends" type="time" value={endTime} onInput={setEnd} required />
      </div>
      <TextField label="Place" value={place} onInput={setPlace} maxLength={200} />
      <ErrorMessage message={error} />
      <div class="row">
        <Button type="submit" variant="primary">
          Save
        </Button>
        <Button onClick={onDone}>Cancel</Button>
      </div>
      {askPast !== null && (
      <ConfirmDialog open title="That date has passed" confirmLabel="Yes, it already happened" cancelLabel="Choose another date" onCancel={() => setAskPast(null)} onConfirm={() => (setAskPast(null), save(true))}>
        <p>{askPast}</p>
      </ConfirmDialog>
      )}
    </form>
  );
}

function nextWeekday(weekday: number): string {
  const today = todayIso();
  const gap = (weekday - weekdayOf(today) + 7) % 7;
  const d = new Date(today + 'T00:00:00Z');
  d.setUTCDate(d.getUTCDate() + gap);
  return d.toISOString().slice(0, 10);
}

function NewSeriesForm({ session, first }: { session: ProjectSession; first: boolean }) {
  const [title, setTitle] = useState('Group meeting');
  const [weekday, setWeekday] = useState('2');
  const [from, setFrom] = useState(() => nextWeekday(2));
  const [every, setEvery] = useState('2');
  const [count, setCount] = useState('8');
  const [startTime, setStart] = useState('10:00');
  const [endTime, setEnd] = useState('12:00');
  const [place, setPlace] = useState('');
  const [askPast, setAskPast] = useState<string | null>(null);
  const [created, setCreated] = useState<string | null>(null);
  const { error, run } = useCommand();
  const input: SeriesInput = {
    title,
    from,
    weekday: Number(weekday),
    everyWeeks: Number(every),
    count: count.trim() === '' ? Number.NaN : Number(count),
    startTime,
    endTime,
    ...(place.trim() ? { place } : {}),
  };
  const preview = previewSeries(input);
  const create = (allowPast: boolean) => {
    const result = run(() => createMeetingSeries(session.doc, input, { allowPast }));
    if (result.ok) {
      setCreated(`${result.value.meetings.length} meetings added, from ${formatDate(result.value.meetings[0]!.date)} to ${formatDate(result.value.meetings.at(-1)!.date)}.`);
      setAskPast(null);
    }
  };
  return (
    <section class="card plan-new-series" aria-labelledby="new-series-heading">
      <h3 id="new-series-heading">{first ? 'Plan your meetings' : 'Plan another series'}</h3>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          setCreated(null);
          if (!preview.ok) return run(() => preview);
          if (preview.value.past.length) return setAskPast(pastDatesMessage(preview.value));
          create(false);
        }}
      >
        <TextField label="Title" value={title} onInput={setTitle} required maxLength={SERIES_TITLE_MAX} hint="Each meeting gets this title and its number, like “Group meeting 3”." />
        <div class="plan-field-row">
          <SelectField label="Day of the week" value={weekday} options={WEEKDAY_OPTIONS} onChange={(v) => (setWeekday(v), setFrom(nextWeekday(Number(v))))} />
          <SelectField label="How often" value={every} options={EVERY_OPTIONS} onChange={setEvery} />
        </div>
        <div class="plan-field-row">
          <TextField label="Starting from" type="date" value={from} onInput={setFrom} required hint="The first meeting is on the chosen day on or after this date." />
          <TextField label="Number of meetings" type="number" inputMode="numeric" value={count} onInput={setCount} required hint={`From 1 to ${MAX_SERIES_MEETINGS}.`} />
        </div>
        <div class="plan-field-row">
          <TextField label="Starts" type="time" value={startTime} onInput={setStart} required />
          <TextField label="Ends" type="time" value={endTime} onInput={setEnd} required />
        </div>
        <TextField label="Place" value={place} onInput={setPlace} maxLength={200} hint="For example: Village hall, Church Lane." />
        <p class="plan-preview" aria-live="polite">
          {preview.ok && preview.value.dates.length
            ? `${preview.value.dates.length} ${preview.value.dates.length === 1 ? 'meeting' : 'meetings'}: first ${formatDate(preview.value.dates[0]!)}, last ${formatDate(preview.value.dates.at(-1)!)}.`
            : ''}
        </p>
        <ErrorMessage message={error} />
        {created && (
          <p class="plan-saved" role="status">
            {created}
          </p>
        )}
        <Button type="submit" variant="primary">
          Add these meetings
        </Button>
      </form>
      {askPast !== null && (
      <ConfirmDialog open title="Some dates have passed" confirmLabel="Add them anyway" cancelLabel="Change the dates" onCancel={() => setAskPast(null)} onConfirm={() => create(true)}>
        <p>{askPast}</p>
        <p>Add them anyway if you are recording meetings that already happened.</p>
      </ConfirmDialog>
      )}
    </section>
  );
}
