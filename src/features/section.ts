import type { ComponentType } from 'preact';
import type { ProjectSession } from '../core/projects/project-session';

export interface SectionProps {
  session: ProjectSession;
  /** The rest of the path after the section: "#/p/<id>/team/person/42" → ["person", "42"]. */
  rest: string[];
}

/** One job of the app, as it appears on a project's dashboard and in its own screens. */
export interface Section {
  /** URL segment: "#/p/<id>/<id>". */
  id: string;
  title: string;
  /** One sentence on what lives here, shown on the dashboard card. */
  summary: string;
  Screen: ComponentType<SectionProps>;
  /** A live summary for the dashboard; when absent the card shows `summary`. */
  DashboardCard?: ComponentType<SectionProps>;
  /** Screens that take the whole screen with no app header (kiosk mode). */
  chromeless?: (rest: string[]) => boolean;
}
