import { t } from '@lingui/core/macro';
import { useComputed } from '@preact/signals';
import type { ProjectSession } from '../core/projects/project-session';
import { GuideNotes } from '../features/help/GuideNotes';
import type { Section } from '../features/section';
import { findSection } from '../features/sections';
import { projectRow } from '../state/project-rows';
import { href } from '../state/router';
import { useLazy } from '../state/use-lazy';
import { Page } from '../ui/Page';
import { LazyMessage } from './LazyMessage';
import { NotFound } from './NotFound';
import { ProjectStatus } from './ProjectStatus';

export function SectionScreen({ session, sectionId, rest }: { session: ProjectSession; sectionId: string; rest: string[] }) {
  const section = findSection(sectionId);
  // Only the name, so saves (which touch the project row) do not redraw the whole section.
  const projectName = useComputed(() => projectRow(session.projectId)?.name).value;
  if (!section) return <NotFound />;
  return <LoadedSection key={section.id} section={section} session={session} rest={rest} projectName={projectName ?? t`Project`} />;
}

function LoadedSection({ section, session, rest, projectName }: { section: Section; session: ProjectSession; rest: string[]; projectName: string }) {
  const loaded = useLazy(section.screen);
  const title = section.title;
  const screen =
    loaded.kind === 'ready' ? (
      <loaded.module session={session} rest={rest} />
    ) : (
      <LazyMessage
        state={loaded}
        loading={t({
          message: `Opening ${title}…`,
          comment: 'Shown while a part of the app loads; title is the part: Plan, Team, Meetings, Feedback, Review, Sync',
        })}
      />
    );
  if (section.chromeless?.(rest)) return screen;
  return (
    <Page title={section.title} back={{ href: href('p', session.projectId), label: projectName }} status={<ProjectStatus projectId={session.projectId} />}>
      {rest.length === 0 && <GuideNotes sectionId={section.id} />}
      {screen}
    </Page>
  );
}
