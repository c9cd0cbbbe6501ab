import { useEffect, useState } from 'preact/hooks';
import type { TeamRow } from './background';

// The sync machinery is loaded when the sharing screen opens, not with the first screen.
const actions = () => import('./background');

/**
 * The project's devices as this device knows them, kept fresh as devices join, rename or are
 * reset. `key` changes when this device's sharing changes (it follows a reset, or is left out).
 */
export function useTeam(projectId: string, key: unknown): TeamRow[] | null {
  const [team, setTeam] = useState<TeamRow[] | null>(null);
  useEffect(() => {
    let stop: (() => void) | null = null;
    let live = true;
    void actions().then((a) => {
      if (live) stop = a.watchTeam(projectId, setTeam);
    });
    return () => {
      live = false;
      stop?.();
    };
  }, [projectId, key]);
  return team;
}
