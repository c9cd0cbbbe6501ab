import { msg, t } from '@lingui/core/macro';
import { z } from 'zod';
import { baseFields } from './base';
import { clockTime, isoDate, requiredText, shortText } from './fields';
import { defineRecordType } from './record-type';

export const meetingSchema = z
  .object({
    ...baseFields,
    title: requiredText('Meeting title', 160),
    date: isoDate('Meeting date'),
    startTime: clockTime('Start time'),
    endTime: clockTime('End time'),
    venueId: z.string().max(64).optional(),
    /** Free-text place when no venue record is chosen. */
    place: shortText('Place', 200).optional(),
    seriesId: z.string().max(64).optional(),
    cancelled: z.boolean().optional(),
  })
  .refine((m) => m.endTime > m.startTime, { error: () => t`A meeting must end after it starts.`, path: ['endTime'] });
export type Meeting = z.infer<typeof meetingSchema>;

export const meetingType = defineRecordType({
  collection: 'meetings',
  noun: msg({ message: 'meeting', comment: 'A kind of record, inside messages such as “That member is no longer here”' }),
  schema: meetingSchema,
  version: 1,
  index: { k1: 'date', k2: 'seriesId' },
});
