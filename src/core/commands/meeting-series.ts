import { plural, t } from '@lingui/core/macro';
import * as Y from 'yjs';
import { meetingsToIcs, icsFileName, type IcsMeeting } from '../calendar/ics';
import { collectionMap } from '../doc/project-doc';
import { explain } from '../domain/fields';
import { meetingType, type Meeting } from '../domain/meeting';
import { meetingSeriesSchema, meetingSeriesType, type MeetingSeries } from '../domain/plan/meeting-series';
import { newId, todayIso } from '../ids';
import { isRealDate } from '../format/calendar';
import { formatDay } from '../format/dates';
import { seriesDates } from '../plan/series-dates';
import { fail, ok, type Result } from '../result';
import { readProjectMeta } from '../read/project';
import { readAll, readRecord } from '../read/records';
import { insertRecord, transact, updateRecord } from './records';

export interface SeriesInput {
  title: string;
  /** The first meeting is on the first chosen weekday on or after this date. */
  from: string;
  weekday: number;
  everyWeeks: number;
  count: number;
  startTime: string;
  endTime: string;
  place?: string;
  venueId?: string;
}

export interface SeriesPreview {
  series: Omit<MeetingSeries, 'id' | 'v' | 'createdAt'>;
  dates: string[];
  /** Dates before today. */
  past: string[];
}

/** Checks a series and works out its dates, without writing anything. */
export function previewSeries(input: SeriesInput, today = todayIso()): Result<SeriesPreview> {
  if (!isRealDate(input.from)) return fail(t`Choose the date the series starts from, like 2026-03-24.`);
  const dates =
    Number.isInteger(input.count) && input.count > 0 && input.count <= 100 && Number.isInteger(input.weekday)
      ? seriesDates({
          from: input.from,
          weekday: input.weekday,
          everyWeeks: Number.isInteger(input.everyWeeks) && input.everyWeeks > 0 ? input.everyWeeks : 1,
          count: input.count,
        })
      : [];
  const candidate = {
    id: 'preview',
    v: meetingSeriesType.version,
    createdAt: new Date(0).toISOString(),
    title: input.title,
    firstDate: dates[0] ?? input.from,
    weekday: input.weekday,
    everyWeeks: input.everyWeeks,
    count: input.count,
    startTime: input.startTime,
    endTime: input.endTime,
    ...(input.place?.trim() ? { place: input.place } : {}),
    ...(input.venueId ? { venueId: input.venueId } : {}),
  };
  const parsed = meetingSeriesSchema.safeParse(candidate);
  if (!parsed.success) return fail(explain(parsed.error));
  const { id: _id, v: _v, createdAt: _c, ...series } = parsed.data;
  return ok({ series, dates, past: dates.filter((d) => d < today) });
}

/** Plain words for a series that starts in the past. */
export function pastDatesMessage(preview: Pick<SeriesPreview, 'dates' | 'past'>): string {
  const { dates, past } = preview;
  const first = formatDay(past[0]!, 'weekday');
  const last = formatDay(past.at(-1)!, 'weekday');
  const count = past.length;
  if (count === dates.length && count === 1) {
    return t`That date (${first}) is in the past. Choose a later start date, or confirm that you are recording meetings that have already happened.`;
  }
  if (count === dates.length) {
    return plural(count, {
      other: 'All # dates are in the past. Choose a later start date, or confirm that you are recording meetings that have already happened.',
    });
  }
  if (count === 1) {
    return t`The first date (${first}) is in the past. Choose a later start date, or confirm that you are recording meetings that have already happened.`;
  }
  return plural(count, {
    other: `The first # dates (${first} to ${last}) are in the past. Choose a later start date, or confirm that you are recording meetings that have already happened.`,
  });
}

const SAME_SERIES_FIELDS = ['title', 'firstDate', 'weekday', 'everyWeeks', 'count', 'startTime', 'endTime', 'place', 'venueId'] as const;

/** A series already in the project with exactly these dates, times, title and place. */
function samePlannedSeries(doc: Y.Doc, planned: SeriesPreview['series']): MeetingSeries | undefined {
  return readAll(doc, meetingSeriesType).find((s) => !s.archived && SAME_SERIES_FIELDS.every((field) => s[field] === planned[field]));
}

/**
 * Plans a whole run of meetings at once. Dates in the past are refused unless the
 * facilitator confirms they are recording meetings that already happened. Planning the
 * same series again (a second tap, the form sent twice) adds nothing and gives back the
 * series already there, with `alreadyPlanned`.
 */
