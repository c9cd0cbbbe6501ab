import { t } from '@lingui/core/macro';
import { useEffect, useState } from 'preact/hooks';
import type { ProjectRow } from '../core/db/database';
import { formatNumber } from '../core/format/intl';
import type { Result } from '../core/result';
import { RestoreBackupCard } from '../features/review/RestoreBackup';
import { ProjectSyncBadge } from '../features/sync/ProjectSyncBadge';
import { installWay } from '../state/install';
import { projectRows } from '../state/project-rows';
import { lazyModule, useLazy } from '../state/use-lazy';
import { href, navigate } from '../state/router';
import { Button, LinkButton } from '../ui/Button';
import { CommandError } from '../ui/form/CommandError';
import { useCommand } from '../ui/form/use-command';
import { useConfirm } from '../ui/form/use-confirm';
import { Page } from '../ui/Page';
import { TextField } from '../ui/TextField';
import { projectArea } from './project-area-module';

// Creating and changing projects needs the doc layer, which the first screen loads only when asked.
const projectActions = () => import('../state/projects');
// The newcomer's card reads a device setting, which needs zod: not on the first screen's path.
const firstRun = lazyModule(() => import('../features/help/FirstRunCard'));

export function ProjectsScreen() {
  const projects = projectRows.value;
  const [showArchived, setShowArchived] = useState(false);
  const active = projects?.filter((p) => !p.archived) ?? [];
  const archived = projects?.filter((p) => p.archived) ?? [];
  const archivedCount = formatNumber(archived.length);
  const hasProjects = Boolean(projects?.length);
  useEffect(() => {
    // A facilitator with projects usually opens one next: have its code ready by then.
    if (hasProjects) projectArea.warm();
  }, [hasProjects]);

  return (
    <Page
      title={t`Your projects`}
      actions={
        <>
          <LinkButton href={href('join')}>{t`Join a shared project`}</LinkButton>
          <LinkButton href={href('settings')}>{t`Settings`}</LinkButton>
          <LinkButton href={href('help')}>{t`Help`}</LinkButton>
          <InstallLink />
        </>
      }
    >
      <p class="lead">{t`Common Ground helps you run a project where residents, people who use services, carers and professionals work together as equals.`}</p>
      <FirstRun />
      <NewProjectForm firstProject={projects !== undefined && projects.length === 0} />
      {projects === undefined ? (
        <p role="status">{t`Loading your projects…`}</p>
      ) : (
        <>
          <section aria-labelledby="active-heading">
            <h2 id="active-heading">{t`Projects on this device`}</h2>
            {active.length === 0 ? <p class="empty">{t`No projects yet. Start one above, or try the example.`}</p> : <ProjectList projects={active} />}
          </section>
          {archived.length > 0 && (
            <section aria-labelledby="archived-heading">
              <h2 id="archived-heading">{t`Archived projects`}</h2>
              <Button aria-expanded={showArchived} onClick={() => setShowArchived(!showArchived)}>
                {showArchived ? t`Hide archived projects` : t`Show archived projects (${archivedCount})`}
              </Button>
              {showArchived && <ProjectList projects={archived} />}
            </section>
          )}
        </>
      )}
      <RestoreBackupCard />
    </Page>
  );
}

function FirstRun() {
  const card = useLazy(firstRun);
  return card.kind === 'ready' ? <card.module.FirstRunCard /> : null;
}

/** Only where installing is possible and not done: the steps are in Settings. */
function InstallLink() {
  const way = installWay();
  if (way !== 'prompt' && way !== 'apple-share') return null;
  return <LinkButton href={href('settings')}>{t`Install on this device`}</LinkButton>;
}

