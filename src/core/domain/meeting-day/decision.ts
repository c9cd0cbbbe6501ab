import type { MessageDescriptor } from '@lingui/core';
import { msg, t } from '@lingui/core/macro';
import { i18n } from '#i18n';
import { z } from 'zod';
import { baseFields } from '../base';
import { longText, requiredText } from '../fields';
import { defineRecordType } from '../record-type';

export const DECISION_METHODS = ['consensus', 'vote'] as const;
export type DecisionMethod = (typeof DECISION_METHODS)[number];

/** Rungs of the ladder of participation that a group decision can sit on, lowest first. */
export const LADDER = ['informed', 'consulted', 'co-designed', 'co-produced'] as const;
export type LadderRung = (typeof LADDER)[number];

/** Read when shown, so each is in the language chosen then. */
export const LADDER_LABELS: Readonly<Record<LadderRung, string>> = {
  get informed() {
    return t({ message: 'Informed', comment: 'A step on the ladder of participation: the group was only told about a decision' });
  },
  get consulted() {
    return t({ message: 'Consulted', comment: 'A step on the ladder of participation: the group was asked, someone else decided' });
  },
  get 'co-designed'() {
    return t({ message: 'Co-designed', comment: 'A step on the ladder of participation' });
  },
  get 'co-produced'() {
    return t({ message: 'Co-produced', comment: 'The top step on the ladder of participation: decided together as equals' });
  },
};

/**
 * What each rung means, in a sentence a new member can follow (read when shown). Adapted from
 * the Time to Shine toolkit's ladder, which puts co-design and co-production together on the
 * top rung and informing and consulting in the middle.
 */
export const LADDER_HINTS: Readonly<Record<LadderRung, string>> = {
  get informed() {
    return t`Someone else made the decision and the group was told about it. A middle rung: information is shared, power is not.`;
  },
  get consulted() {
    return t`The group was asked what it thought, but someone else made the final choice. A middle rung: views are asked for, power is not shared.`;
  },
  get 'co-designed'() {
    return t`Members and staff designed it together as partners and shared the say over it. The top rung, with co-production.`;
  },
  get 'co-produced'() {
    return t`Everyone decided together as equals and shares the work of making it happen. The top rung, with co-design.`;
  },
};

/** Where the ladder comes from and what the app leaves out of it (shown beside the choice and in the pack). */
export const LADDER_CREDIT = msg`Adapted from the ladder of participation in the Time to Shine co-production toolkit. The toolkit puts co-design and co-production together on the top rung, where power is shared. Informing, consulting and engaging sit in the middle. Coercing and educating, which only tell people what to do, are at the bottom; the app does not offer them, because a group's own decision is never made that way.`;

/** A count of votes; `label` names it in the messages, which are made when a count is refused. */
const count = (label: MessageDescriptor) => {
  const problem = (say: (name: string) => string) => () => say(i18n._(label));
  return z
    .number({ error: problem((name) => t`${name} must be a number.`) })
    .int({ error: problem((name) => t`${name} must be a whole number.`) })
    .min(0, { error: problem((name) => t`${name} cannot be below 0.`) })
    .max(10_000, { error: problem((name) => t`${name} is too large.`) });
};

export const decisionSchema = z
  .object({
    ...baseFields,
    meetingId: z.string().min(1).max(64),
    text: requiredText('What was decided', 500),
    method: z.enum(DECISION_METHODS, { error: () => t`Choose how the decision was made.` }),
    votesFor: count(msg`Votes for`).optional(),
    votesAgainst: count(msg`Votes against`).optional(),
    abstentions: count(msg`Abstentions`).optional(),
    ladder: z.enum(LADDER, { error: () => t`Choose a step on the ladder from the list.` }).optional(),
    note: longText('Note about the decision', 2_000).optional(),
  })
  .refine((d) => d.method !== 'vote' || (d.votesFor ?? 0) + (d.votesAgainst ?? 0) + (d.abstentions ?? 0) > 0, {
    error: () => t`A vote needs at least one vote counted: for, against or abstaining.`,
    path: ['votesFor'],
  });
export type Decision = z.infer<typeof decisionSchema>;

export const decisionType = defineRecordType({
  collection: 'meetingDecisions',
  noun: msg({ message: 'decision', comment: 'A kind of record, inside messages such as “That member is no longer here”' }),
  schema: decisionSchema,
  version: 1,
  index: { k1: 'meetingId' },
});
