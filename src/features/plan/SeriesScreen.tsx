import { plural, t } from '@lingui/core/macro';
import { useState } from 'preact/hooks';
import { seriesCalendar } from '../../core/commands/meeting-series';
import { meetingType, type Meeting } from '../../core/domain/meeting';
import { meetingSeriesType, type MeetingSeries } from '../../core/domain/plan/meeting-series';
import { today } from '../../core/format/calendar';
import { seriesPattern } from '../../core/plan/series-words';
import { useSession } from '../../state/project-context';
import { useRecords } from '../../state/records';
import { Button } from '../../ui/Button';
import { CommandError } from '../../ui/form/CommandError';
import { useCommand } from '../../ui/form/use-command';
import { downloadFile, makeFile } from '../../ui/save-file';
import { MeetingRow } from './MeetingRow';
import { NewSeriesForm } from './NewSeriesForm';
import { PlanLoading, PlanPart } from './PlanPart';

const byDateAndTime = (a: Meeting, b: Meeting) => a.date.localeCompare(b.date) || a.startTime.localeCompare(b.startTime);

export function SeriesScreen() {
  const { doc } = useSession();
  const series = useRecords(meetingSeriesType);
  const meetings = useRecords(meetingType);
  const command = useCommand();
  if (!series || !meetings) return <PlanLoading />;
  const bySeries = new Map<string, Meeting[]>();
  for (const m of [...meetings].sort(byDateAndTime)) {
    const key = m.seriesId && series.some((s) => s.id === m.seriesId) ? m.seriesId : '';
    bySeries.set(key, [...(bySeries.get(key) ?? []), m]);
  }
  const loose = bySeries.get('') ?? [];
  const looseCount = loose.length;
  const download = (seriesId: string | undefined) => {
    const result = command.run(() => seriesCalendar(doc, seriesId));
    if (result.ok) downloadFile(makeFile(result.value.text, result.value.fileName, 'text/calendar;charset=utf-8'));
  };
  return (
    <PlanPart
      title={t`Meeting series`}
      intro={t`Plan all the meeting dates at once, so members can put them in their diaries. Then move or cancel single dates as you need to.`}
      credit={t`Planning every date ahead is advice from the West Berkshire “How to do co-production” resource.`}
    >
      <CommandError error={command.error} />
      {[...series]
        .sort((a, b) => a.firstDate.localeCompare(b.firstDate))
        .map((s) => (
          <SeriesCard key={s.id} series={s} meetings={bySeries.get(s.id) ?? []} onDownload={() => download(s.id)} />
        ))}
      {loose.length > 0 && (
        <section class="card" aria-labelledby="other-meetings">
          <h3 id="other-meetings">{t`Other meetings`}</h3>
          <p>
            {plural(looseCount, {
              one: '# meeting was added one at a time, not as part of a series.',
              other: '# meetings were added one at a time, not as part of a series.',
            })}
          </p>
          <MeetingList meetings={loose} />
        </section>
      )}
      {meetings.length > 0 && (
        <p>
          <Button onClick={() => download(undefined)}>{t`Download every meeting as a calendar file`}</Button>
        </p>
      )}
      <NewSeriesForm first={series.length === 0} />
    </PlanPart>
  );
}

function SeriesCard({ series, meetings, onDownload }: { series: MeetingSeries; meetings: Meeting[]; onDownload: () => void }) {
  const cancelled = meetings.filter((m) => m.cancelled).length;
  return (
    <section class="card plan-series" aria-labelledby={`series-${series.id}`}>
      <h3 id={`series-${series.id}`}>{series.title}</h3>
      <p>{seriesPattern(series)}</p>
      {cancelled > 0 && <p class="hint">{plural(cancelled, { one: '# meeting is cancelled.', other: '# meetings are cancelled.' })}</p>}
      <div class="row plan-calendar">
        <Button variant="primary" onClick={onDownload}>
          {t`Download calendar file (.ics)`}
        </Button>
      </div>
      <p class="hint">
        {t`Open the file on a phone, or import it into Outlook or Google Calendar. If you download it again after changes, importing it updates the same events.`}
      </p>
      <MeetingList meetings={meetings} />
    </section>
  );
}

/** Meetings still to come, with the past ones a tap away (a year of meetings is a long list). */
function MeetingList({ meetings }: { meetings: Meeting[] }) {
  const day = today();
  const [showPast, setShowPast] = useState(false);
  const past = meetings.filter((m) => m.date < day);
  const shown = showPast ? meetings : meetings.filter((m) => m.date >= day);
  const pastCount = past.length;
  return (
    <>
      {past.length > 0 && (
        <p class="plan-past-toggle">
          <Button variant="quiet" aria-expanded={showPast} onClick={() => setShowPast(!showPast)}>
            {showPast ? t`Hide past meetings` : plural(pastCount, { one: 'Show the past meeting', other: 'Show the # past meetings' })}
          </Button>
        </p>
      )}
      {shown.length === 0 ? (
        <p class="empty">{t`No meetings still to come in this list.`}</p>
      ) : (
        <ol class="plan-meetings">
          {shown.map((m) => (
            <MeetingRow key={m.id} meeting={m} past={m.date < day} />
          ))}
        </ol>
      )}
    </>
  );
}
