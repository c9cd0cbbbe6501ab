import { useComputed } from '@preact/signals';
import { projectRow } from '../state/project-rows';
import { route } from '../state/router';
import { lazyModule, useLazy } from '../state/use-lazy';
import { projectArea } from './project-area-module';
import { NotFound } from './NotFound';
import { ProjectsScreen } from './ProjectsScreen';
import { UpdatePrompt } from './UpdatePrompt';

const joinScreen = lazyModule(() => import('../features/sync/JoinScreen'));
const settingsScreen = lazyModule(() => import('./SettingsScreen'));

export function App() {
  const [first, ...rest] = route.value;
  return (
    <>
      <a class="skip-link" href="#main" onClick={(e) => { e.preventDefault(); document.getElementById('main')?.focus(); }}>
        Skip to content
      </a>
      {first === undefined ? <ProjectsScreen /> : first === 'settings' ? <SettingsRoute /> : first === 'p' && rest[0] ? <ProjectRoute projectId={rest[0]} rest={rest.slice(1)} /> : first === 'join' ? <JoinRoute parts={rest} /> : <NotFound />}
      <UpdatePrompt />
    </>
  );
}

function SettingsRoute() {
  const settings = useLazy(settingsScreen);
  return settings ? <settings.SettingsScreen /> : <p role="status" class="loading">Opening settings…</p>;
}

function JoinRoute({ parts }: { parts: string[] }) {
  const join = useLazy(joinScreen);
  return join ? <join.JoinScreen parts={parts} /> : <p role="status" class="loading">Opening the invite…</p>;
}

function ProjectRoute({ projectId, rest }: { projectId: string; rest: string[] }) {
  // A boolean, so later changes to the project row do not redraw everything below.
  const known = useComputed(() => {
    const row = projectRow(projectId);
    return row === undefined ? undefined : row !== null;
  }).value;
  const area = useLazy(projectArea);
  if (known === undefined || !area) return <p role="status" class="loading">Opening project…</p>;
  if (known === false) return <NotFound message="This project is not on this device. It may have been deleted, or it was shared to another device." />;
  return <area.ProjectArea projectId={projectId} rest={rest} />;
}
