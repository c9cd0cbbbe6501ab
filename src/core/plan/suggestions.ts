export const DEFINITION_CREDIT =
  'Suggestions drawn from the SCIE guide “Co-production in social care” and the Time to Shine co-production toolkit. Use one as a start, or write your own.';

/** Starting points for the group's own definition. Each is meant to be changed. */
export const DEFINITION_SUGGESTIONS: readonly { key: string; text: string }[] = [
  {
    key: 'equals',
    text: 'Co-production means people who use services, carers, local people and staff working together as equals, from the first idea to checking whether it worked.',
  },
  {
    key: 'with-not-for',
    text: 'We do things with people, not to them or for them. Everyone brings something, everyone has a say, and decisions are shared.',
  },
  {
    key: 'share-power',
    text: 'Co-production is sharing power: the people affected by a service help decide what it should be, how it runs and how we judge it.',
  },
];

export const VALUES_CREDIT =
  'Starting values from the SCIE guide (equality, diversity, accessibility, reciprocity) and the Time to Shine toolkit. Keep, change or drop any of them.';

/** Values the guides name, in our own words. */
export const VALUE_SUGGESTIONS: readonly { key: string; name: string; meaning: string }[] = [
  { key: 'equality', name: 'Equality', meaning: 'No one’s voice counts more than anyone else’s. Everyone brings something.' },
  { key: 'diversity', name: 'Diversity and inclusion', meaning: 'We go out of our way to include people who are often left out.' },
  { key: 'accessibility', name: 'Accessibility', meaning: 'Everyone can take part fully, in the way that suits them: the room, the papers, the words we use.' },
  { key: 'reciprocity', name: 'Give and take', meaning: 'Everyone gets something back for what they put in.' },
  { key: 'empowerment', name: 'Doing with, not for', meaning: 'We do things together rather than for people or to them.' },
  { key: 'test-and-learn', name: 'Try, learn, try again', meaning: 'We are willing to try new things, get some wrong, and learn from it.' },
];