function NewProjectForm({ firstProject }: { firstProject: boolean }) {
  const [name, setName] = useState('');
  const [purpose, setPurpose] = useState('');
  const [busy, setBusy] = useState(false);
  const command = useCommand();

  async function start(make: () => Promise<Result<string>>) {
    setBusy(true);
    const result = await command.runAsync(make);
    setBusy(false);
    if (result.ok) navigate('p', result.value);
  }

  return (
    <section class="card" aria-labelledby="new-heading">
      <h2 id="new-heading">{t`Start a project`}</h2>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void start(async () => (await projectActions()).startProject({ name, purpose }));
        }}
        noValidate
      >
        <TextField
          label={t`Project name`}
          value={name}
          onInput={setName}
          required
          maxLength={120}
          error={command.error}
          hint={t`For example: Park Road Carers Group`}
        />
        <TextField label={t`What is it for, in one line?`} value={purpose} onInput={setPurpose} maxLength={300} />
        <div class="row">
          <Button type="submit" variant="primary" disabled={busy}>
            {t`Start project`}
          </Button>
          <Button onClick={() => void start(async () => (await projectActions()).startExampleProject())} disabled={busy}>
            {busy ? t`Please wait…` : t`Try an example project`}
          </Button>
        </div>
        {firstProject && <p class="hint">{t`Everything stays on this device until you choose to share it.`}</p>}
      </form>
    </section>
  );
}

function ProjectList({ projects }: { projects: ProjectRow[] }) {
  return (
    <ul class="project-list">
      {projects.map((p) => (
        <ProjectItem key={p.id} project={p} />
      ))}
    </ul>
  );
}

function ProjectItem({ project }: { project: ProjectRow }) {
  const [renaming, setRenaming] = useState(false);
  const [name, setName] = useState(project.name);
  const [purpose, setPurpose] = useState(project.purpose);
  const rename = useCommand();
  const command = useCommand();
  const [confirm, dialog] = useConfirm();
  const projectName = project.name;

  async function saveRename(e: Event) {
    e.preventDefault();
    const result = await rename.runAsync(async () => (await projectActions()).renameProject(project.id, { name, purpose }));
    if (result.ok) setRenaming(false);
  }

  async function askToDelete() {
    const yes = await confirm({
      title: t`Delete “${projectName}” from this device?`,
      confirmLabel: t`Delete from this device`,
      danger: true,
      body: (
        <>
          <p>{t`Everything in this project will be removed from this tablet or computer. This cannot be undone.`}</p>
          <p>{t`Copies on other facilitators’ devices, and any backup files, are not affected. If you only want it out of the way, archive it instead.`}</p>
        </>
      ),
    });
    if (yes) await command.runAsync(async () => (await projectActions()).deleteProject(project.id));
  }

  return (
    <li class="project-item">
      {renaming ? (
        <form onSubmit={saveRename} noValidate class="rename-form">
          <TextField label={t`Project name`} value={name} onInput={setName} required maxLength={120} error={rename.error} autoFocus />
          <TextField label={t`What is it for, in one line?`} value={purpose} onInput={setPurpose} maxLength={300} />
          <div class="row">
            <Button type="submit" variant="primary">
              {t`Save`}
            </Button>
            <Button onClick={() => setRenaming(false)}>{t`Cancel`}</Button>
          </div>
        </form>
      ) : (
        <>
          <a class="project-link" href={href('p', project.id)}>
            <span class="project-name">{project.name}</span>
            {project.purpose && <span class="project-purpose">{project.purpose}</span>}
            <ProjectSyncBadge projectId={project.id} />
          </a>
          <div class="row project-actions">
            <Button variant="quiet" onClick={() => setRenaming(true)} aria-label={t`Rename ${projectName}`}>
              {t`Rename`}
            </Button>
            <Button
              variant="quiet"
              onClick={() => void command.runAsync(async () => (await projectActions()).archiveProject(project.id, !project.archived))}
              aria-label={project.archived ? t`Unarchive ${projectName}` : t`Archive ${projectName}`}
            >
              {project.archived ? t`Unarchive` : t`Archive`}
            </Button>
            <Button variant="quiet" onClick={() => void askToDelete()} aria-label={t`Delete ${projectName}`}>
              {t`Delete`}
            </Button>
          </div>
          <CommandError error={command.error} />
        </>
      )}
      {dialog}
    </li>
  );
}
