import { t } from '@lingui/core/macro';
import { ProjectContext, SessionContext } from '../state/project-context';
import { useProjectSession } from '../state/use-project-session';
import { DashboardScreen } from './DashboardScreen';
import { NotFound } from './NotFound';
import { SectionScreen } from './SectionScreen';
// Adds kiosk answers left waiting on this device whenever a project opens.
import '../features/feedback/queue-actions';

/** Everything inside one project. Loaded on first use so the projects screen starts fast. */
export function ProjectArea({ projectId, rest }: { projectId: string; rest: string[] }) {
  const [sectionId, ...sectionRest] = rest;
  // The dashboard draws from the projection alone, so it never waits for (or opens) the
  // project's doc, which on a large project holds the main thread for a while.
  const state = useProjectSession(projectId, { enabled: Boolean(sectionId) });
  return <ProjectContext.Provider value={projectId}>{area()}</ProjectContext.Provider>;

  function area() {
    if (!sectionId) return <DashboardScreen projectId={projectId} />;
    if (state.kind === 'failed') return <NotFound message={state.message} />;
    if (state.kind === 'loading') return <p role="status" class="loading">{t`Opening project…`}</p>;
    return (
      <SessionContext.Provider value={state.session}>
        <SectionScreen session={state.session} sectionId={sectionId} rest={sectionRest} />
      </SessionContext.Provider>
    );
  }
}
