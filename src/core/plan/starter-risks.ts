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
];
