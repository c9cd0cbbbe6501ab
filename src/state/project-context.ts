import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { ProjectSession } from '../core/projects/project-session';

/** The project the screens below are about; set once by the project area. */
export const ProjectContext = createContext<string | null>(null);

/** The open project (its doc loaded), for screens inside a section; the dashboard has none. */
export const SessionContext = createContext<ProjectSession | null>(null);

export function useProjectId(): string {
  const projectId = useContext(ProjectContext);
  if (projectId === null) throw new Error('useProjectId is only for screens inside a project');
  return projectId;
}

export function useSession(): ProjectSession {
  const session = useContext(SessionContext);
  if (session === null) throw new Error('useSession is only for screens inside an open section');
  return session;
}
