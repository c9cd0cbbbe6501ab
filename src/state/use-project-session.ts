import { t } from '@lingui/core/macro';
import { useEffect, useState } from 'preact/hooks';
import type { ProjectSession } from '../core/projects/project-session';
import { getProjectSession } from './project-sessions';

export type SessionState = { kind: 'loading' } | { kind: 'ready'; session: ProjectSession } | { kind: 'failed'; message: string };

/**
 * Opens a project once `enabled`. Loading a large project's doc holds the main thread for a
 * while, so a screen that can show itself from the projection (the dashboard) enables this
 * only after it has been drawn.
 */
export function useProjectSession(projectId: string, options: { enabled?: boolean } = {}): SessionState {
  const enabled = options.enabled ?? true;
  const [state, setState] = useState<SessionState>({ kind: 'loading' });
  useEffect(() => {
    let live = true;
    setState({ kind: 'loading' });
    if (!enabled) return;
    const open = () =>
      getProjectSession(projectId).then(
        (session) => live && setState({ kind: 'ready', session }),
        () => live && setState({ kind: 'failed', message: t`This project could not be opened on this device.` }),
      );
    void open();
    return () => {
      live = false;
    };
  }, [projectId, enabled]);
  return state;
}
