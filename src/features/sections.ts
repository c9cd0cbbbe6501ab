import { feedbackSection } from './feedback/section';
import { meetingsSection } from './meetings/section';
import { planSection } from './plan/section';
import { reviewSection } from './review/section';
import type { Section } from './section';
import { syncSection } from './sync/section';
import { teamSection } from './team/section';

/** The jobs of the app, in the order a group meets them. */
export const sections: readonly Section[] = [planSection, teamSection, meetingsSection, feedbackSection, reviewSection, syncSection];

export function findSection(id: string | undefined): Section | undefined {
  return sections.find((s) => s.id === id);
}
