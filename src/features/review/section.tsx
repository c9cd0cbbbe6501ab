import { comingSoon } from '../ComingSoon';

export const reviewSection = comingSoon({
  id: 'review',
  title: 'Review and share',
  summary: 'Look back on what you achieved, record what you learnt, and share a project pack.',
  details: [
    'Evidence for each outcome',
    'Learning reviews at the end of each phase',
    '“You said, we did”',
    'The project pack: a printable report, spreadsheets, calendar and backup',
  ],
});
