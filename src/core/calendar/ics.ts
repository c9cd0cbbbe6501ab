/**
 * Meetings as an iCalendar file (RFC 5545) that phones, Google Calendar and Outlook import.
 * Times are written as Europe/London local times with the time zone spelled out, so a
 * 10:00 meeting stays at 10:00 across the clock changes. Each meeting keeps the same UID on
 * every export, and SEQUENCE rises with each export, so importing a newer file updates the
 * events already in a calendar instead of adding copies.
 */

export interface IcsMeeting {
  id: string;
  title: string;
  /** "2026-03-24", a date in the UK. */
  date: string;
  /** "10:00", local UK time. */
  startTime: string;
  endTime: string;
  cancelled?: boolean;
  /** Where, in words (a venue's name and address, or a free-text place). */
  location?: string;
  description?: string;
  /** A revision number for this meeting, if the caller keeps one; otherwise taken from the export time. */
  sequence?: number;
}

export interface IcsOptions {
  projectId: string;
  projectName: string;
  meetings: readonly IcsMeeting[];
  /** When the file is made; sets DTSTAMP and the default SEQUENCE. */
  now: Date;
}

export const ICS_TIMEZONE = 'Europe/London';

const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/London',
  'X-LIC-LOCATION:Europe/London',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0000',
  'TZOFFSETTO:+0100',
  'TZNAME:BST',
  'DTSTART:19700329T010000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0000',
  'TZNAME:GMT',
  'DTSTART:19701025T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

// Minutes since the start of 2024: always rising, and small enough for every calendar app.
const SEQUENCE_EPOCH = Date.UTC(2024, 0, 1);

/** The default SEQUENCE for an export made at `now`. */
export function exportSequence(now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - SEQUENCE_EPOCH) / 60_000));
}

/** Escapes TEXT values: backslash, semicolon, comma and line breaks. */
export function escapeText(value: string): string {
  return value
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\n/g, '\\n');
}

const encoder = new TextEncoder();

/** Splits a content line into lines of at most 75 octets, never inside a character. */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let size = 0;
  let limit = 75;
  for (const char of line) {
    const bytes = encoder.encode(char).length;
    if (size + bytes > limit) {
      parts.push(current);
      current = '';
      size = 0;
      limit = 74; // continuation lines begin with a space, which counts
    }
    current += char;
    size += bytes;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

function localDateTime(date: string, time: string): string {
  return `${date.replace(/-/g, '')}T${time.replace(':', '')}00`;
}

function utcStamp(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** UIDs are unique across projects: the same meeting id can exist in two projects. */
export function meetingUid(projectId: string, meetingId: string): string {
  return `${meetingId}.${projectId}@common-ground`;
}

export function meetingsToIcs(options: IcsOptions): string {
  const stamp = utcStamp(options.now);
  const defaultSequence = exportSequence(options.now);
  const lines: string[] = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Common Ground//Meeting series//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(options.projectName)}`,
    `X-WR-TIMEZONE:${ICS_TIMEZONE}`,
    ...VTIMEZONE,
  ];
  const meetings = [...options.meetings].sort((a, b) => a.date.localeCompare(b.date) || a.startTime.localeCompare(b.startTime) || a.id.localeCompare(b.id));
  for (const meeting of meetings) {
    const summary = meeting.cancelled ? `Cancelled: ${meeting.title}` : meeting.title;
    lines.push(
      'BEGIN:VEVENT',
      `UID:${meetingUid(options.projectId, meeting.id)}`,
      `DTSTAMP:${stamp}`,
      `SEQUENCE:${meeting.sequence ?? defaultSequence}`,
      `DTSTART;TZID=${ICS_TIMEZONE}:${localDateTime(meeting.date, meeting.startTime)}`,
      `DTEND;TZID=${ICS_TIMEZONE}:${localDateTime(meeting.date, meeting.endTime)}`,
      `SUMMARY:${escapeText(summary)}`,
    );
    if (meeting.location) lines.push(`LOCATION:${escapeText(meeting.location)}`);
    const description = [options.projectName, meeting.description].filter(Boolean).join('\n\n');
    lines.push(`DESCRIPTION:${escapeText(description)}`);
    lines.push(`STATUS:${meeting.cancelled ? 'CANCELLED' : 'CONFIRMED'}`);
    lines.push('TRANSP:OPAQUE', 'END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

/** A safe file name for the download: "riverside-carers-meetings.ics". */
export function icsFileName(projectName: string): string {
  const slug = projectName
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase()
    .slice(0, 60);
  return `${slug || 'project'}-meetings.ics`;
}
