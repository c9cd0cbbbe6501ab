import type { MessageDescriptor } from '@lingui/core';
import { msg, t } from '@lingui/core/macro';
import { z } from 'zod';
import { baseFields } from '../base';
import { isoDate, longText, requiredText } from '../fields';
import { defineRecordType } from '../record-type';

/** What the review looks back on: one stage of the project, or the whole of it. */
export const REVIEW_SCOPES = ['phase', 'project'] as const;
export type ReviewScope = (typeof REVIEW_SCOPES)[number];
/** Shown with `i18n._(…)` in the language of the screen or of the pack. */
export const REVIEW_SCOPE_LABELS: Record<ReviewScope, MessageDescriptor> = {
  phase: msg`The end of a stage`,
  project: msg`The end of the project`,
};

/**
 * The guided prompts, in the order of the "Endings" section of the Time to Shine co-production
 * toolkit (reworded), which is the order a group talks them through. Each is the group's own
 * words, kept as Y.Text so two facilitators typing notes at once both keep theirs.
 */
export const REVIEW_PROMPTS = [
  {
    field: 'journey',
    question: msg`How has the journey been, for each of us?`,
    hint: msg`Go round everyone: members, carers, staff and partners each see it from their own side. Let each person say it in their own words.`,
  },
  { field: 'skills', question: msg`What skills and confidence have people gained?`, hint: msg`Chairing, speaking up, interviewing, training others…` },
  { field: 'achieved', question: msg`What did we achieve?`, hint: msg`Think about the aims and outcomes you set at the start. Small wins count.` },
  { field: 'worked', question: msg`What worked well?`, hint: msg`Ways of working, meetings, places, people, tools.` },
  { field: 'notWorked', question: msg`What did not work, or was hard?`, hint: msg`Be honest. This is how the group gets better.` },
  { field: 'learnt', question: msg`What have we learnt?`, hint: msg`About the topic, about each other, about working together as equals.` },
  { field: 'next', question: msg`What will we do next, or do differently?`, hint: msg`Notes here; add each thing someone will do as a next step below.` },
  {
    field: 'connections',
    question: msg`What strengths could we link up with next, and how?`,
    hint: msg`Skills, knowledge or experience the group is missing, and the people, groups or organisations who could bring them.`,
  },
] as const;
export type ReviewPromptField = (typeof REVIEW_PROMPTS)[number]['field'];

const answer = (label: string) => longText(label, 10_000).optional();

export const learningReviewSchema = z
  .object({
    ...baseFields,
    title: requiredText('Review title', 160),
    scope: z.enum(REVIEW_SCOPES, { error: () => t`Choose whether this looks back on a stage or the whole project.` }),
    heldOn: isoDate('Review date'),
    /** The stretch of time the review looks back on; its evidence figures use these dates. */
    periodFrom: isoDate('Start of the period').optional(),
    periodTo: isoDate('End of the period').optional(),
    meetingId: z.string().max(64).optional(),
    journey: answer('How the journey has been for each of us'),
    achieved: answer('What we achieved'),
    worked: answer('What worked well'),
    notWorked: answer('What did not work'),
    learnt: answer('What we learnt'),
    skills: answer('Skills gained'),
    next: answer('What we will do next'),
    connections: answer('Strengths to link up with next'),
  })
  .refine((r) => !r.periodFrom || !r.periodTo || r.periodFrom <= r.periodTo, {
    error: () => t`The period must end on or after the day it starts.`,
    path: ['periodTo'],
  });
export type LearningReview = z.infer<typeof learningReviewSchema>;

export const learningReviewType = defineRecordType({
  collection: 'learningReviews',
  noun: msg({ message: 'learning review', comment: 'A kind of record, inside messages such as “That member is no longer here”' }),
  schema: learningReviewSchema,
  version: 1,
  textFields: REVIEW_PROMPTS.map((p) => p.field),
  index: { k1: 'heldOn', k2: 'scope' },
});
