import { useProjectSession } from '../state/use-project-session';
import { DashboardScreen } from './DashboardScreen';
import { NotFound } from './NotFound';
import { SectionScreen } from './SectionScreen';

/** Everything inside one project. Loaded on first use so the projects screen starts fast. */
export function ProjectArea({ projectId, rest }: { projectId: string; rest: string[] }) {
  const state = useProjectSession(projectId);
  if (state.kind === 'loading') return <p role="status" class="loading">Opening project…</p>;
  if (state.kind === 'failed') return <NotFound message={state.message} />;
  const [sectionId, ...sectionRest] = rest;
  if (!sectionId) return <DashboardScreen session={state.session} />;
  return <SectionScreen session={state.session} sectionId={sectionId} rest={sectionRest} />;
}
