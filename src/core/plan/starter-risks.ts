import { t } from '@lingui/core/macro';
import type { Level } from '../domain/plan/risk';

export interface StarterRisk {
  key: string;
  readonly what: string;
  likelihood: Level;
  impact: Level;
  readonly response: string;
  readonly warningSign: string;
}

/** A starter risk whose words are made when read: a group adopting it stores it in its own language. */
function risk(key: string, likelihood: Level, impact: Level, words: () => { what: string; response: string; warningSign: string }): StarterRisk {
  return {
    key,
    likelihood,
    impact,
    get what() {
      return words().what;
    },
    get response() {
      return words().response;
    },
    get warningSign() {
      return words().warningSign;
    },
  };
}

export const STARTER_RISKS: readonly StarterRisk[] = [
  risk('drift-away', 'medium', 'high', () => ({
    what: t`Members drift away because they do not feel they are changing anything.`,
    response: t`Show at each meeting what has changed because of the group (“you said, we did”).`,
    warningSign: t`Attendance drops, or the same few people do all the talking.`,
  })),
  risk('health-caring', 'high', 'medium', () => ({
    what: t`Health or caring responsibilities make it hard for some members to keep coming.`,
    response: t`Offer other ways to take part, send papers and notes to people who miss a meeting, and keep the door open.`,
    warningSign: t`Apologies from the same person several times in a row.`,
  })),
  risk('power-imbalance', 'medium', 'high', () => ({
    what: t`Staff or confident members hold more sway than others, and decisions follow them.`,
    response: t`Use rounds so everyone speaks, check decisions against everyone’s views, and talk openly about power.`,
    warningSign: t`Decisions seem made before the meeting, or people stop disagreeing.`,
  })),
  risk('staff-leave', 'medium', 'medium', () => ({
    what: t`A staff member who knows the project leaves and takes their knowledge with them.`,
    response: t`Share roles, keep notes and the plan up to date in one place, and hand over in person.`,
    warningSign: t`Only one person knows how something works.`,
  })),
  risk('not-enough-time', 'medium', 'high', () => ({
    what: t`The organisation cannot give enough staff time or money to support the group.`,
    response: t`Agree the time and budget with managers at the start, and review them at each stage.`,
    warningSign: t`Papers go out late, expenses are paid late, or meetings get cancelled.`,
  })),
  risk('jargon', 'medium', 'medium', () => ({
    what: t`Some people feel left out by formal meetings, jargon or hard-to-read papers.`,
    response: t`Use plain words and easy read papers, explain how meetings work, and offer a call before the first meeting.`,
    warningSign: t`New members stay quiet or do not come back after their first meeting.`,
  })),
  risk('parameters', 'medium', 'medium', () => ({
    what: t`Members get frustrated by limits they do not agree with or do not understand, such as a funder’s rules.`,
    response: t`Be clear from the start about what can and cannot change, and why.`,
    warningSign: t`The same question about “why can’t we…” keeps coming back.`,
  })),
  risk('not-genuine', 'medium', 'high', () => ({
    what: t`The organisation’s good name suffers if the co-production is not real, or if a few people end up holding the power.`,
    response: t`Only ask the group about things it can truly change, share decisions for real, and report back honestly on what happened.`,
    warningSign: t`Members call the group a tick-box exercise, or say decisions were settled before they were asked.`,
  })),
  risk('staff-support', 'medium', 'medium', () => ({
    what: t`Staff learning to work in this new, more equal way find it hard and need emotional support.`,
    response: t`Give staff time to reflect together, regular supervision, and someone they can talk to.`,
    warningSign: t`Staff seem stressed, miss meetings, or slip back into deciding for the group.`,
  })),
  risk('test-and-learn', 'high', 'medium', () => ({
    what: t`Some new ideas will not work first time, and the organisation is not ready for that.`,
    response: t`Agree with managers at the start that some tries will fail, and treat each one as something to learn from.`,
    warningSign: t`An idea is dropped after one setback, or nobody wants to suggest anything new.`,
  })),
  risk('lone-working', 'low', 'high', () => ({
    what: t`Members or staff meet people on their own (home visits, interviews, travel), with no one knowing where they are.`,
    response: t`Agree a simple lone working plan that keeps people safe without shutting anyone out of taking part.`,
    warningSign: t`Someone goes to a visit or interview and nobody else knows when they are due back.`,
  })),
  risk('research-ethics', 'low', 'high', () => ({
    what: t`The group gathers people’s views or stories for research without thinking through consent, privacy and how the findings will be used.`,
    response: t`Before any interviews or surveys, agree together how people will give consent, how their answers are kept and who will see them.`,
    warningSign: t`Questions are sent out before anyone has said how the answers will be stored or shared.`,
  })),
  risk('safeguarding', 'low', 'high', () => ({
    what: t`Someone in the group, or someone the group meets, is at risk of harm, and nobody is sure what to do.`,
    response: t`Name who leads on safeguarding, explain to everyone how to raise a worry, and follow the organisation’s policy.`,
    warningSign: t`A worry is mentioned in passing and nobody follows it up.`,
  })),
];
