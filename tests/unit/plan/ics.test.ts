import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, icsFileName, meetingsToIcs, meetingUid, type IcsMeeting } from '../../../src/core/calendar/ics';
import { seriesDates } from '../../../src/core/plan/series-dates';

const NOW = new Date('2026-03-01T09:30:00Z');

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const zone = calendar.getFirstSubcomponent('vtimezone');
  if (zone) ICAL.TimezoneService.register(zone);
  const events = calendar.getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
  return { calendar, events };
}

function weeklyTuesdays(): IcsMeeting[] {
  // Tuesdays either side of the clocks going forward on Sunday 29 March 2026.
  return seriesDates({ from: '2026-03-17', weekday: 2, everyWeeks: 1, count: 4 }).map((date, i) => ({
    id: `meeting-${i}`,
    title: `Group meeting ${i + 1}`,
    date,
    startTime: '10:00',
    endTime: '12:00',
    location: 'Village hall, Church Lane',
  }));
}

describe('calendar file for a meeting series', () => {
  it('keeps a 10:00 meeting at 10:00 local time across the late-March clock change', () => {
    const text = meetingsToIcs({ projectId: 'p1', projectName: 'Riverside Carers', meetings: weeklyTuesdays(), now: NOW });
    const { events } = parse(text);
    expect(events.map((e) => e.startDate.toString())).toEqual(['2026-03-17T10:00:00', '2026-03-24T10:00:00', '2026-03-31T10:00:00', '2026-04-07T10:00:00']);
    expect(events.every((e) => e.startDate.zone?.tzid === 'Europe/London')).toBe(true);
    // The same wall-clock time is a different instant once British Summer Time starts.
    const utc = events.map((e) => new Date(e.startDate.toUnixTime() * 1000).toISOString());
    expect(utc).toEqual(['2026-03-17T10:00:00.000Z', '2026-03-24T10:00:00.000Z', '2026-03-31T09:00:00.000Z', '2026-04-07T09:00:00.000Z']);
    expect(events.map((e) => new Date(e.endDate.toUnixTime() * 1000).toISOString().slice(11, 16))).toEqual(['12:00', '12:00', '11:00', '11:00']);
  });

  it('also keeps local time when the clocks go back in October', () => {
    const meetings = seriesDates({ from: '2026-10-20', weekday: 2, everyWeeks: 1, count: 2 }).map((date, i) => ({ id: `m${i}`, title: 'Meeting', date, startTime: '18:30', endTime: '20:00' }));
    const { events } = parse(meetingsToIcs({ projectId: 'p1', projectName: 'P', meetings, now: NOW }));
    expect(events.map((e) => new Date(e.startDate.toUnixTime() * 1000).toISOString())).toEqual(['2026-10-20T17:30:00.000Z', '2026-10-27T18:30:00.000Z']);
  });

  it('gives each meeting the same UID on every export, and a higher SEQUENCE on a later export', () => {
    const meetings = weeklyTuesdays();
    const first = parse(meetingsToIcs({ projectId: 'p1', projectName: 'Riverside', meetings, now: NOW })).events;
    const moved = meetings.map((m) => (m.id === 'meeting-2' ? { ...m, date: '2026-04-01' } : m));
    const later = parse(meetingsToIcs({ projectId: 'p1', projectName: 'Riverside', meetings: moved, now: new Date('2026-03-10T12:00:00Z') })).events;
    expect(later.map((e) => e.uid)).toEqual(first.map((e) => e.uid));
    expect(first[0]!.uid).toBe(meetingUid('p1', 'meeting-0'));
    expect(later[0]!.sequence).toBeGreaterThan(first[0]!.sequence);
    expect(later[2]!.startDate.toString()).toBe('2026-04-01T10:00:00');
    // The same meeting id in another project must not collide in one calendar.
    const other = parse(meetingsToIcs({ projectId: 'p2', projectName: 'Other', meetings, now: NOW })).events;
    expect(other[0]!.uid).not.toBe(first[0]!.uid);
  });

  it('marks a cancelled meeting as cancelled instead of leaving it out', () => {
    const meetings = weeklyTuesdays().map((m, i) => (i === 1 ? { ...m, cancelled: true } : m));
    const { events } = parse(meetingsToIcs({ projectId: 'p1', projectName: 'Riverside', meetings, now: NOW }));
    expect(events).toHaveLength(4);
    expect(events[1]!.component.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(events[1]!.summary).toBe('Cancelled: Group meeting 2');
    expect(events[0]!.component.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(events[0]!.component.getFirstPropertyValue('dtstamp')?.toString()).toBe('2026-03-01T09:30:00Z');
  });

  it('escapes commas, semicolons, backslashes and new lines, and keeps emoji and right-to-left text', () => {
    const meetings: IcsMeeting[] = [
      { id: 'm1', title: 'Tea; talk, and plans \\ ideas 🌻', date: '2026-05-05', startTime: '10:00', endTime: '11:00', location: 'قاعة المجتمع, Room 2\nBack entrance' },
    ];
    const { calendar, events } = parse(meetingsToIcs({ projectId: 'p1', projectName: 'Carers, “together”', meetings, now: NOW }));
    expect(events[0]!.summary).toBe('Tea; talk, and plans \\ ideas 🌻');
    expect(events[0]!.location).toBe('قاعة المجتمع, Room 2\nBack entrance');
    expect(events[0]!.description).toBe('Carers, “together”');
    // ical.js does not unescape X- properties; the raw value is escaped TEXT as RFC 5545 asks.
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Carers\\, “together”');
    expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
  });

  it('folds long lines at 75 octets without splitting a character, using CRLF throughout', () => {
    const longTitle = 'Planning meeting about respite for carers in the villages 🌻 '.repeat(6).trim();
    const text = meetingsToIcs({ projectId: 'p1', projectName: 'Riverside', meetings: [{ id: 'm1', title: longTitle, date: '2026-05-05', startTime: '10:00', endTime: '11:00' }], now: NOW });
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = text.split('\r\n').slice(0, -1);
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(lines.some((l) => l.startsWith(' '))).toBe(true);
    expect(text).not.toContain('\uFFFD');
    expect(parse(text).events[0]!.summary).toBe(longTitle);
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
  });

  it('names the file after the project', () => {
    expect(icsFileName('Riverside Carers’ Group!')).toBe('riverside-carers-group-meetings.ics');
    expect(icsFileName('Café 🌻')).toBe('cafe-meetings.ics');
    expect(icsFileName('🌻')).toBe('project-meetings.ics');
  });
});
