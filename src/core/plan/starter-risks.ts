import type { Level } from '../domain/plan/risk';

export const RISKS_CREDIT = 'Starter risks and warning signs based on the risks and challenges in the Time to Shine co-production toolkit. Change them to fit your group.';

export interface StarterRisk {
  key: string;
  what: string;
  likelihood: Level;
  impact: Level;
  response: string;
  warningSign: string;
}

export const STARTER_RISKS: readonly StarterRisk[] = [
  {
    key: 'drift-away',
    what: 'Members drift away because they do not feel they are changing anything.',
    likelihood: 'medium',
    impact: 'high',
    response: 'Show at each meeting what has changed because of the group (“you said, we did”).',
    warningSign: 'Attendance drops, or the same few people do all the talking.',
  },
  {
    key: 'health-caring',
    what: 'Health or caring responsibilities make it hard for some members to keep coming.',
    likelihood: 'high',
    impact: 'medium',
    response: 'Offer other ways to take part, send papers and notes to people who miss a meeting, and keep the door open.',
    warningSign: 'Apologies from the same person several times in a row.',
  },
  {
    key: 'power-imbalance',
    what: 'Staff or confident members hold more sway than others, and decisions follow them.',
    likelihood: 'medium',
    impact: 'high',
    response: 'Use rounds so everyone speaks, check decisions against everyone’s views, and talk openly about power.',
    warningSign: 'Decisions seem made before the meeting, or people stop disagreeing.',
  },
  {
    key: 'staff-leave',
    what: 'A staff member who knows the project leaves and takes their knowledge with them.',
    likelihood: 'medium',
    impact: 'medium',
    response: 'Share roles, keep notes and the plan up to date in one place, and hand over in person.',
    warningSign: 'Only one person knows how something works.',
  },
  {
    key: 'not-enough-time',
    what: 'The organisation cannot give enough staff time or money to support the group.',
    likelihood: 'medium',
    impact: 'high',
    response: 'Agree the time and budget with managers at the start, and review them at each stage.',
    warningSign: 'Papers go out late, expenses are paid late, or meetings get cancelled.',
  },
  {
    key: 'jargon',
    what: 'Some people feel left out by formal meetings, jargon or hard-to-read papers.',
    likelihood: 'medium',
    impact: 'medium',
    response: 'Use plain words and easy read papers, explain how meetings work, and offer a call before the first meeting.',
    warningSign: 'New members stay quiet or do not come back after their first meeting.',
  },
  {
    key: 'parameters',
    what: 'Members get frustrated by limits they do not agree with or do not understand, such as a funder’s rules.',
    likelihood: 'medium',
    impact: 'medium',
    response: 'Be clear from the start about what can and cannot change, and why.',
    warningSign: 'The same question about “why can’t we…” keeps coming back.',
  },
];
