import { msg, t } from '@lingui/core/macro';
import { z } from 'zod';
import { baseFields } from '../base';
import { requiredText, shortText } from '../fields';
import { defineRecordType } from '../record-type';

export const LEVELS = ['low', 'medium', 'high'] as const;
export type Level = (typeof LEVELS)[number];
/** Read when shown, so each is in the language chosen then. */
export const LEVEL_LABELS: Readonly<Record<Level, string>> = {
  get low() {
    return t({ message: 'Low', comment: 'How likely a risk is, or how bad it would be' });
  },
  get medium() {
    return t({ message: 'Medium', comment: 'How likely a risk is, or how bad it would be' });
  },
  get high() {
    return t({ message: 'High', comment: 'How likely a risk is, or how bad it would be' });
  },
};

/** Something that could go wrong, how likely and how bad, what the group will do, and what to watch for. */
export const riskSchema = z.object({
  ...baseFields,
  what: requiredText('What could go wrong', 300),
  likelihood: z.enum(LEVELS, { error: () => t`Choose how likely it is: low, medium or high.` }),
  impact: z.enum(LEVELS, { error: () => t`Choose how bad it would be: low, medium or high.` }),
  response: shortText('What we will do', 500).optional(),
  warningSign: shortText('Warning sign to watch for', 300).optional(),
  /** Which starter warning sign it came from, if any. */
  starter: z.string().max(40).optional(),
});
export type Risk = z.infer<typeof riskSchema>;

export const riskType = defineRecordType({
  collection: 'risks',
  noun: msg({ message: 'risk', comment: 'A kind of record, inside messages such as “That member is no longer here”' }),
  schema: riskSchema,
  version: 1,
});
