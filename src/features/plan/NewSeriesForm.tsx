import { plural, t } from '@lingui/core/macro';
import { useState } from 'preact/hooks';
import { createMeetingSeries, pastDatesMessage, previewSeries, type SeriesInput, type SeriesPreview } from '../../core/commands/meeting-series';
import { MAX_SERIES_MEETINGS, SERIES_TITLE_MAX } from '../../core/domain/plan/meeting-series';
import { onOrAfter, today } from '../../core/format/calendar';
import { formatDay } from '../../core/format/dates';
import { everyWords, weekdayName } from '../../core/plan/series-words';
import { personType } from '../../core/domain/person';
import { bestTimesOf } from '../../core/meetings/arrangements';
import { useSession } from '../../state/project-context';
import { useRecords } from '../../state/records';
import { Button } from '../../ui/Button';
import { CommandError } from '../../ui/form/CommandError';
import { Form } from '../../ui/form/Form';
import { SelectField } from '../../ui/form/SelectField';
import { useCommand } from '../../ui/form/use-command';
import { useConfirm } from '../../ui/form/use-confirm';
import { TextField } from '../../ui/TextField';

const WEEKDAYS_FROM_MONDAY = [1, 2, 3, 4, 5, 6, 0];
const WEEKS_APART = [1, 2, 3, 4, 6, 8];

/** The next day (today or later) that falls on the weekday. */
const nextWeekday = (weekday: number) => onOrAfter(today(), weekday);

function previewWords(dates: readonly string[]): string {
  if (!dates.length) return '';
  const first = formatDay(dates[0]!, 'weekday');
  const last = formatDay(dates.at(-1)!, 'weekday');
  const count = dates.length;
  return plural(count, { one: `# meeting: first ${first}, last ${last}.`, other: `# meetings: first ${first}, last ${last}.` });
}

/** Plans a run of meetings at once: weekday, how often, how many, when and where. */
export function NewSeriesForm({ first }: { first: boolean }) {
  const { doc } = useSession();
  const [title, setTitle] = useState(() => t({ message: 'Group meeting', comment: 'The usual title of a group’s meetings; each gets its number after it' }));
  const [weekday, setWeekday] = useState('2');
  const [from, setFrom] = useState(() => nextWeekday(2));
  const [every, setEvery] = useState('2');
  const [count, setCount] = useState('8');
  const [startTime, setStart] = useState('10:00');
  const [endTime, setEnd] = useState('12:00');
  const [place, setPlace] = useState('');
  const [created, setCreated] = useState<string | null>(null);
  const [confirm, dialog] = useConfirm();
  const command = useCommand();
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
  const max = MAX_SERIES_MEETINGS;

  const create = (allowPast: boolean) => {
    const result = command.run(() => createMeetingSeries(doc, input, { allowPast }));
    if (result.ok && result.value.alreadyPlanned) {
      setCreated(t`These meetings are already in the plan, so nothing was added again.`);
    } else if (result.ok) {
      const added = result.value.meetings;
      const firstDay = formatDay(added[0]!.date, 'weekday');
      const lastDay = formatDay(added.at(-1)!.date, 'weekday');
      const count = added.length;
      setCreated(plural(count, { one: `# meeting added, on ${firstDay}.`, other: `# meetings added, from ${firstDay} to ${lastDay}.` }));
    }
  };

  const askPast = async (planned: SeriesPreview) => {
    const yes = await confirm({
      title: t`Some dates have passed`,
      body: (
        <>
          <p>{pastDatesMessage(planned)}</p>
          <p>{t`Add them anyway if you are recording meetings that already happened.`}</p>
        </>
      ),
      confirmLabel: t`Add them anyway`,
      cancelLabel: t`Change the dates`,
    });
    if (yes) create(true);
  };

  return (
    <section class="card plan-new-series" aria-labelledby="new-series-heading">
      <h3 id="new-series-heading">{first ? t`Plan your meetings` : t`Plan another series`}</h3>
      <BestTimes />
      <Form
        onSubmit={() => {
          setCreated(null);
          if (!preview.ok) return command.run(() => preview);
          if (preview.value.past.length) return void askPast(preview.value);
          create(false);
        }}
      >
        <TextField
          label={t({ message: 'Title', comment: 'The title of a series of meetings' })}
          value={title}
          onInput={setTitle}
          required
          maxLength={SERIES_TITLE_MAX}
          hint={t`Each meeting gets this title and its number, like “Group meeting 3”.`}
        />
        <div class="plan-field-row">
          <SelectField
            label={t`Day of the week`}
            required
            value={weekday}
            options={WEEKDAYS_FROM_MONDAY.map((d) => ({ value: String(d), label: weekdayName(d) }))}
            onChange={(v) => (setWeekday(v), setFrom(nextWeekday(Number(v))))}
          />
          <SelectField
            label={t`How often`}
            required
            value={every}
            options={WEEKS_APART.map((n) => ({ value: String(n), label: everyWords(n) }))}
            onChange={setEvery}
          />
        </div>
        <div class="plan-field-row">
          <TextField
            label={t`Starting from`}
            type="date"
            value={from}
            onInput={setFrom}
            required
            hint={t`The first meeting is on the chosen day on or after this date.`}
          />
          <TextField label={t`Number of meetings`} type="number" inputMode="numeric" value={count} onInput={setCount} required hint={t`From 1 to ${max}.`} />
        </div>
        <div class="plan-field-row">
          <TextField label={t({ message: 'Starts', comment: 'The time a meeting starts' })} type="time" value={startTime} onInput={setStart} required />
          <TextField label={t({ message: 'Ends', comment: 'The time a meeting ends' })} type="time" value={endTime} onInput={setEnd} required />
        </div>
        <TextField
          label={t({ message: 'Place', comment: 'Where a meeting is held' })}
          value={place}
          onInput={setPlace}
          maxLength={200}
          hint={t`For example: Village hall, Church Lane.`}
        />
        <p class="plan-preview" aria-live="polite">
          {preview.ok ? previewWords(preview.value.dates) : ''}
        </p>
        <CommandError error={command.error} />
        {created && (
          <p class="plan-saved" role="status">
            {created}
          </p>
        )}
        <Button type="submit" variant="primary">
          {t`Add these meetings`}
        </Button>
      </Form>
      {dialog}
    </section>
  );
}

/** What members said about the days and times that suit them (from Team), to choose a day and time that works. */
function BestTimes() {
  const people = useRecords(personType);
  const said = bestTimesOf(people ?? []);
  if (said.length === 0) return null;
  return (
    <details class="best-times" open={said.length <= 6}>
      <summary>{plural(said.length, { one: 'Days and times # member said suit them', other: 'Days and times # members said suit them' })}</summary>
      <ul>
        {said.map(({ person, words }) => (
          <li key={person.id}>
            <strong>{person.name}:</strong> {words}
          </li>
        ))}
      </ul>
    </details>
  );
}
