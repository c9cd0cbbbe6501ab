import { msg, t } from '@lingui/core/macro';
import { z } from 'zod';
import { baseFields } from '../base';
import { shortText } from '../fields';
import { labelsIn } from '../labels';
import { defineRecordType } from '../record-type';

/** Practical arrangements a meeting may need, each from something a member asked for in their profile. */
export const ARRANGEMENT_KINDS = [
  'interpreter',
  'hearing-loop',
  'childcare',
  'travel',
  'dietary',
  'large-print',
  'easy-read',
  'call-before',
  'call-after',
] as const;
export type ArrangementKind = (typeof ARRANGEMENT_KINDS)[number];
export const ARRANGEMENT_LABELS = labelsIn<ArrangementKind>({
  interpreter: msg({ message: 'Interpreter or BSL', comment: 'An arrangement for a meeting: book an interpreter (British Sign Language or another language)' }),
  'hearing-loop': msg({ message: 'Hearing loop', comment: 'An arrangement for a meeting: a working hearing loop in the room' }),
  childcare: msg({
    message: 'Childcare or replacement care',
    comment: 'An arrangement for a meeting: someone to look after a child or the person they care for',
  }),
  travel: msg({ message: 'Travel or taxi', comment: 'An arrangement for a meeting: help getting there and home' }),
  dietary: msg({ message: 'Food and drink', comment: 'An arrangement for a meeting: dietary needs for refreshments' }),
  'large-print': msg({ message: 'Large print papers', comment: 'An arrangement for a meeting' }),
  'easy-read': msg({ message: 'Easy read papers', comment: 'An arrangement for a meeting' }),
  'call-before': msg({ message: 'A call before the meeting', comment: 'An arrangement for a meeting: phone the member beforehand' }),
  'call-after': msg({ message: 'A call after the meeting', comment: 'An arrangement for a meeting: phone the member afterwards' }),
});

/** One ticked (or un-ticked) arrangement for one member at one meeting, and who is doing it. */
export const arrangementSchema = z.object({
  ...baseFields,
  meetingId: z.string().min(1).max(64),
  personId: z.string().min(1).max(64),
  kind: z.enum(ARRANGEMENT_KINDS, { error: () => t`Choose an arrangement from the list.` }),
  done: z.boolean(),
  by: shortText('Who is doing it', 120).optional(),
});
export type Arrangement = z.infer<typeof arrangementSchema>;

/** Keyed by meeting, kind and person, so two devices ticking the same item converge on one record. */
export const arrangementId = (meetingId: string, kind: ArrangementKind, personId: string) => `${meetingId}:${kind}:${personId}`;

export const arrangementType = defineRecordType({
  collection: 'meetingArrangements',
  noun: msg({ message: 'meeting arrangement', comment: 'A kind of record, inside messages such as “That member is no longer here”' }),
  schema: arrangementSchema,
  version: 1,
  personRefs: ['personId'],
  index: { k1: 'meetingId', k2: 'kind' },
});
