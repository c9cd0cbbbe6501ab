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
