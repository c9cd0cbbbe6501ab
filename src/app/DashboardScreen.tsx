import { useEffect } from 'preact/hooks';
import type { ProjectSession } from '../core/projects/project-session';
import { sections } from '../features/sections';
import { db } from '../state/app-db';
import { href } from '../state/router';
import { useLiveQuery } from '../state/use-live-query';
import { Page } from '../ui/Page';
import { ConflictNotice } from '../features/sync/ConflictNotice';
import { ProjectCounts } from './ProjectCounts';
import { ProjectStatus } from './ProjectStatus';

/**
 * A project's home: one card per job, each saying what lives there and how it is going.
 * The frame comes from the projection at once; live summaries appear when the project is open.
 */
export function DashboardScreen({ projectId, session, onShown }: { projectId: string; session: ProjectSession | undefined; onShown?: () => void }) {
  const project = useLiveQuery(() => db.projects.get(projectId), [projectId]);
  const loaded = project !== undefined;
  useEffect(() => {
    if (!loaded || !onShown) return;
    // Two frames: the dashboard is on screen before the project's doc starts loading.
    const frame = requestAnimationFrame(() => requestAnimationFrame(onShown));
    return () => cancelAnimationFrame(frame);
  }, [loaded, onShown]);
  const name = project?.name ?? 'Project';
  return (
    <Page title={name} back={{ href: href(), label: 'All projects' }} status={<ProjectStatus projectId={projectId} session={session} />}>
      {project?.purpose && <p class="lead">{project.purpose}</p>}
      <ProjectCounts projectId={projectId} />
      {session && <ConflictNotice session={session} collection="meta" id="" fieldLabels={{ name: 'Project name', purpose: 'Purpose' }} />}
      {project?.archived && <p class="notice">This project is archived. You can still open and change it, or unarchive it from the projects list.</p>}
      <ul class="section-grid" aria-busy={session ? undefined : true}>
        {sections.map((section) => (
          <li key={section.id} class="card section-card">
            <h2>
              <a href={href('p', projectId, section.id)}>{section.title}</a>
            </h2>
            {section.DashboardCard && session ? <section.DashboardCard session={session} rest={[]} /> : <p>{section.summary}</p>}
          </li>
        ))}
      </ul>
    </Page>
  );
}
