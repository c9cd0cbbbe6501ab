import { FeedbackCard } from './feedback/FeedbackCard';
import { MeetingsDashboardCard } from './meetings/DashboardCard';
import { PlanCard } from './plan/PlanCard';
import { ReviewCard } from './review/ReviewCard';
import { lazyModule } from '../state/use-lazy';
import type { Section } from './section';
import { SYNC_SUMMARY, SyncCard } from './sync/SyncCard';
import { TeamCard } from './team/TeamCard';

/** The jobs of the app, in the order a group meets them. */
export const sections: readonly Section[] = [
  {
    id: 'plan',
    title: 'Plan',
    summary: 'Decide whether to co-produce, agree what it means to you, and plan aims, outcomes and meetings together.',
    screen: lazyModule(() => import('./plan/section').then((m) => m.Screen)),
    DashboardCard: PlanCard,
  },
  {
    id: 'team',
    title: 'Team',
    summary: 'The people in the group, what each person needs to take part, their consent, and how their time is valued.',
    screen: lazyModule(() => import('./team/section').then((m) => m.Screen)),
    DashboardCard: TeamCard,
  },
  {
    id: 'meetings',
    title: 'Meetings',
    summary: 'Venues, agendas and papers before the day; the register, notes, decisions and actions on the day.',
    screen: lazyModule(() => import('./meetings/section').then((m) => m.Screen)),
    DashboardCard: MeetingsDashboardCard,
  },
  {
    id: 'feedback',
    title: 'Feedback',
    summary: 'Anonymous questionnaires, answered on a tablet passed round the room or on paper, and their results.',
    screen: lazyModule(() => import('./feedback/section').then((m) => m.Screen)),
    DashboardCard: FeedbackCard,
    chromeless: (rest) => rest[0] === 'kiosk',
  },
  {
    id: 'review',
    title: 'Review and share',
    summary: 'Look back on what you achieved, record what you learnt, and share a project pack.',
    screen: lazyModule(() => import('./review/section').then((m) => m.Screen)),
    DashboardCard: ReviewCard,
    chromeless: (rest) => rest[0] === 'report',
  },
  {
    id: 'share',
    title: 'Work together',
    summary: SYNC_SUMMARY,
    screen: lazyModule(() => import('./sync/section').then((m) => m.Screen)),
    DashboardCard: SyncCard,
  },
];

export function findSection(id: string | undefined): Section | undefined {
  return sections.find((s) => s.id === id);
}
