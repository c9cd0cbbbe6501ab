import { msg } from '@lingui/core/macro';
import { icsFileName, meetingsToIcs } from '../../calendar/ics';
import { meetingType } from '../../domain/meeting';
import { venueType } from '../../domain/meeting-day/venue';
import type { PackPart } from '../part';

/**
 * The meeting calendar (.ics), the same file the plan's meeting series exports: each meeting
 * keeps its UID, so importing a newer pack's calendar updates the events instead of adding
 * copies, and cancelled meetings arrive as cancelled.
 */
export const calendarPart: PackPart = {
  id: 'calendar',
  title: msg`Meeting calendar`,
  files({ source, i18n }) {
    const meetings = source.records(meetingType);
    if (meetings.length === 0) return [];
    const venues = new Map(source.records(venueType).map((v) => [v.id, [v.name, v.address].filter((w) => w?.trim()).join(', ')]));
    return [
      {
        name: icsFileName(source.meta.name),
        about: i18n._(
          msg`Every meeting as a calendar file. Open it on a phone or computer, or import it into Outlook or Google Calendar. Importing a newer copy updates the meetings rather than adding them twice.`,
        ),
        data: meetingsToIcs({
          projectId: source.meta.id,
          projectName: source.meta.name,
          now: new Date(),
          meetings: meetings.map((m) => {
            const location = m.place?.trim() || (m.venueId ? venues.get(m.venueId) : undefined);
            return {
              id: m.id,
              title: m.title,
              date: m.date,
              startTime: m.startTime,
              endTime: m.endTime,
              ...(m.cancelled ? { cancelled: true } : {}),
              ...(location ? { location } : {}),
            };
          }),
        }),
      },
    ];
  },
};
