import { t } from '@lingui/core/macro';
import { i18n } from '#i18n';
import { sections } from '../features/sections';
import { ConflictNotice } from '../features/sync/ConflictNotice';
import { projectRow } from '../state/project-rows';
import { openedSession } from '../state/project-sessions';
import { useProjectionKeptCurrent } from '../state/projection';
import { href } from '../state/router';
import { Page } from '../ui/Page';
import { ProjectCounts } from './ProjectCounts';
import { ProjectStatus } from './ProjectStatus';

/**
 * A project's home: one card per job, each saying what lives there and how it is going.
 * Everything here comes from the projection, so it shows at once even for a large project.
 */
export function DashboardScreen({ projectId }: { projectId: string }) {
  const project = projectRow(projectId) ?? undefined;
  // Clashes come only from sync, which keeps a shared project open; the notice shows then.
  const session = openedSession(projectId);
  useProjectionKeptCurrent(projectId);
  const name = project?.name ?? t`Project`;
  return (
    <Page title={name} back={{ href: href(), label: t`All projects` }} status={<ProjectStatus projectId={projectId} />}>
      {project?.purpose && <p class="lead">{project.purpose}</p>}
      <ProjectCounts />
      {session && <ConflictNotice session={session} collection="meta" id="" fieldLabels={{ name: t`Project name`, purpose: t`Purpose` }} />}
      {project?.archived && <p class="notice">{t`This project is archived. You can still open and change it, or unarchive it from the projects list.`}</p>}
      <ul class="section-grid">
        {sections.map((section) => (
          <li key={section.id} class="card section-card">
            <h2>
              <a href={href('p', projectId, section.id)}>{i18n._(section.title)}</a>
            </h2>
            {section.DashboardCard ? <section.DashboardCard projectId={projectId} /> : <p>{i18n._(section.summary)}</p>}
          </li>
        ))}
      </ul>
    </Page>
  );
}
