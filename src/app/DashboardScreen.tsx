import type { ProjectSession } from '../core/projects/project-session';
import { sections } from '../features/sections';
import { href } from '../state/router';
import { db } from '../state/app-db';
import { useLiveQuery } from '../state/use-live-query';
import { Page } from '../ui/Page';
import { ProjectStatus } from './ProjectStatus';

/** A project's home: one card per job, each saying what lives there and how it is going. */
export function DashboardScreen({ session }: { session: ProjectSession }) {
  const project = useLiveQuery(() => db.projects.get(session.projectId), [session.projectId]);
  const name = project?.name ?? 'Project';
  return (
    <Page title={name} back={{ href: href(), label: 'All projects' }} status={<ProjectStatus session={session} />}>
      {project?.purpose && <p class="lead">{project.purpose}</p>}
      {project?.archived && <p class="notice">This project is archived. You can still open and change it, or unarchive it from the projects list.</p>}
      <ul class="section-grid">
        {sections.map((section) => (
          <li key={section.id} class="card section-card">
            <h2>
              <a href={href('p', session.projectId, section.id)}>{section.title}</a>
            </h2>
            {section.DashboardCard ? <section.DashboardCard session={session} rest={[]} /> : <p>{section.summary}</p>}
          </li>
        ))}
      </ul>
    </Page>
  );
}
