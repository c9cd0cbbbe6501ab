import { comingSoon } from '../ComingSoon';

export const planSection = comingSoon({
  id: 'plan',
  title: 'Plan',
  summary: 'Decide whether to co-produce, agree what it means to you, and plan aims, outcomes and meetings together.',
  details: [
    'A readiness check: is there room to change things, and something in it for everyone?',
    'Your own definition of co-production and your values',
    'Aims, outcomes, objectives and activities, with how you will know',
    'The meeting series, with a calendar file',
    'Terms of reference and ground rules, from draft to agreed',
    'Who should be involved, what you have, and what could go wrong',
  ],
});
