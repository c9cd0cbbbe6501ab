import { useEffect } from 'preact/hooks';
import { PROJECTOR_VERSION } from '../core/projection/projector';
import { db } from './app-db';
import { getProjectSession } from './project-sessions';
import { useLiveQuery } from './use-live-query';

/**
 * The dashboard trusts the projection. When there is none yet, or an older version of the
 * app wrote it, the project is opened once, which rebuilds it.
 */
export function useProjectionKeptCurrent(projectId: string): void {
  const outdated = useLiveQuery(() => db.projection.get(projectId).then((row) => !row || row.projectorVersion !== PROJECTOR_VERSION), [projectId]);
  useEffect(() => {
    if (outdated) void getProjectSession(projectId).catch(() => undefined);
  }, [outdated, projectId]);
}
