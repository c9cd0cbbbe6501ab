import { comingSoon } from '../ComingSoon';

export const meetingsSection = comingSoon({
  id: 'meetings',
  title: 'Meetings',
  summary: 'Venues, agendas and papers before the day; the register, notes, decisions and actions on the day.',
  details: [
    'Venue accessibility checks',
    'Agendas, and papers sent a week ahead in each person’s format',
    'A quick register: present, apologies, absent, walk-ins',
    'Notes, decisions and actions, and a closing round',
    'Attendance and engagement over time',
  ],
});
