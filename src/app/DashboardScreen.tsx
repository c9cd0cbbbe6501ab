import { useEffect } from 'preact/hooks';
import { PROJECTOR_VERSION } from '../core/projection/projector';
import { sections } from '../features/sections';
import { db } from '../state/app-db';
import { projectRow } from '../state/project-rows';
import { getProjectSession, openedSession } from '../state/project-sessions';
import { href } from '../state/router';
import { useLiveQuery } from '../state/use-live-query';
import { Page } from '../ui/Page';
import { ConflictNotice } from '../features/sync/ConflictNotice';
import { ProjectCounts } from './ProjectCounts';
import { ProjectStatus } from './ProjectStatus';

/**
 * The dashboard trusts the projection. When there is none yet, or an older version of the
 * app wrote it, the project is opened once, which rebuilds it.
 */
function useProjectionKeptCurrent(projectId: string) {
  const outdated = useLiveQuery(() => db.projection.get(projectId).then((row) => !row || row.projectorVersion !== PROJECTOR_VERSION), [projectId]);
  useEffect(() => {
    if (outdated) void getProjectSession(projectId).catch(() => undefined);
  }, [outdated, projectId]);
}

/**
 * A project's home: one card per job, each saying what lives there and how it is going.
 * Everything here comes from the projection, so it shows at once even for a large project.
 */
export function DashboardScreen({ projectId }: { projectId: string }) {
  const project = projectRow(projectId) ?? undefined;
  // Clashes come only from sync, which keeps a shared project open; the notice shows then.
  const session = openedSession(projectId);
  useProjectionKeptCurrent(projectId);
  const name = project?.name ?? 'Project';
  return (
    <Page title={name} back={{ href: href(), label: 'All projects' }} status={<ProjectStatus projectId={projectId} />}>
      {project?.purpose && <p class="lead">{project.purpose}</p>}
      <ProjectCounts />
      {session && <ConflictNotice session={session} collection="meta" id="" fieldLabels={{ name: 'Project name', purpose: 'Purpose' }} />}
      {project?.archived && <p class="notice">This project is archived. You can still open and change it, or unarchive it from the projects list.</p>}
      <ul class="section-grid">
        {sections.map((section) => (
          <li key={section.id} class="card section-card">
            <h2>
              <a href={href('p', projectId, section.id)}>{section.title}</a>
            </h2>
            {section.DashboardCard ? <section.DashboardCard projectId={projectId} /> : <p>{section.summary}</p>}
          </li>
        ))}
      </ul>
    </Page>
  );
}
