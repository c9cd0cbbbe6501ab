import type { MeasureKind } from '../domain/plan/measure';

export const STARTER_OUTCOMES_CREDIT =
  'Starter outcomes and measures based on the West Berkshire “How to do co-production” resource. Change them to fit your project.';

export interface StarterOutcome {
  key: string;
  /** A short name for the list of starters. */
  label: string;
  title: string;
  measures: { kind: MeasureKind; text: string }[];
}

/** Outcomes that fit any co-produced project, with suggested ways to know they are happening. */
export const STARTER_OUTCOMES: readonly StarterOutcome[] = [
  {
    key: 'influence',
    label: 'Influence over decisions',
    title: 'Members have a real say over the decisions and services that affect their lives.',
    measures: [
      { kind: 'question', text: 'I have been able to shape the work of this group.' },
      { kind: 'question', text: 'My views and ideas were listened to and taken seriously.' },
      { kind: 'observation', text: 'Looking back at the meeting notes: did everyone get a say in each decision, and were their points acted on?' },
    ],
  },
  {
    key: 'engagement',
    label: 'Engagement',
    title: 'More local people take part in decisions about their services.',
    measures: [
      { kind: 'count', text: 'How many people took part, in what ways, and for how long.' },
      { kind: 'count', text: 'People who were interested but could not take part.' },
      { kind: 'question', text: 'I would like to be part of more work like this.' },
    ],
  },
  {
    key: 'skills',
    label: 'Skills and knowledge',
    title: 'Members have the skills and knowledge they need to work well together.',
    measures: [
      { kind: 'count', text: 'Members who have had some training in co-production, formal or informal.' },
      { kind: 'question', text: 'I understand how co-production works in this group.' },
    ],
  },
  {
    key: 'confidence',
    label: 'Confidence to work as equals',
    title: 'Members feel confident working together as equal partners.',
    measures: [
      { kind: 'question', text: 'I feel confident working as an equal partner with the others in this group.' },
      { kind: 'observation', text: 'Who speaks in meetings, and whether that changes over time.' },
    ],
  },
  {
    key: 'better-services',
    label: 'Better services',
    title: 'The service is better because the people it affects helped design and deliver it.',
    measures: [
      { kind: 'observation', text: 'Changes made to the service that came from the group.' },
      { kind: 'count', text: 'Compliments and complaints about the service, before and after the changes.' },
      { kind: 'question', text: 'Taking part in this group was a good use of my time.' },
    ],
  },
];

export function starterOutcome(key: string): StarterOutcome | undefined {
  return STARTER_OUTCOMES.find((s) => s.key === key);
}
