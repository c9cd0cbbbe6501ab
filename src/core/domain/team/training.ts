import { msg, t } from '@lingui/core/macro';
import { z } from 'zod';
import { labelsIn } from '../labels';
import { baseFields } from '../base';
import { isoDate, shortText } from '../fields';
import { defineRecordType } from '../record-type';

export const TRAINING_KINDS = ['introduction', 'other'] as const;
export type TrainingKind = (typeof TRAINING_KINDS)[number];
export const TRAINING_LABELS = labelsIn<TrainingKind>({
  introduction: msg`Introduction to co-production`,
  other: msg`Other training`,
});

/** Training a member has had, formal or informal, with its date. */
export const trainingSchema = z
  .object({
    ...baseFields,
    /** Absent once the member is erased: the training still counts. */
    personId: z.string().min(1).max(64).optional(),
    kind: z.enum(TRAINING_KINDS, { error: () => t`Choose the introduction to co-production or other training.` }),
    title: shortText('Name of the training', 160).optional(),
    date: isoDate('Training date'),
    note: shortText('Training note', 300).optional(),
  })
  .refine((training) => training.kind !== 'other' || (training.title ?? '').length > 0, { error: () => t`Say what the training was.`, path: ['title'] });
export type Training = z.infer<typeof trainingSchema>;

export const trainingType = defineRecordType({
  collection: 'training',
  noun: msg({ message: 'training record', comment: 'A kind of record, inside messages such as “That member is no longer here”' }),
  schema: trainingSchema,
  version: 1,
  personRefs: ['personId'],
  index: { k1: 'personId', k2: 'kind' },
});
