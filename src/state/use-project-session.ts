import { useEffect, useState } from 'preact/hooks';
import type { ProjectSession } from '../core/projects/project-session';
import { getProjectSession } from './project-sessions';

export type SessionState = { kind: 'loading' } | { kind: 'ready'; session: ProjectSession } | { kind: 'failed'; message: string };

export function useProjectSession(projectId: string): SessionState {
  const [state, setState] = useState<SessionState>({ kind: 'loading' });
  useEffect(() => {
    let live = true;
    setState({ kind: 'loading' });
    getProjectSession(projectId).then(
      (session) => live && setState({ kind: 'ready', session }),
      () => live && setState({ kind: 'failed', message: 'This project could not be opened on this device.' }),
    );
    return () => {
      live = false;
    };
  }, [projectId]);
  return state;
}
