import { DeviceLock } from '../features/lock/DeviceLock';
import { db } from '../state/app-db';
import { route } from '../state/router';
import { lazyModule, useLazy } from '../state/use-lazy';
import { projectArea } from './project-area-module';
import { useLiveQuery } from '../state/use-live-query';
import { NotFound } from './NotFound';
import { ProjectsScreen } from './ProjectsScreen';
import { SettingsScreen } from './SettingsScreen';
import { UpdatePrompt } from './UpdatePrompt';

const joinScreen = lazyModule(() => import('../features/sync/JoinScreen'));

export function App() {
  const [first, ...rest] = route.value;
  return (
    <>
      <a class="skip-link" href="#main" onClick={(e) => { e.preventDefault(); document.getElementById('main')?.focus(); }}>
        Skip to content
      </a>
      {first === undefined ? <ProjectsScreen /> : first === 'settings' ? <SettingsScreen /> : first === 'p' && rest[0] ? <ProjectRoute projectId={rest[0]} rest={rest.slice(1)} /> : first === 'join' ? <JoinRoute parts={rest} /> : <NotFound />}
      <UpdatePrompt />
      <DeviceLock />
    </>
  );
}

function JoinRoute({ parts }: { parts: string[] }) {
  const join = useLazy(joinScreen);
  return join ? <join.JoinScreen parts={parts} /> : <p role="status" class="loading">Opening the invite…</p>;
}

function ProjectRoute({ projectId, rest }: { projectId: string; rest: string[] }) {
  // A boolean, so later changes to the project row do not redraw everything below.
  const known = useLiveQuery(() => db.projects.get(projectId).then((p) => p !== undefined), [projectId]);
  const area = useLazy(projectArea);
  if (known === undefined || !area) return <p role="status" class="loading">Opening project…</p>;
  if (known === false) return <NotFound message="This project is not on this device. It may have been deleted, or it was shared to another device." />;
  return <area.ProjectArea projectId={projectId} rest={rest} />;
}
