import type { Section } from '../section';
import { MeetingsDashboardCard } from './DashboardCard';
import { MeetingsScreen } from './MeetingsScreen';

export const meetingsSection: Section = {
  id: 'meetings',
  title: 'Meetings',
  summary: 'Venues, agendas and papers before the day; the register, notes, decisions and actions on the day.',
  Screen: MeetingsScreen,
  DashboardCard: MeetingsDashboardCard,
};
