import type { Section } from '../section';
import { PlanCard } from './PlanCard';
import { PlanScreen } from './PlanScreen';

export const planSection: Section = {
  id: 'plan',
  title: 'Plan',
  summary: 'Decide whether to co-produce, agree what it means to you, and plan aims, outcomes and meetings together.',
  Screen: PlanScreen,
  DashboardCard: PlanCard,
};
