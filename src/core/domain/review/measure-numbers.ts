import { msg, t } from '@lingui/core/macro';
import type { MessageDescriptor } from '@lingui/core';
import { z } from 'zod';
import { baseFields } from '../base';
import { isoDate, shortText } from '../fields';
import { defineRecordType } from '../record-type';

/** What a measure's numbers count: people, times or things, or a share out of a hundred. */
export const MEASURE_UNITS = ['count', 'percentage'] as const;
export type MeasureUnit = (typeof MEASURE_UNITS)[number];
export const MEASURE_UNIT_LABELS: Record<MeasureUnit, MessageDescriptor> = {
  count: msg({ message: 'A count', comment: 'A measure whose numbers count people, times or things' }),
  percentage: msg({ message: 'A percentage', comment: 'A measure whose numbers are a share out of 100' }),
};

const measureRef = z.string().min(1).max(64);
const number = (label: () => string) =>
  z
    .number({ error: () => t`${label()} must be a number.` })
    .finite({ error: () => t`${label()} must be a number.` })
    .min(0, { error: () => t`${label()} cannot be below 0.` })
    .max(1_000_000, { error: () => t`${label()} is too large.` });

/**
 * Where a measure starts and where the group hopes to get to. One per measure: its id comes
 * from the measure's id, so two devices setting it end up with one record.
 */
export const measureTargetSchema = z
  .object({
    ...baseFields,
    measureId: measureRef,
    unit: z.enum(MEASURE_UNITS, { error: () => t`Choose a count or a percentage.` }),
    baseline: number(() => t`The starting figure`).optional(),
    baselineOn: isoDate('Date of the starting figure').optional(),
    target: number(() => t`The target`).optional(),
    targetBy: isoDate('Date of the target').optional(),
  })
  .refine((m) => m.unit !== 'percentage' || ((m.baseline ?? 0) <= 100 && (m.target ?? 0) <= 100), {
    error: () => t`A percentage cannot be more than 100.`,
    path: ['target'],
  });
export type MeasureTarget = z.infer<typeof measureTargetSchema>;

export const measureTargetId = (measureId: string) => `mt:${measureId}`;

export const measureTargetType = defineRecordType({
  collection: 'measureTargets',
  noun: msg({ message: 'measure target', comment: 'A kind of record, inside messages such as “That member is no longer here”' }),
  schema: measureTargetSchema,
  version: 1,
  index: { k1: 'measureId' },
});

/** One figure for a measure on a day, typed by a facilitator, with where it came from. */
export const measureValueSchema = z.object({
  ...baseFields,
  measureId: measureRef,
  date: isoDate('Date of the figure'),
  value: number(() => t`The figure`),
  /** Where the figure came from and how it was counted, in a few words. */
  source: shortText('Where the figure came from', 300).optional(),
});
export type MeasureValue = z.infer<typeof measureValueSchema>;

export const measureValueType = defineRecordType({
  collection: 'measureValues',
  noun: msg({ message: 'measure figure', comment: 'A kind of record, inside messages such as “That member is no longer here”' }),
  schema: measureValueSchema,
  version: 1,
  index: { k1: 'measureId', k2: 'date' },
});
