import { t } from '@lingui/core/macro';
import type { FigureSource, MeasureKind } from '../domain/plan/measure';

export interface StarterMeasure {
  kind: MeasureKind;
  readonly text: string;
  /** The figure the app counts for it, when it has one. */
  source?: FigureSource;
}

export interface StarterOutcome {
  key: string;
  /** A short name for the list of starters. */
  readonly label: string;
  readonly title: string;
  measures: readonly StarterMeasure[];
  /** West Berkshire's four co-production objectives, each under the outcome it serves most. */
  readonly objectives: readonly string[];
}

// Each starter's words are made when read, in the language chosen then: a group adopting a
// starter stores it in its own language, and then rewords it as it likes.

function measure(kind: MeasureKind, text: () => string, source?: FigureSource): StarterMeasure {
  return {
    kind,
    ...(source ? { source } : {}),
    get text() {
      return text();
    },
  };
}

function starter(key: string, label: () => string, title: () => string, measures: StarterMeasure[], objectives: () => string[] = () => []): StarterOutcome {
  return {
    key,
    measures,
    get objectives() {
      return objectives();
    },
    get label() {
      return label();
    },
    get title() {
      return title();
    },
  };
}

/**
 * A starting aim, adapted from West Berkshire's: the group rewrites it to name what it will
 * design or deliver.
 */
export const STARTER_AIM = {
  get title() {
    return t`People who use services and the organisation work together as equal partners to design and deliver better services.`;
  },
  get credit() {
    return t`Adapted from the aim, outcomes and four co-production objectives in West Berkshire’s “How to do co-production”. Make it name what your group will design or deliver.`;
  },
};

/** Outcomes that fit any co-produced project (West Berkshire's five, reworded), with suggested ways to know they are happening and its four objectives. */
export const STARTER_OUTCOMES: readonly StarterOutcome[] = [
  starter(
    'influence',
    () => t`Influence over decisions`,
    () => t`Members have a real say over the decisions and services that affect their lives.`,
    [
      measure('question', () => t`I have been able to shape the work of this group.`),
      measure('question', () => t`My views and ideas were listened to and taken seriously.`),
      measure('observation', () => t`Looking back at the meeting notes: did everyone get a say in each decision, and were their points acted on?`),
    ],
  ),
  starter(
    'engagement',
    () => t({ message: 'Engagement', comment: 'A starter outcome: more people taking part' }),
    () => t`More local people take part in decisions about their services.`,
    [
      measure('count', () => t`How many people took part, in what ways, and for how long.`, 'taking-part'),
      measure('count', () => t`People who were interested but could not take part.`, 'could-not-take-part'),
      measure('question', () => t`I would like to be part of more work like this.`),
    ],
    () => [t`Set up a co-production group or steering group.`, t`Agree the support and expenses members will get.`],
  ),
  starter(
    'skills',
    () => t`Skills and knowledge`,
    () => t`Members have the skills and knowledge they need to work well together.`,
    [
      measure('count', () => t`Members who have had some training in co-production, formal or informal.`, 'training'),
      measure('question', () => t`I understand how co-production works in this group.`),
    ],
    () => [t`Make sure every member understands what co-production is and how it works.`],
  ),
  starter(
    'confidence',
    () => t`Confidence to work as equals`,
    () => t`Members feel confident working together as equal partners.`,
    [
      measure('question', () => t`I feel confident working as an equal partner with the others in this group.`),
      measure('observation', () => t`Who speaks in meetings, and whether that changes over time.`),
    ],
    () => [t`Agree the principles the group will work by.`],
  ),
  starter(
    'better-services',
    () => t`Better services`,
    () => t`The service is better because the people it affects helped design and deliver it.`,
    [
      measure('observation', () => t`Changes made to the service that came from the group.`),
      measure('count', () => t`Compliments and complaints about the service, before and after the changes.`),
      measure('question', () => t`Taking part in this group was a good use of my time.`),
    ],
  ),
];

export function starterOutcome(key: string): StarterOutcome | undefined {
  return STARTER_OUTCOMES.find((s) => s.key === key);
}

/**
 * The figure for a measure: the one it was linked to, or, for a measure adopted from a starter
 * before measures carried a link and still in the starter's words, that starter's figure.
 */
export function figureSourceOf(measure: { text: string; source?: FigureSource | undefined }): FigureSource | undefined {
  if (measure.source) return measure.source;
  const text = measure.text.trim();
  for (const outcome of STARTER_OUTCOMES) for (const m of outcome.measures) if (m.source && m.text === text) return m.source;
  return undefined;
}
