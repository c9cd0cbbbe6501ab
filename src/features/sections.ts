import { msg } from '@lingui/core/macro';
import { FeedbackCard } from './feedback/FeedbackCard';
import { MeetingsDashboardCard } from './meetings/DashboardCard';
import { PlanCard } from './plan/PlanCard';
import { ReviewCard } from './review/ReviewCard';
import { lazyModule } from '../state/use-lazy';
import type { Section } from './section';
import { SyncCard } from './sync/SyncCard';
import { TeamCard } from './team/TeamCard';

/** The jobs of the app, in the order a group meets them. Titles and summaries are shown with `i18n._`. */
export const sections: readonly Section[] = [
  {
    id: 'plan',
    title: msg({ message: 'Plan', comment: 'A part of the app, named on the project dashboard and at the top of its screens' }),
    summary: msg`Decide whether to co-produce, agree what it means to you, and plan aims, outcomes and meetings together.`,
    screen: lazyModule(() => import('./plan/section').then((m) => m.Screen)),
    DashboardCard: PlanCard,
  },
  {
    id: 'team',
    title: msg({ message: 'Team', comment: 'A part of the app, named on the project dashboard and at the top of its screens' }),
    summary: msg`The people in the group, what each person needs to take part, their consent, and how their time is valued.`,
    screen: lazyModule(() => import('./team/section').then((m) => m.Screen)),
    DashboardCard: TeamCard,
  },
  {
    id: 'meetings',
    title: msg({ message: 'Meetings', comment: 'A part of the app, named on the project dashboard and at the top of its screens' }),
    summary: msg`Venues, agendas and papers before the day; the register, notes, decisions and actions on the day.`,
    screen: lazyModule(() => import('./meetings/section').then((m) => m.Screen)),
    DashboardCard: MeetingsDashboardCard,
  },
  {
    id: 'feedback',
    title: msg({ message: 'Feedback', comment: 'A part of the app, named on the project dashboard and at the top of its screens' }),
    summary: msg`Anonymous questionnaires, answered on a tablet passed round the room or on paper, and their results.`,
    screen: lazyModule(() => import('./feedback/section').then((m) => m.Screen)),
    DashboardCard: FeedbackCard,
    chromeless: (rest) => rest[0] === 'kiosk',
  },
  {
    id: 'review',
    title: msg({ message: 'Review and share', comment: 'A part of the app, named on the project dashboard and at the top of its screens' }),
    summary: msg`Look back on what you achieved, record what you learnt, and share a project pack.`,
    screen: lazyModule(() => import('./review/section').then((m) => m.Screen)),
    DashboardCard: ReviewCard,
    chromeless: (rest) => rest[0] === 'report',
  },
  {
    id: 'share',
    title: msg({ message: 'Work together', comment: 'A part of the app, named on the project dashboard and at the top of its screens' }),
    summary: msg`Share this project with other facilitators’ devices, so everyone’s changes meet up when there is signal.`,
    screen: lazyModule(() => import('./sync/section').then((m) => m.Screen)),
    DashboardCard: SyncCard,
  },
];

export function findSection(id: string | undefined): Section | undefined {
  return sections.find((s) => s.id === id);
}
