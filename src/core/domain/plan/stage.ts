import { msg, t } from '@lingui/core/macro';
import { z } from 'zod';
import { baseFields } from '../base';
import { isoDate, shortText } from '../fields';
import { defineRecordType } from '../record-type';

/** The three stages every co-produced project goes through (West Berkshire "How to do co-production"). */
export const STAGES = ['planning', 'doing', 'reflecting'] as const;
export type Stage = (typeof STAGES)[number];
/** Read when shown, so each is in the language chosen then. */
export const STAGE_LABELS: Readonly<Record<Stage, string>> = {
  get planning() {
    return t({ message: 'Planning', comment: 'The first stage of a project' });
  },
  get doing() {
    return t({ message: 'Doing', comment: 'The second stage of a project: carrying out the plan' });
  },
  get reflecting() {
    return t({ message: 'Reflecting and learning', comment: 'The last stage of a project' });
  },
};

/** The parts of the co-production cycle (Time to Shine toolkit). */
export const CYCLE_PARTS = ['commissioning', 'design', 'delivery', 'evaluation'] as const;
export type CyclePart = (typeof CYCLE_PARTS)[number];
/** Read when shown, so each is in the language chosen then. */
export const CYCLE_LABELS: Readonly<Record<CyclePart, string>> = {
  get commissioning() {
    return t({ message: 'Commissioning', comment: 'A part of the cycle of a service: deciding what is needed and paying for it' });
  },
  get design() {
    return t({ message: 'Design', comment: 'A part of the cycle of a service: working out what it should be like' });
  },
  get delivery() {
    return t({ message: 'Delivery', comment: 'A part of the cycle of a service: running it' });
  },
  get evaluation() {
    return t({ message: 'Evaluation', comment: 'A part of the cycle of a service: judging whether it worked' });
  },
};

/** The project's current stage. One record with the id "current". */
export const projectStageSchema = z.object({
  ...baseFields,
  stage: z.enum(STAGES, { error: () => t`Choose planning, doing, or reflecting and learning.` }),
  since: isoDate('Date the stage began'),
});
export type ProjectStage = z.infer<typeof projectStageSchema>;
export const CURRENT_STAGE_ID = 'current';

export const projectStageType = defineRecordType({
  collection: 'projectStage',
  noun: msg({ message: 'stage', comment: 'A kind of record, inside messages such as “That member is no longer here”' }),
  schema: projectStageSchema,
  version: 1,
});

/**
 * Whether one part of the cycle is co-produced. The record id is the part, so ticking
 * "design" on one device and "delivery" on another both stay ticked.
 */
export const cyclePartSchema = z.object({
  ...baseFields,
  part: z.enum(CYCLE_PARTS, { error: () => t`That is not a part of the cycle.` }),
  coProduced: z.boolean(),
  how: shortText('How it is shared', 300).optional(),
});
export type CyclePartRecord = z.infer<typeof cyclePartSchema>;

export const cyclePartType = defineRecordType({
  collection: 'cycleParts',
  noun: msg({ message: 'part of the cycle', comment: 'A kind of record, inside messages such as “That member is no longer here”' }),
  schema: cyclePartSchema,
  version: 1,
});
