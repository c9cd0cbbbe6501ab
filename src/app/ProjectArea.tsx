import { useState } from 'preact/hooks';
import { useProjectSession } from '../state/use-project-session';
import { DashboardScreen } from './DashboardScreen';
import { NotFound } from './NotFound';
import { SectionScreen } from './SectionScreen';

/** Everything inside one project. Loaded on first use so the projects screen starts fast. */
export function ProjectArea({ projectId, rest }: { projectId: string; rest: string[] }) {
  const [sectionId, ...sectionRest] = rest;
  const [dashboardShown, setDashboardShown] = useState(false);
  const state = useProjectSession(projectId, { enabled: Boolean(sectionId) || dashboardShown });
  if (state.kind === 'failed') return <NotFound message={state.message} />;
  // The dashboard reads the projection, so it shows at once, even while a large project's doc loads.
  if (!sectionId) return <DashboardScreen projectId={projectId} session={state.kind === 'ready' ? state.session : undefined} onShown={() => setDashboardShown(true)} />;
  if (state.kind === 'loading') return <p role="status" class="loading">Opening project…</p>;
  return <SectionScreen session={state.session} sectionId={sectionId} rest={sectionRest} />;
}
