import type { MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';

/** Who a pack is for. */
export const AUDIENCES = ['group', 'partners'] as const;
export type Audience = (typeof AUDIENCES)[number];
/** Shown with `i18n._(…)` in the language of the screen or of the pack. */
export const AUDIENCE_LABELS: Record<Audience, MessageDescriptor> = {
  group: msg`For the group`,
  partners: msg`For partners and funders`,
};
/** The same, after “Project pack ·” on the report's cover. */
export const AUDIENCE_ON_COVER: Record<Audience, MessageDescriptor> = {
  group: msg({ message: 'for the group', comment: 'On a report’s cover, after “Project pack ·”' }),
  partners: msg({ message: 'for partners and funders', comment: 'On a report’s cover, after “Project pack ·”' }),
};

/**
 * What a pack holds only when the facilitator ticks a box for it: personal information, each
 * feedback response as a row, and, part by part, the group's own written words (which can
 * point to someone even with names taken out).
 */
export const SENSITIVE_CHOICES = [
  'contactDetails',
  'accessNeeds',
  'payments',
  'responseRows',
  'wordsPurpose',
  'wordsPlan',
  'wordsTerms',
  'wordsGroundRules',
  'wordsDecisions',
  'wordsMeetingRecord',
  'wordsFeedback',
  'wordsOutcomes',
  'wordsLearning',
  'wordsYouSaid',
] as const;
export type SensitiveChoice = (typeof SENSITIVE_CHOICES)[number];

export type ChoiceKind = 'personal' | 'rows' | 'words';

export interface ChoiceWords {
  kind: ChoiceKind;
  /** What it is, as a line on the cover ("Contact details (email and phone)"). */
  label: MessageDescriptor;
  /** The same as the end of a sentence, for “Include …” and “Included because it was ticked: …” ("contact details (email and phone)"). */
  inSentence: MessageDescriptor;
  hint: MessageDescriptor;
}

export const SENSITIVE_LABELS: Record<SensitiveChoice, ChoiceWords> = {
  contactDetails: {
    kind: 'personal',
    label: msg`Contact details (email and phone)`,
    inSentence: msg({ message: 'contact details (email and phone)', comment: 'Ends a sentence such as “Include …”' }),
    hint: msg`Only for people who agreed to be named and to be contacted. For partners and funders, only for people who also agreed to share with partners.`,
  },
  accessNeeds: {
    kind: 'personal',
    label: msg`Access needs and support`,
    inSentence: msg({ message: 'access needs and support', comment: 'Ends a sentence such as “Include …”' }),
    hint: msg`Access needs, preferred formats, language, interpreter, childcare and travel support, for people who agreed to be named. For partners and funders, only for people who also agreed to share with partners.`,
  },
  payments: {
    kind: 'personal',
    label: msg`Payments to named people`,
    inSentence: msg({ message: 'payments to named people', comment: 'Ends a sentence such as “Include …”' }),
    hint: msg`Payments, vouchers and expenses against the names of people who agreed to be named; everyone else’s together. Without this, only totals are shown.`,
  },
  responseRows: {
    kind: 'rows',
    label: msg`Each feedback response as a row of answers`,
    inSentence: msg({ message: 'each feedback response as a row of answers', comment: 'Ends a sentence such as “Include …”' }),
    hint: msg`A spreadsheet for each questionnaire, one row per response, with no day or meeting and in no particular order. Without this, only the counts for each answer.`,
  },
  wordsPurpose: {
    kind: 'words',
    label: msg`The group’s definition of co-production and its values, as written`,
    inSentence: msg({ message: 'the group’s definition of co-production and its values, as written', comment: 'Ends a sentence such as “Include …”' }),
    hint: msg`Without this, the pack says the group agreed them, without the wording.`,
  },
  wordsPlan: {
    kind: 'words',
    label: msg`Notes on the plan’s aims and each activity, as written`,
    inSentence: msg({ message: 'notes on the plan’s aims and each activity, as written', comment: 'Ends a sentence such as “Include …”' }),
    hint: msg`Without this, the plan shows its aims, outcomes and measures, and how many activities are done.`,
  },
  wordsTerms: {
    kind: 'words',
    label: msg`The terms of reference, as written`,
    inSentence: msg({ message: 'the terms of reference, as written', comment: 'Ends a sentence such as “Include …”' }),
    hint: msg`Without this, only the headings of each section and when it was agreed.`,
  },
  wordsGroundRules: {
    kind: 'words',
    label: msg`The ground rules, as written`,
    inSentence: msg({ message: 'the ground rules, as written', comment: 'Ends a sentence such as “Include …”' }),
    hint: msg`Without this, only the headings of each section and when they were agreed.`,
  },
  wordsDecisions: {
    kind: 'words',
    label: msg`What was decided at each meeting, as written`,
    inSentence: msg({ message: 'what was decided at each meeting, as written', comment: 'Ends a sentence such as “Include …”' }),
    hint: msg`Without this, the pack counts decisions by how they were made and their step on the ladder.`,
  },
  wordsMeetingRecord: {
    kind: 'words',
    label: msg`Each meeting’s notes, actions and closing round, as written`,
    inSentence: msg({ message: 'each meeting’s notes, actions and closing round, as written', comment: 'Ends a sentence such as “Include …”' }),
    hint: msg`Names of people who did not agree to be named show as “a member”. Without this, the pack counts the decisions and actions at each meeting.`,
  },
  wordsFeedback: {
    kind: 'words',
    label: msg`Written answers to feedback questions`,
    inSentence: msg({ message: 'written answers to feedback questions', comment: 'Ends a sentence such as “Include …”' }),
    hint: msg`Only for questions enough people answered. Without this, the pack says how many wrote an answer.`,
  },
  wordsOutcomes: {
    kind: 'words',
    label: msg`Evidence notes, and the reasons given for each outcome`,
    inSentence: msg({ message: 'evidence notes, and the reasons given for each outcome', comment: 'Ends a sentence such as “Include …”' }),
    hint: msg`Without this, the pack shows each outcome’s status and its figures.`,
  },
  wordsLearning: {
    kind: 'words',
    label: msg`Learning reviews and next steps, as written`,
    inSentence: msg({ message: 'learning reviews and next steps, as written', comment: 'Ends a sentence such as “Include …”' }),
    hint: msg`Without this, the pack says when each review was held.`,
  },
  wordsYouSaid: {
    kind: 'words',
    label: msg`“You said, we did”, as written`,
    inSentence: msg({ message: '“You said, we did”, as written', comment: 'Ends a sentence such as “Include …”' }),
    hint: msg`Without this, the pack counts the changes made and where they came from.`,
  },
};

/** Kinds a pack for partners and funders never holds, whatever is ticked. */
export const NEVER_FOR_PARTNERS: readonly SensitiveChoice[] = ['payments', 'responseRows'];

/** Whether one audience can be offered this kind at all. */
export function offeredFor(audience: Audience, choice: SensitiveChoice): boolean {
  return audience === 'group' || !NEVER_FOR_PARTNERS.includes(choice);
}

export interface PackOptions {
  audience: Audience;
  /** Each choice is included only when its box is ticked. */
  include: Record<SensitiveChoice, boolean>;
}

/** True when this pack includes this kind: its box was ticked and its audience may have it. Parts ask this, not `include`. */
export function mayInclude(options: PackOptions, choice: SensitiveChoice): boolean {
  return options.include[choice] && offeredFor(options.audience, choice);
}

/**
 * Nothing personal, and no response rows, whoever the pack is for. The group's own pack has
 * the group's words; a pack for partners and funders has none until they are ticked.
 */
export function defaultPackOptions(audience: Audience): PackOptions {
  const include = Object.fromEntries(SENSITIVE_CHOICES.map((c) => [c, audience === 'group' && SENSITIVE_LABELS[c].kind === 'words'])) as Record<
    SensitiveChoice,
    boolean
  >;
  return { audience, include };
}

/** Reads pack options from a query string such as "audience=partners&include=accessNeeds". Only what is listed is ticked. */
export function packOptionsFromQuery(query: string): PackOptions {
  const params = new URLSearchParams(query);
  const audience = params.get('audience') === 'partners' ? 'partners' : 'group';
  const options = defaultPackOptions(audience);
  if (params.has('include') || params.has('none')) for (const choice of SENSITIVE_CHOICES) options.include[choice] = false;
  for (const choice of params.getAll('include')) {
    if ((SENSITIVE_CHOICES as readonly string[]).includes(choice) && offeredFor(audience, choice as SensitiveChoice))
      options.include[choice as SensitiveChoice] = true;
  }
  return options;
}

/** The options as a query string; "none" marks a pack with nothing ticked, so the group's words stay out too. */
export function packOptionsQuery(options: PackOptions): string {
  const params = new URLSearchParams({ audience: options.audience });
  for (const choice of SENSITIVE_CHOICES) if (mayInclude(options, choice)) params.append('include', choice);
  if (!params.has('include')) params.append('none', '');
  return params.toString();
}
