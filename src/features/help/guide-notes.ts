import { msg } from '@lingui/core/macro';
import type { MessageDescriptor } from '@lingui/core';
import type { GuideId } from './guides';

export interface GuidePoint {
  text: MessageDescriptor;
  /** Where the advice comes from: the point is our own summary of it. */
  from: readonly GuideId[];
}

/** A few points of advice for each section, in our own words, with the guides they draw on. */
export const GUIDE_NOTES: Readonly<Record<string, readonly GuidePoint[]>> = {
  plan: [
    {
      text: msg`Before you start, check that co-production fits: is there time, money and a real willingness to share decisions? If the big choices are already made, say so honestly.`,
      from: ['iriss', 'scie'],
    },
    {
      text: msg`Bring people in as early as you can. The earlier they join, the more they can shape the questions, not only the answers.`,
      from: ['westBerkshire', 'scie'],
    },
    {
      text: msg`Agree together what co-production means for your group, and write it down as terms of reference and ground rules.`,
      from: ['iriss', 'timeToShine'],
    },
    {
      text: msg`Set a few clear aims, and outcomes you can check, so the group can see later whether it made a difference. Plan the meeting dates early so people can arrange their lives around them.`,
      from: ['westBerkshire'],
    },
  ],
  team: [
    {
      text: msg`Value people's time: pay or reward them fairly, and cover expenses, ideally before they are out of pocket.`,
      from: ['scie', 'timeToShine'],
    },
    {
      text: msg`Ask each person what helps them take part, and keep asking as things change.`,
      from: ['iriss', 'scie'],
    },
    {
      text: msg`Look at who is missing, and go to the places where those people already are. Avoid labels such as “hard to reach”: often it is services that are hard to reach.`,
      from: ['leeds', 'timeToShine'],
    },
    {
      text: msg`Relationships come first. Trust takes time, and people stay when they feel welcome and listened to.`,
      from: ['leeds'],
    },
  ],
  meetings: [
    {
      text: msg`Choose places and times that suit the members, and send papers in good time, in the format each person asked for.`,
      from: ['iriss', 'scie'],
    },
    {
      text: msg`Use plain words, explain any term that has to be used, and share the running of the meeting.`,
      from: ['iriss', 'leeds', 'scie'],
    },
    {
      text: msg`Record what was decided and how, and who will do what by when. Tell everyone afterwards, including those who could not come.`,
      from: ['westBerkshire', 'timeToShine'],
    },
  ],
  feedback: [
    {
      text: msg`Ask how it is going often, not only at the end, and in ways that suit everyone: on paper, on a tablet, or aloud.`,
      from: ['timeToShine', 'westBerkshire'],
    },
    {
      text: msg`Keep answers anonymous in small groups, and tell people what changed because of what they said.`,
      from: ['scie', 'timeToShine'],
    },
  ],
  review: [
    {
      text: msg`Make time to reflect together on what worked, what did not, and what the group learnt, including from mistakes.`,
      from: ['westBerkshire', 'timeToShine'],
    },
    {
      text: msg`Plan the ending from the start: celebrate what was done, say what happens next, and help people find what they could go on to.`,
      from: ['timeToShine'],
    },
    {
      text: msg`Share what you found with the people who took part first, in a form they can use.`,
      from: ['scie', 'westBerkshire'],
    },
  ],
};
