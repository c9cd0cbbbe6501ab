import { t } from '@lingui/core/macro';

// Words made when read, in the language chosen then: a group starting from a suggestion keeps
// it in its own language, and rewrites it as it likes.

export interface DefinitionSuggestion {
  key: string;
  readonly text: string;
}

function definition(key: string, text: () => string): DefinitionSuggestion {
  return {
    key,
    get text() {
      return text();
    },
  };
}

/** Starting points for the group's own definition. Each is meant to be changed. */
export const DEFINITION_SUGGESTIONS: readonly DefinitionSuggestion[] = [
  definition(
    'equals',
    () =>
      t`Co-production means people who use services, carers, local people and staff working together as equals, from the first idea to checking whether it worked.`,
  ),
  definition(
    'with-not-for',
    () => t`We do things with people, not to them or for them. Everyone brings something, everyone has a say, and decisions are shared.`,
  ),
  definition(
    'share-power',
    () => t`Co-production is sharing power: the people affected by a service help decide what it should be, how it runs and how we judge it.`,
  ),
];

export interface ValueSuggestion {
  key: string;
  readonly name: string;
  readonly meaning: string;
}

function value(key: string, words: () => { name: string; meaning: string }): ValueSuggestion {
  return {
    key,
    get name() {
      return words().name;
    },
    get meaning() {
      return words().meaning;
    },
  };
}

/** Values the guides name, in our own words. */
export const VALUE_SUGGESTIONS: readonly ValueSuggestion[] = [
  value('equality', () => ({ name: t`Equality`, meaning: t`No one’s voice counts more than anyone else’s. Everyone brings something.` })),
  value('diversity', () => ({ name: t`Diversity and inclusion`, meaning: t`We go out of our way to include people who are often left out.` })),
  value('accessibility', () => ({
    name: t({ message: 'Accessibility', comment: 'One of a group’s values: everyone can take part fully' }),
    meaning: t`Everyone can take part fully, in the way that suits them: the room, the papers, the words we use.`,
  })),
  value('reciprocity', () => ({ name: t`Give and take`, meaning: t`Everyone gets something back for what they put in.` })),
  value('empowerment', () => ({ name: t`Doing with, not for`, meaning: t`We do things together rather than for people or to them.` })),
  value('test-and-learn', () => ({ name: t`Try, learn, try again`, meaning: t`We are willing to try new things, get some wrong, and learn from it.` })),
];

export interface PrincipleSet {
  key: string;
  /** Where the set comes from, to credit it beside its values. */
  readonly source: string;
  values: readonly ValueSuggestion[];
}

function principleSet(key: string, source: () => string, values: ValueSuggestion[]): PrincipleSet {
  return {
    key,
    values,
    get source() {
      return source();
    },
  };
}

/** Whole sets of principles the guides give, offered as values the group can take up one by one (our words). */
export const PRINCIPLE_SETS: readonly PrincipleSet[] = [
  principleSet('west-berkshire', () => t`West Berkshire’s three co-production principles`, [
    value('wb-equality', () => ({ name: t`Equality`, meaning: t`Everyone in the group has an equal say and is treated as an equal partner.` })),
    value('wb-difference', () => ({ name: t`Making a difference`, meaning: t`What we do together changes things that matter to the people affected.` })),
    value('wb-inclusive', () => ({ name: t`Inclusiveness`, meaning: t`Anyone affected can take part, and we remove what stops them.` })),
  ]),
  principleSet('trauma-informed', () => t`The trauma-informed principles in the West Yorkshire co-production briefing`, [
    value('ti-trust', () => ({ name: t`Trust and openness`, meaning: t`We are open about what we can and cannot change, and we keep our word.` })),
    value('ti-safety', () => ({ name: t`Safety`, meaning: t`People feel physically and emotionally safe to take part and to speak.` })),
    value('ti-mutuality', () => ({ name: t`Working together`, meaning: t`We do the work side by side and learn from each other.` })),
    value('ti-voice', () => ({ name: t`Voice and choice`, meaning: t`People choose how they take part, and their voice shapes what happens.` })),
    value('ti-understanding', () => ({
      name: t`Understanding people’s backgrounds`,
      meaning: t`We respect each person’s culture, history and gender, and how they shape their experience.`,
    })),
  ]),
  principleSet('nesta', () => t`Nesta’s six principles, as given in the Iriss co-production project planner`, [
    value('nesta-assets', () => ({ name: t`People as assets`, meaning: t`People who use services are equal partners with much to offer, not burdens.` })),
    value('nesta-capacity', () => ({ name: t`Building on what people can do`, meaning: t`We recognise people’s abilities and help them grow and use them.` })),
    value('nesta-mutuality', () => ({ name: t`Give and take`, meaning: t`Everyone has something to give and something to gain, with shared responsibilities.` })),
    value('nesta-networks', () => ({ name: t`Networks`, meaning: t`Friends, peers and community groups share knowledge alongside professionals.` })),
    value('nesta-roles', () => ({ name: t`Blurring roles`, meaning: t`The line between those who provide a service and those who use it is softened.` })),
    value('nesta-catalysts', () => ({ name: t`Making things happen`, meaning: t`Services help things happen rather than doing everything themselves.` })),
  ]),
];
