import { msg } from '@lingui/core/macro';
import type { MessageDescriptor } from '@lingui/core';

export interface GlossaryEntry {
  id: string;
  term: MessageDescriptor;
  meaning: MessageDescriptor;
}

/** Words the guides use, explained in plain English. The id is the address of the entry. */
export const GLOSSARY: readonly GlossaryEntry[] = [
  {
    id: 'co-production',
    term: msg`Co-production`,
    meaning: msg`People who use services, carers, residents and staff planning and doing a piece of work together, as equals, from the first idea to the end. It is more than being asked for views after the decisions are made.`,
  },
  {
    id: 'co-design',
    term: msg`Co-design`,
    meaning: msg`Designing something together, such as a service or a leaflet. Often one part of co-production, which also covers deciding, doing and checking how it went.`,
  },
  {
    id: 'lived-experience',
    term: msg`Lived experience`,
    meaning: msg`What someone knows from their own life, for example from using a service or caring for someone. In co-production it counts as much as knowledge from training or a job.`,
  },
  {
    id: 'equal-partners',
    term: msg`Equal partners`,
    meaning: msg`Everyone in the group has a real say, and nobody's view counts for more because of their job or title. It means sharing power: over the agenda, the decisions and the money.`,
  },
  {
    id: 'reciprocity',
    term: msg`Reciprocity`,
    meaning: msg`Giving something back to people for what they put in. It can be payment, vouchers, expenses, training, new skills or simply being thanked and told what changed. It works both ways: everyone gives and everyone gets.`,
  },
  {
    id: 'assets',
    term: msg`Assets`,
    meaning: msg`The strengths a person or a community already has: skills, knowledge, time, places, connections. Working from assets means starting with what people can do, not only with what they need.`,
  },
  {
    id: 'ladder-of-participation',
    term: msg`Ladder of participation`,
    meaning: msg`A way to picture how much say people really have, from the bottom rungs (being told, or only being asked for views) up to the top (designing and deciding together). The Plan section uses it to record how each decision was made.`,
  },
  {
    id: 'terms-of-reference',
    term: msg`Terms of reference`,
    meaning: msg`A short document the group agrees about itself: why it meets, who is in it, how decisions are made, how people are paid or thanked, and how long it will run.`,
  },
  {
    id: 'ground-rules',
    term: msg`Ground rules`,
    meaning: msg`How the group agrees to treat each other in meetings, for example listening without interrupting, keeping personal stories private, and no put-downs.`,
  },
  {
    id: 'stakeholder',
    term: msg`Stakeholder`,
    meaning: msg`Anyone with an interest in the project or who is affected by it: people who use the service, carers, staff, managers, funders, local groups. A stakeholder map helps spot who is missing.`,
  },
  {
    id: 'barriers',
    term: msg`Barriers to taking part`,
    meaning: msg`Anything that stops someone joining in: the time or place of meetings, cost, transport, caring duties, language, reading, hearing or sight, or not feeling welcome. The Team section keeps what helps each person.`,
  },
  {
    id: 'inclusion-profile',
    term: msg`Inclusion profile`,
    meaning: msg`What one member needs to take part: how they like to be contacted, the format of papers, access needs, and support such as an interpreter or a call before meetings.`,
  },
  {
    id: 'consent',
    term: msg`Consent`,
    meaning: msg`A person's yes or no to something specific, such as being named in the project pack or having a photo taken. It can be changed at any time, and the app records when.`,
  },
  {
    id: 'you-said-we-did',
    term: msg`You said, we did`,
    meaning: msg`A record that tells people what happened because of what they said: what changed, and if nothing changed, why not.`,
  },
  {
    id: 'anonymity-threshold',
    term: msg`Anonymity threshold`,
    meaning: msg`The smallest number of answers the app will show results for. Below it, results stay hidden, so nobody can work out who gave which answer in a small group.`,
  },
  {
    id: 'learning-review',
    term: msg`Learning review`,
    meaning: msg`A time for the group to look back together: what went well, what did not, what it learnt and what happens next, including how the project ends.`,
  },
  {
    id: 'facilitator',
    term: msg`Facilitator`,
    meaning: msg`The person who helps the group work well together: arranging meetings, making sure everyone can take part and be heard. In Common Ground, the person holding the tablet.`,
  },
];

export function glossaryEntry(id: string): GlossaryEntry | undefined {
  return GLOSSARY.find((entry) => entry.id === id);
}
