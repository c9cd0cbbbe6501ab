import { z } from 'zod';
import { baseFields } from '../base';
import { requiredText, shortText } from '../fields';
import { defineRecordType } from '../record-type';

/** Who should be involved, from the stakeholder mapping in the Time to Shine toolkit. */
export const STAKEHOLDER_KINDS = ['individual', 'organisation'] as const;
export type StakeholderKind = (typeof STAKEHOLDER_KINDS)[number];
export const STAKEHOLDER_KIND_LABELS: Record<StakeholderKind, string> = {
  individual: 'Person or group of people',
  organisation: 'Organisation',
};

export const INVOLVEMENT = ['involved', 'invited', 'not-yet'] as const;
export type Involvement = (typeof INVOLVEMENT)[number];
export const INVOLVEMENT_LABELS: Record<Involvement, string> = {
  involved: 'Involved',
  invited: 'Asked, not yet involved',
  'not-yet': 'Not asked yet',
};

export const stakeholderSchema = z.object({
  ...baseFields,
  name: requiredText('Who', 160),
  kind: z.enum(STAKEHOLDER_KINDS, { error: 'Choose a person or an organisation.' }),
  why: shortText('Why they should be involved', 500).optional(),
  involvement: z.enum(INVOLVEMENT, { error: 'Say whether they are involved yet.' }),
});
export type Stakeholder = z.infer<typeof stakeholderSchema>;

export const stakeholderType = defineRecordType({
  collection: 'stakeholders',
  noun: 'stakeholder',
  schema: stakeholderSchema,
  version: 1,
  index: { k1: 'kind', k2: 'involvement' },
});
