import { t } from '@lingui/core/macro';
import { useComputed } from '@preact/signals';
import { projectRow } from '../state/project-rows';
import { route } from '../state/router';
import { lazyModule, useLazy } from '../state/use-lazy';
import { projectArea } from './project-area-module';
import { LazyMessage } from './LazyMessage';
import { NotFound } from './NotFound';
import { ProjectsScreen } from './ProjectsScreen';
import { UpdatePrompt } from './UpdatePrompt';

const joinScreen = lazyModule(() => import('../features/sync/JoinScreen'));
const settingsScreen = lazyModule(() => import('./SettingsScreen'));
const helpScreen = lazyModule(() => import('../features/help/HelpScreen'));

export function App() {
  const [first, ...rest] = route.value;
  return (
    <>
      <a class="skip-link" href="#main" onClick={(e) => { e.preventDefault(); document.getElementById('main')?.focus(); }}>
        {t`Skip to content`}
      </a>
      {first === undefined ? <ProjectsScreen /> : first === 'settings' ? <SettingsRoute /> : first === 'p' && rest[0] ? <ProjectRoute projectId={rest[0]} rest={rest.slice(1)} /> : first === 'join' ? <JoinRoute parts={rest} /> : first === 'help' ? <HelpRoute parts={rest} /> : <NotFound />}
      <UpdatePrompt />
    </>
  );
}

function SettingsRoute() {
  const settings = useLazy(settingsScreen);
  return settings.kind === 'ready' ? <settings.module.SettingsScreen /> : <LazyMessage state={settings} loading={t`Opening settings…`} />;
}

function HelpRoute({ parts }: { parts: string[] }) {
  const help = useLazy(helpScreen);
  return help.kind === 'ready' ? <help.module.HelpScreen parts={parts} /> : <LazyMessage state={help} loading={t`Opening help…`} />;
}

function JoinRoute({ parts }: { parts: string[] }) {
  const join = useLazy(joinScreen);
  return join.kind === 'ready' ? <join.module.JoinScreen parts={parts} /> : <LazyMessage state={join} loading={t`Opening the invite…`} />;
}

function ProjectRoute({ projectId, rest }: { projectId: string; rest: string[] }) {
  // A boolean, so later changes to the project row do not redraw everything below.
  const known = useComputed(() => {
    const row = projectRow(projectId);
    return row === undefined ? undefined : row !== null;
  }).value;
  const area = useLazy(projectArea);
  if (known === false) return <NotFound message={t`This project is not on this device. It may have been deleted, or it was shared to another device.`} />;
  if (known === undefined || area.kind !== 'ready') return <LazyMessage state={area} loading={t`Opening project…`} />;
  return <area.module.ProjectArea projectId={projectId} rest={rest} />;
}
