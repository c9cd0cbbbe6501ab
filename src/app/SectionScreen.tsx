import type { ProjectSession } from '../core/projects/project-session';
import { findSection } from '../features/sections';
import { db } from '../state/app-db';
import { href } from '../state/router';
import { useLiveQuery } from '../state/use-live-query';
import { Page } from '../ui/Page';
import { NotFound } from './NotFound';
import { ProjectStatus } from './ProjectStatus';

export function SectionScreen({ session, sectionId, rest }: { session: ProjectSession; sectionId: string; rest: string[] }) {
  const section = findSection(sectionId);
  // Only the name, so saves (which touch the project row) do not redraw the whole section.
  const projectName = useLiveQuery(() => db.projects.get(session.projectId).then((p) => p?.name ?? null), [session.projectId]);
  if (!section) return <NotFound />;
  if (section.chromeless?.(rest)) return <section.Screen session={session} rest={rest} />;
  return (
    <Page title={section.title} back={{ href: href('p', session.projectId), label: projectName ?? 'Project' }} status={<ProjectStatus projectId={session.projectId} session={session} />}>
      <section.Screen session={session} rest={rest} />
    </Page>
  );
}
