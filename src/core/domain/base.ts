import { z } from 'zod';
import { isoDateTime, recordId } from './fields';

/** Fields every record carries. Spread into each record's schema. */
export const baseFields = {
  id: recordId,
  v: z.number().int().min(1),
  createdAt: isoDateTime('Created'),
  archived: z.boolean().optional(),
};

/** A choice a person may decline: any answer, or "prefer not to say". */
export const PREFER_NOT_TO_SAY = 'prefer-not-to-say' as const;
