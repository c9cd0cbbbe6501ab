import { msg, t } from '@lingui/core/macro';
import { z } from 'zod';
import { baseFields } from '../base';
import { requiredText, shortText } from '../fields';
import { defineRecordType } from '../record-type';

/** Who should be involved, from the stakeholder mapping in the Time to Shine toolkit. */
export const STAKEHOLDER_KINDS = ['individual', 'organisation'] as const;
export type StakeholderKind = (typeof STAKEHOLDER_KINDS)[number];
/** Read when shown, so each is in the language chosen then. */
export const STAKEHOLDER_KIND_LABELS: Readonly<Record<StakeholderKind, string>> = {
  get individual() {
    return t`Person or group of people`;
  },
  get organisation() {
    return t`Organisation`;
  },
};

export const INVOLVEMENT = ['involved', 'invited', 'not-yet'] as const;
export type Involvement = (typeof INVOLVEMENT)[number];
/** Read when shown, so each is in the language chosen then. */
export const INVOLVEMENT_LABELS: Readonly<Record<Involvement, string>> = {
  get involved() {
    return t({ message: 'Involved', comment: 'Whether a stakeholder takes part in the work yet' });
  },
  get invited() {
    return t`Asked, not yet involved`;
  },
  get 'not-yet'() {
    return t`Not asked yet`;
  },
};

export const stakeholderSchema = z.object({
  ...baseFields,
  name: requiredText('Who', 160),
  kind: z.enum(STAKEHOLDER_KINDS, { error: () => t`Choose a person or an organisation.` }),
  why: shortText('Why they should be involved', 500).optional(),
  involvement: z.enum(INVOLVEMENT, { error: () => t`Say whether they are involved yet.` }),
});
export type Stakeholder = z.infer<typeof stakeholderSchema>;

export const stakeholderType = defineRecordType({
  collection: 'stakeholders',
  noun: msg({ message: 'stakeholder', comment: 'A kind of record, inside messages such as “That member is no longer here”' }),
  schema: stakeholderSchema,
  version: 1,
  index: { k1: 'kind', k2: 'involvement' },
});
