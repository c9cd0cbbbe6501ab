import { countProjected } from '../core/projection/queries';
import { db } from '../state/app-db';
import { useLiveQuery } from '../state/use-live-query';
import { formatNumber } from '../core/format/intl';

/** A one-line picture of the project from the projection: people, meetings, feedback. */
export function ProjectCounts({ projectId }: { projectId: string }) {
  const counts = useLiveQuery(async () => {
    const [active, meetings, responses] = await Promise.all([
      countProjected(db, projectId, 'people', { k1: 'active' }),
      countProjected(db, projectId, 'meetings'),
      countProjected(db, projectId, 'responses'),
    ]);
    return { active, meetings, responses };
  }, [projectId]);
  if (!counts) return null;
  const plural = (n: number, one: string, many: string) => `${formatNumber(n)} ${n === 1 ? one : many}`;
  return (
    <p class="project-counts" data-testid="project-counts">
      {plural(counts.active, 'active member', 'active members')} · {plural(counts.meetings, 'meeting', 'meetings')} · {plural(counts.responses, 'feedback response', 'feedback responses')}
    </p>
  );
}