export function createMeetingSeries(
  doc: Y.Doc,
  input: SeriesInput,
  options: { today?: string; allowPast?: boolean } = {},
): Result<{ series: MeetingSeries; meetings: Meeting[]; alreadyPlanned: boolean }> {
  const preview = previewSeries(input, options.today);
  if (!preview.ok) return preview;
  const existing = samePlannedSeries(doc, preview.value.series);
  if (existing) return ok({ series: existing, meetings: seriesMeetings(doc, existing.id), alreadyPlanned: true });
  if (preview.value.past.length && !options.allowPast) return fail(pastDatesMessage(preview.value));
  const seriesId = newId('series-');
  return transact(doc, () => {
    const series = insertRecord(doc, meetingSeriesType, { id: seriesId, ...preview.value.series });
    if (!series.ok) return series;
    const meetings: Meeting[] = [];
    preview.value.dates.forEach((date, i) => {
      const meeting = insertRecord(doc, meetingType, {
        title: `${series.value.title} ${i + 1}`,
        date,
        startTime: series.value.startTime,
        endTime: series.value.endTime,
        seriesId,
        ...(series.value.place ? { place: series.value.place } : {}),
        ...(series.value.venueId ? { venueId: series.value.venueId } : {}),
      });
      if (meeting.ok) meetings.push(meeting.value);
    });
    return ok({ series: series.value, meetings, alreadyPlanned: false });
  });
}

export interface MeetingChange {
  date?: string;
  startTime?: string;
  endTime?: string;
  place?: string;
}

/** Moves one meeting of a series to another date or time, leaving the rest as they are. */
export function changeSeriesMeeting(
  doc: Y.Doc,
  meetingId: string,
  change: MeetingChange,
  options: { today?: string; allowPast?: boolean } = {},
): Result<Meeting> {
  const meeting = readRecord(doc, meetingType, meetingId);
  if (!meeting || meeting.archived) return fail(t`That meeting is no longer here. It may have been removed on another device.`);
  const today = options.today ?? todayIso();
  if (change.date && change.date !== meeting.date && isRealDate(change.date) && change.date < today && !options.allowPast) {
    const day = formatDay(change.date, 'weekday');
    return fail(t`${day} is in the past. Choose a later date, or confirm that the meeting already happened on that day.`);
  }
  const patch: Partial<Meeting> = {};
  if (change.date !== undefined) patch.date = change.date;
  if (change.startTime !== undefined) patch.startTime = change.startTime;
  if (change.endTime !== undefined) patch.endTime = change.endTime;
  if (change.place !== undefined) patch.place = change.place.trim() ? change.place : undefined;
  return updateRecord(doc, meetingType, meetingId, patch);
}

/** Cancels one meeting (it stays in the list, marked cancelled), or takes the cancellation back. */
export function setMeetingCancelled(doc: Y.Doc, meetingId: string, cancelled: boolean): Result<Meeting> {
  const meeting = readRecord(doc, meetingType, meetingId);
  if (!meeting || meeting.archived) return fail(t`That meeting is no longer here.`);
  return updateRecord(doc, meetingType, meetingId, { cancelled: cancelled || undefined });
}

export function seriesMeetings(doc: Y.Doc, seriesId: string): Meeting[] {
  return readAll(doc, meetingType)
    .filter((m) => m.seriesId === seriesId && !m.archived)
    .sort((a, b) => a.date.localeCompare(b.date) || a.startTime.localeCompare(b.startTime));
}

// Venues belong to the meetings part of the app; read only their name and address, defensively.
function venueWords(doc: Y.Doc, venueId: string | undefined): string | undefined {
  if (!venueId) return undefined;
  const venue = collectionMap(doc, 'venues').get(venueId);
  if (!(venue instanceof Y.Map)) return undefined;
  const words = ['name', 'address']
    .map((k) => venue.get(k))
    .map((v) => (v instanceof Y.Text ? v.toString() : v))
    .filter((v): v is string => typeof v === 'string' && v.trim() !== '');
  return words.length ? words.join(', ') : undefined;
}

export function toIcsMeeting(doc: Y.Doc, meeting: Meeting): IcsMeeting {
  const location = meeting.place ?? venueWords(doc, meeting.venueId);
  return {
    id: meeting.id,
    title: meeting.title,
    date: meeting.date,
    startTime: meeting.startTime,
    endTime: meeting.endTime,
    ...(meeting.cancelled ? { cancelled: true } : {}),
    ...(location ? { location } : {}),
  };
}

/** The .ics calendar file for a series (or for every meeting when no series is given). */
export function seriesCalendar(doc: Y.Doc, seriesId: string | undefined, now = new Date()): Result<{ fileName: string; text: string; count: number }> {
  const meta = readProjectMeta(doc);
  const name = meta?.name ?? t`Common Ground project`;
  const meetings = seriesId ? seriesMeetings(doc, seriesId) : readAll(doc, meetingType).filter((m) => !m.archived);
  if (!meetings.length) return fail(t`There are no meetings to put in a calendar yet.`);
  const text = meetingsToIcs({ projectId: doc.guid, projectName: name, meetings: meetings.map((m) => toIcsMeeting(doc, m)), now });
  return ok({ fileName: icsFileName(name), text, count: meetings.length });
}
