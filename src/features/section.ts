import type { MessageDescriptor } from '@lingui/core';
import type { ComponentType } from 'preact';
import type { ProjectSession } from '../core/projects/project-session';
import type { LazyModule } from '../state/use-lazy';

export interface SectionProps {
  session: ProjectSession;
  /** The rest of the path after the section: "#/p/<id>/team/person/42" → ["person", "42"]. */
  rest: string[];
}

export interface DashboardCardProps {
  projectId: string;
}

/** One job of the app, as it appears on a project's dashboard and in its own screens. */
export interface Section {
  /** URL segment: "#/p/<id>/<id>". */
  id: string;
  title: MessageDescriptor;
  /** One sentence on what lives here, shown on the dashboard card. */
  summary: MessageDescriptor;
  /**
   * The section's screens, loaded when it is first opened, so the dashboard does not wait
   * for every screen of every section.
   */
  screen: LazyModule<ComponentType<SectionProps>>;
  /**
   * A live summary for the dashboard, drawn from the projection alone, so the dashboard shows
   * without loading the project's doc. When absent the card shows `summary`.
   */
  DashboardCard?: ComponentType<DashboardCardProps>;
  /** Screens that take the whole screen with no app header (kiosk mode). */
  chromeless?: (rest: string[]) => boolean;
}
