import { msg, t } from '@lingui/core/macro';
import { z } from 'zod';
import { labelsIn } from '../labels';
import { baseFields } from '../base';
import { isoDate, longText, shortText } from '../fields';
import { ROLES } from '../person';
import { defineRecordType } from '../record-type';

/** Why someone who was interested could not take part. Counted to learn from barriers. */
export const BARRIER_REASONS = ['timing', 'travel', 'caring', 'health', 'access', 'money', 'work', 'language', 'confidence', 'other'] as const;
export type BarrierReason = (typeof BARRIER_REASONS)[number];
export const BARRIER_LABELS = labelsIn<BarrierReason>({
  timing: msg`The days or times did not suit`,
  travel: msg`Getting there was too hard`,
  caring: msg`Caring or childcare`,
  health: msg({ message: 'Health', comment: 'A reason someone could not take part in the group' }),
  access: msg`The venue or papers were not accessible`,
  money: msg`Cost, or worry about benefits`,
  work: msg({ message: 'Work', comment: 'A reason someone could not take part in the group: their job' }),
  language: msg({ message: 'Language', comment: 'A reason someone could not take part in the group: the language used' }),
  confidence: msg`Not feeling confident to join`,
  other: msg`Another reason`,
});

/**
 * Someone who was interested but could not take part. Only the reasons are kept, unless the
 * person agreed that their name and details could be kept too.
 */
export const barrierSchema = z
  .object({
    ...baseFields,
    date: isoDate('Date'),
    reasons: z
      .array(z.enum(BARRIER_REASONS, { error: () => t`Choose reasons from the list.` }))
      .min(1, { error: () => t`Choose at least one reason.` })
      .max(BARRIER_REASONS.length),
    role: z.enum(ROLES, { error: () => t`Choose a role from the list.` }).optional(),
    /** True only when the person agreed that we keep their name and details. */
    detailsAgreed: z.boolean().optional(),
    name: shortText('Name', 120).optional(),
    contact: shortText('Contact details', 200).optional(),
    details: longText('What they told us', 2_000).optional(),
  })
  .refine((b) => b.detailsAgreed === true || (!b.name && !b.contact && !b.details), {
    error: () => t`Only keep a name or details when the person has agreed. Tick the box to say they agreed, or leave those boxes empty.`,
    path: ['detailsAgreed'],
  });
export type Barrier = z.infer<typeof barrierSchema>;

export const barrierType = defineRecordType({
  collection: 'barriers',
  noun: msg({ message: 'barrier', comment: 'A kind of record, inside messages such as “That member is no longer here”' }),
  textFields: ['details'],
  schema: barrierSchema,
  version: 1,
  index: { k1: 'date' },
});
