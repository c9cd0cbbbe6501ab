import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { changeSeriesMeeting, createMeetingSeries, previewSeries, seriesCalendar, seriesMeetings, setMeetingCancelled, type SeriesInput } from '../../../src/core/commands/meeting-series';
import { initialiseProject } from '../../../src/core/commands/project';
import { readAll } from '../../../src/core/read/records';
import { collectionMap, createProjectDoc } from '../../../src/core/doc/project-doc';
import { meetingType } from '../../../src/core/domain/meeting';
import { meetingSeriesType } from '../../../src/core/domain/plan/meeting-series';

const TODAY = '2026-03-02';

function project() {
  const doc = createProjectDoc('series-project');
  initialiseProject(doc, { name: 'Riverside Carers' });
  return doc;
}

const everySecondTuesday: SeriesInput = {
  title: 'Group meeting',
  from: '2026-03-03',
  weekday: 2,
  everyWeeks: 2,
  count: 8,
  startTime: '10:00',
  endTime: '12:00',
  place: 'Village hall',
};

describe('planning the meeting series ahead', () => {
  it('creates every second Tuesday, 10:00 to 12:00, 8 meetings, at the venue, in one go', () => {
    const doc = project();
    const result = createMeetingSeries(doc, everySecondTuesday, { today: TODAY });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const meetings = seriesMeetings(doc, result.value.series.id);
    expect(meetings.map((m) => m.date)).toEqual(['2026-03-03', '2026-03-17', '2026-03-31', '2026-04-14', '2026-04-28', '2026-05-12', '2026-05-26', '2026-06-09']);
    expect(meetings.every((m) => m.startTime === '10:00' && m.endTime === '12:00' && m.place === 'Village hall')).toBe(true);
    expect(meetings.map((m) => m.title)).toContain('Group meeting 3');
    expect(readAll(doc, meetingSeriesType)[0]).toMatchObject({ firstDate: '2026-03-03', weekday: 2, everyWeeks: 2, count: 8 });
  });

  it('starts on the first chosen weekday on or after the start date', () => {
    const preview = previewSeries({ ...everySecondTuesday, from: '2026-03-04', count: 2 }, TODAY);
    expect(preview.ok && preview.value.dates).toEqual(['2026-03-10', '2026-03-24']);
  });

  it('keeps the same local time either side of the clocks going forward', () => {
    const doc = project();
    const created = createMeetingSeries(doc, { ...everySecondTuesday, everyWeeks: 1, count: 4, from: '2026-03-17' }, { today: TODAY });
    expect(created.ok).toBe(true);
    const calendar = seriesCalendar(doc, created.ok ? created.value.series.id : '', new Date('2026-03-02T10:00:00Z'));
    expect(calendar.ok).toBe(true);
    if (!calendar.ok) return;
    const component = new ICAL.Component(ICAL.parse(calendar.value.text));
    ICAL.TimezoneService.register(component.getFirstSubcomponent('vtimezone')!);
    const starts = component.getAllSubcomponents('vevent').map((e) => new ICAL.Event(e).startDate);
    expect(starts.map((s) => s.toString())).toEqual(['2026-03-17T10:00:00', '2026-03-24T10:00:00', '2026-03-31T10:00:00', '2026-04-07T10:00:00']);
    expect(calendar.value.fileName).toBe('riverside-carers-meetings.ics');
  });

  it('refuses 0 or 500 meetings with a clear message and writes nothing', () => {
    const doc = project();
    const none = createMeetingSeries(doc, { ...everySecondTuesday, count: 0 }, { today: TODAY });
    expect(none).toEqual({ ok: false, message: 'A series needs at least 1 meeting.' });
    const tooMany = createMeetingSeries(doc, { ...everySecondTuesday, count: 500 }, { today: TODAY });
    expect(tooMany).toEqual({ ok: false, message: 'A series can have at most 100 meetings. Plan a second series for more.' });
    const blank = createMeetingSeries(doc, { ...everySecondTuesday, count: Number.NaN }, { today: TODAY });
    expect(blank).toEqual({ ok: false, message: 'Say how many meetings there will be.' });
    expect(collectionMap(doc, 'meetings').size).toBe(0);
    expect(collectionMap(doc, 'meetingSeries').size).toBe(0);
    const hundred = createMeetingSeries(doc, { ...everySecondTuesday, everyWeeks: 1, count: 100 }, { today: TODAY });
    expect(hundred.ok && hundred.value.meetings.length).toBe(100);
  });

  it('refuses an empty or enormous title, pasted rich text is cleaned, and times must make sense', () => {
    const doc = project();
    expect(createMeetingSeries(doc, { ...everySecondTuesday, title: '   ' }, { today: TODAY })).toEqual({ ok: false, message: 'Series title cannot be empty.' });
    const huge = createMeetingSeries(doc, { ...everySecondTuesday, title: 'x'.repeat(10_000) }, { today: TODAY });
    expect(huge.ok ? '' : huge.message).toMatch(/too long: keep it to 140 characters/);
    expect(createMeetingSeries(doc, { ...everySecondTuesday, endTime: '09:00' }, { today: TODAY })).toEqual({ ok: false, message: 'A meeting must end after it starts.' });
    expect(createMeetingSeries(doc, { ...everySecondTuesday, from: 'next week' }, { today: TODAY }).ok).toBe(false);
    expect(collectionMap(doc, 'meetings').size).toBe(0);
    const pasted = createMeetingSeries(doc, { ...everySecondTuesday, count: 1, title: '\u200BCarers\u00a0 group\r\n meeting\u0007' }, { today: TODAY });
    expect(pasted.ok && pasted.value.meetings[0]!.title).toBe('Carers group meeting 1');
  });

  it('asks before adding dates in the past, and adds them once the facilitator confirms', () => {
    const doc = project();
    const input = { ...everySecondTuesday, from: '2026-02-03', count: 4 };
    const refused = createMeetingSeries(doc, input, { today: TODAY });
    expect(refused.ok).toBe(false);
    expect(refused.ok ? '' : refused.message).toBe(
      'The first 2 dates (Tue 3 Feb 2026 to Tue 17 Feb 2026) are in the past. Choose a later start date, or confirm that you are recording meetings that have already happened.',
    );
    expect(collectionMap(doc, 'meetings').size).toBe(0);
    const confirmed = createMeetingSeries(doc, input, { today: TODAY, allowPast: true });
    expect(confirmed.ok && confirmed.value.meetings.length).toBe(4);
  });

  it('moves one date and cancels one meeting without touching the rest', () => {
    const doc = project();
    const created = createMeetingSeries(doc, everySecondTuesday, { today: TODAY });
    if (!created.ok) throw new Error(created.message);
    const [first, second, third] = created.value.meetings;
    const moved = changeSeriesMeeting(doc, second!.id, { date: '2026-03-18', startTime: '13:00', endTime: '15:00' }, { today: TODAY });
    expect(moved.ok && moved.value).toMatchObject({ date: '2026-03-18', startTime: '13:00' });
    expect(changeSeriesMeeting(doc, third!.id, { date: '2026-01-01' }, { today: TODAY }).ok).toBe(false);
    expect(changeSeriesMeeting(doc, third!.id, { startTime: '12:30' }, { today: TODAY })).toEqual({ ok: false, message: 'A meeting must end after it starts.' });
    expect(setMeetingCancelled(doc, first!.id, true).ok).toBe(true);
    const after = seriesMeetings(doc, created.value.series.id);
    expect(after.filter((m) => m.cancelled).map((m) => m.id)).toEqual([first!.id]);
    expect(after.filter((m) => m.date !== created.value.meetings.find((o) => o.id === m.id)!.date).map((m) => m.id)).toEqual([second!.id]);
    expect(readAll(doc, meetingType)).toHaveLength(8);
    setMeetingCancelled(doc, first!.id, false);
    expect(seriesMeetings(doc, created.value.series.id).some((m) => m.cancelled)).toBe(false);
  });

  it('exports a cancelled meeting as cancelled so calendars remove it', () => {
    const doc = project();
    const created = createMeetingSeries(doc, { ...everySecondTuesday, count: 3 }, { today: TODAY });
    if (!created.ok) throw new Error(created.message);
    setMeetingCancelled(doc, created.value.meetings[1]!.id, true);
    const calendar = seriesCalendar(doc, created.value.series.id);
    expect(calendar.ok && calendar.value.text.match(/STATUS:CANCELLED/g)?.length).toBe(1);
    expect(calendar.ok && calendar.value.count).toBe(3);
  });
});
