import { z } from 'zod';
import { baseFields } from '../base';
import { longText, requiredText } from '../fields';
import { defineRecordType } from '../record-type';

export const DECISION_METHODS = ['consensus', 'vote'] as const;
export type DecisionMethod = (typeof DECISION_METHODS)[number];

/** Rungs of the ladder of participation that a group decision can sit on, lowest first. */
export const LADDER = ['informed', 'consulted', 'co-designed', 'co-produced'] as const;
export type LadderRung = (typeof LADDER)[number];

export const LADDER_LABELS: Record<LadderRung, string> = {
  informed: 'Informed',
  consulted: 'Consulted',
  'co-designed': 'Co-designed',
  'co-produced': 'Co-produced',
};

/** What each rung means, in a sentence a new member can follow. */
export const LADDER_HINTS: Record<LadderRung, string> = {
  informed: 'Someone else made the decision and the group was told about it.',
  consulted: 'The group was asked what it thought, but someone else made the final choice.',
  'co-designed': 'Members and staff shaped the options together; the final say sat elsewhere.',
  'co-produced': 'Everyone decided together as equals and shares the work of making it happen.',
};

const count = (label: string) =>
  z
    .number({ error: `${label} must be a number.` })
    .int({ error: `${label} must be a whole number.` })
    .min(0, { error: `${label} cannot be below 0.` })
    .max(10_000, { error: `${label} is too large.` });

export const decisionSchema = z
  .object({
    ...baseFields,
    meetingId: z.string().min(1).max(64),
    text: requiredText('What was decided', 500),
    method: z.enum(DECISION_METHODS, { error: 'Choose how the decision was made.' }),
    votesFor: count('Votes for').optional(),
    votesAgainst: count('Votes against').optional(),
    abstentions: count('Abstentions').optional(),
    ladder: z.enum(LADDER, { error: 'Choose a step on the ladder from the list.' }).optional(),
    note: longText('Note about the decision', 2_000).optional(),
  })
  .refine((d) => d.method !== 'vote' || (d.votesFor ?? 0) + (d.votesAgainst ?? 0) + (d.abstentions ?? 0) > 0, {
    error: 'A vote needs at least one vote counted: for, against or abstaining.',
    path: ['votesFor'],
  });
export type Decision = z.infer<typeof decisionSchema>;

export const decisionType = defineRecordType({
  collection: 'meetingDecisions',
  noun: 'decision',
  schema: decisionSchema,
  version: 1,
  index: { k1: 'meetingId' },
});
