import { msg, t } from '@lingui/core/macro';
import { z } from 'zod';
import { baseFields } from './base';
import { defineRecordType } from './record-type';

export const MARKS = ['present', 'apologies', 'absent'] as const;
export type Mark = (typeof MARKS)[number];

export const attendanceSchema = z.object({
  ...baseFields,
  meetingId: z.string().min(1).max(64),
  personId: z.string().min(1).max(64),
  mark: z.enum(MARKS, { error: () => t`A mark is present, apologies or absent.` }),
});
export type Attendance = z.infer<typeof attendanceSchema>;

/** Keyed by meeting and person, so two devices marking the same person converge on one record. */
export const attendanceId = (meetingId: string, personId: string) => `${meetingId}:${personId}`;

export const attendanceType = defineRecordType({
  collection: 'attendance',
  noun: msg({ message: 'attendance mark', comment: 'A kind of record, inside messages such as “That member is no longer here”' }),
  schema: attendanceSchema,
  version: 1,
  personRefs: ['personId'],
  index: { k1: 'meetingId', k2: 'personId' },
  // One pack per meeting: a register is read and written together.
  packBy: (a) => a.meetingId,
});
