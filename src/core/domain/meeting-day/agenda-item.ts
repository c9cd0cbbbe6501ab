import { msg, t } from '@lingui/core/macro';
import { z } from 'zod';
import { baseFields } from '../base';
import { requiredText, shortText } from '../fields';
import { defineRecordType } from '../record-type';

export const agendaItemSchema = z.object({
  ...baseFields,
  meetingId: z.string().min(1).max(64),
  title: requiredText('Agenda item', 200),
  /** A member who leads this item… */
  leadPersonId: z.string().min(1).max(64).optional(),
  /** …or someone named in words (a guest speaker, "everyone"). */
  leadName: shortText('Who leads', 120).optional(),
  minutes: z
    .number({ error: () => t`Minutes must be a number.` })
    .int({ error: () => t`Minutes must be a whole number.` })
    .min(1, { error: () => t`An agenda item needs at least 1 minute.` })
    .max(480, { error: () => t`An agenda item can be at most 480 minutes (8 hours).` })
    .optional(),
  /** Position in the agenda; items sort by this, then by when they were added. */
  order: z.number().finite(),
});
export type AgendaItem = z.infer<typeof agendaItemSchema>;

export const agendaItemType = defineRecordType({
  collection: 'agendaItems',
  noun: msg({ message: 'agenda item', comment: 'A kind of record, inside messages such as “That member is no longer here”' }),
  schema: agendaItemSchema,
  version: 1,
  personRefs: ['leadPersonId'],
  index: { k1: 'meetingId' },
});
