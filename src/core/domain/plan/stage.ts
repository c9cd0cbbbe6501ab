import { z } from 'zod';
import { baseFields } from '../base';
import { isoDate, shortText } from '../fields';
import { defineRecordType } from '../record-type';

/** The three stages every co-produced project goes through (West Berkshire "How to do co-production"). */
export const STAGES = ['planning', 'doing', 'reflecting'] as const;
export type Stage = (typeof STAGES)[number];
export const STAGE_LABELS: Record<Stage, string> = {
  planning: 'Planning',
  doing: 'Doing',
  reflecting: 'Reflecting and learning',
};

/** The parts of the co-production cycle (Time to Shine toolkit). */
export const CYCLE_PARTS = ['commissioning', 'design', 'delivery', 'evaluation'] as const;
export type CyclePart = (typeof CYCLE_PARTS)[number];
export const CYCLE_LABELS: Record<CyclePart, string> = {
  commissioning: 'Commissioning',
  design: 'Design',
  delivery: 'Delivery',
  evaluation: 'Evaluation',
};

/** The project's current stage. One record with the id "current". */
export const projectStageSchema = z.object({
  ...baseFields,
  stage: z.enum(STAGES, { error: 'Choose planning, doing, or reflecting and learning.' }),
  since: isoDate('Date the stage began'),
});
export type ProjectStage = z.infer<typeof projectStageSchema>;
export const CURRENT_STAGE_ID = 'current';

export const projectStageType = defineRecordType({
  collection: 'projectStage',
  noun: 'stage',
  schema: projectStageSchema,
  version: 1,
});

/**
 * Whether one part of the cycle is co-produced. The record id is the part, so ticking
 * "design" on one device and "delivery" on another both stay ticked.
 */
export const cyclePartSchema = z.object({
  ...baseFields,
  part: z.enum(CYCLE_PARTS, { error: 'That is not a part of the cycle.' }),
  coProduced: z.boolean(),
  how: shortText('How it is shared', 300).optional(),
});
export type CyclePartRecord = z.infer<typeof cyclePartSchema>;

export const cyclePartType = defineRecordType({
  collection: 'cycleParts',
  noun: 'part of the cycle',
  schema: cyclePartSchema,
  version: 1,
});
