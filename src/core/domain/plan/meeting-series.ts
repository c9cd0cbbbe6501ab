import { msg, plural, t } from '@lingui/core/macro';
import { z } from 'zod';
import { baseFields } from '../base';
import { clockTime, isoDate, requiredText, shortText } from '../fields';
import { defineRecordType } from '../record-type';

export const MAX_SERIES_MEETINGS = 100;
export const MAX_WEEKS_APART = 12;
export const SERIES_TITLE_MAX = 140;

/**
 * A run of meetings planned at once ("every second Tuesday, 10:00 to 12:00, 8 meetings").
 * The meetings themselves are ordinary meeting records carrying this series' id, so one
 * date can be moved or cancelled without touching the rest.
 */
export const meetingSeriesSchema = z
  .object({
    ...baseFields,
    title: requiredText('Series title', SERIES_TITLE_MAX),
    firstDate: isoDate('First meeting date'),
    /** 0 is Sunday, as in JavaScript dates. */
    weekday: z.number().int().min(0).max(6),
    everyWeeks: z
      .number({ error: () => t`Say how many weeks apart the meetings are.` })
      .int({ error: () => t`Weeks apart must be a whole number.` })
      .min(1, { error: () => t`Meetings must be at least 1 week apart.` })
      .max(MAX_WEEKS_APART, {
        error: () =>
          plural(MAX_WEEKS_APART, { one: 'Meetings can be at most # week apart in a series.', other: 'Meetings can be at most # weeks apart in a series.' }),
      }),
    count: z
      .number({ error: () => t`Say how many meetings there will be.` })
      .int({ error: () => t`The number of meetings must be a whole number.` })
      .min(1, { error: () => t`A series needs at least 1 meeting.` })
      .max(MAX_SERIES_MEETINGS, {
        error: () =>
          plural(MAX_SERIES_MEETINGS, {
            one: 'A series can have at most # meeting. Plan a second series for more.',
            other: 'A series can have at most # meetings. Plan a second series for more.',
          }),
      }),
    startTime: clockTime('Start time'),
    endTime: clockTime('End time'),
    place: shortText('Place', 200).optional(),
    venueId: z.string().max(64).optional(),
  })
  .refine((s) => s.endTime > s.startTime, { error: () => t`A meeting must end after it starts.`, path: ['endTime'] });
export type MeetingSeries = z.infer<typeof meetingSeriesSchema>;

export const meetingSeriesType = defineRecordType({
  collection: 'meetingSeries',
  noun: msg({ message: 'meeting series', comment: 'A kind of record, inside messages such as “That member is no longer here”' }),
  schema: meetingSeriesSchema,
  version: 1,
});
