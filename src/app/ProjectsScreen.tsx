import { useEffect, useState } from 'preact/hooks';
import type { ProjectRow } from '../core/db/database';
import { ProjectSyncBadge } from '../features/sync/ProjectSyncBadge';
import { projectRows } from '../state/project-rows';
import { href, navigate } from '../state/router';
import { projectArea } from './project-area-module';

// Creating and changing projects needs the doc layer, which the first screen loads only when asked.
const projectActions = () => import('../state/projects');
import { Button, LinkButton } from '../ui/Button';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { Page } from '../ui/Page';
import { TextField } from '../ui/TextField';
import { RestoreBackupCard } from '../features/review/RestoreBackup';

export function ProjectsScreen() {
  const projects = projectRows.value;
  const [showArchived, setShowArchived] = useState(false);
  const active = projects?.filter((p) => !p.archived) ?? [];
  const archived = projects?.filter((p) => p.archived) ?? [];
  const hasProjects = Boolean(projects?.length);
  useEffect(() => {
    // A facilitator with projects usually opens one next: have its code ready by then.
    if (hasProjects) projectArea.warm();
  }, [hasProjects]);

  return (
    <Page title="Your projects" actions={<><LinkButton href={href('join')}>Join a shared project</LinkButton><LinkButton href={href('settings')}>Settings</LinkButton></>}>
      <p class="lead">Common Ground helps you run a project where residents, people who use services, carers and professionals work together as equals.</p>
      <NewProjectForm firstProject={projects !== undefined && projects.length === 0} />
      {projects === undefined ? (
        <p role="status">Loading your projects…</p>
      ) : (
        <>
          <section aria-labelledby="active-heading">
            <h2 id="active-heading">Projects on this device</h2>
            {active.length === 0 ? <p class="empty">No projects yet. Start one above, or try the example.</p> : <ProjectList projects={active} />}
          </section>
          {archived.length > 0 && (
            <section aria-labelledby="archived-heading">
              <h2 id="archived-heading">Archived projects</h2>
              <Button aria-expanded={showArchived} onClick={() => setShowArchived(!showArchived)}>
                {showArchived ? 'Hide archived projects' : `Show archived projects (${archived.length})`}
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

function NewProjectForm({ firstProject }: { firstProject: boolean }) {
  const [name, setName] = useState('');
  const [purpose, setPurpose] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: Event) {
    e.preventDefault();
    setBusy(true);
    const result = await (await projectActions()).startProject({ name, purpose });
    setBusy(false);
    if (!result.ok) return setError(result.message);
    navigate('p', result.value);
  }

  async function tryExample() {
    setBusy(true);
    const result = await (await projectActions()).startExampleProject();
    setBusy(false);
    if (!result.ok) return setError(result.message);
    navigate('p', result.value);
  }

  return (
    <section class="card" aria-labelledby="new-heading">
      <h2 id="new-heading">Start a project</h2>
      <form onSubmit={submit} noValidate>
        <TextField label="Project name" value={name} onInput={setName} required maxLength={120} error={error} hint="For example: Park Road Carers Group" />
        <TextField label="What is it for, in one line?" value={purpose} onInput={setPurpose} maxLength={300} />
        <div class="row">
          <Button type="submit" variant="primary" disabled={busy}>
            Start project
          </Button>
          <Button onClick={tryExample} disabled={busy}>
            {busy ? 'Please wait…' : 'Try an example project'}
          </Button>
        </div>
        {firstProject && <p class="hint">Everything stays on this device until you choose to share it.</p>}
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
  const [error, setError] = useState<string | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);

  async function saveRename(e: Event) {
    e.preventDefault();
    const result = await (await projectActions()).renameProject(project.id, { name, purpose });
    if (!result.ok) return setError(result.message);
    setError(null);
    setRenaming(false);
  }

  return (
    <li class="project-item">
      {renaming ? (
        <form onSubmit={saveRename} noValidate class="rename-form">
          <TextField label="Project name" value={name} onInput={setName} required maxLength={120} error={error} autoFocus />
          <TextField label="What is it for, in one line?" value={purpose} onInput={setPurpose} maxLength={300} />
          <div class="row">
            <Button type="submit" variant="primary">
              Save
            </Button>
            <Button onClick={() => setRenaming(false)}>Cancel</Button>
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
            <Button variant="quiet" onClick={() => setRenaming(true)} aria-label={`Rename ${project.name}`}>
              Rename
            </Button>
            <Button variant="quiet" onClick={async () => (await projectActions()).archiveProject(project.id, !project.archived)} aria-label={`${project.archived ? 'Unarchive' : 'Archive'} ${project.name}`}>
              {project.archived ? 'Unarchive' : 'Archive'}
            </Button>
            <Button variant="quiet" onClick={() => setConfirmDelete(true)} aria-label={`Delete ${project.name}`}>
              Delete
            </Button>
          </div>
        </>
      )}
      <ConfirmDialog
        open={confirmDelete}
        title={`Delete “${project.name}” from this device?`}
        confirmLabel="Delete from this device"
        danger
        onCancel={() => setConfirmDelete(false)}
        onConfirm={async () => {
          setConfirmDelete(false);
          await (await projectActions()).deleteProject(project.id);
        }}
      >
        <p>Everything in this project will be removed from this tablet or computer. This cannot be undone.</p>
        <p>Copies on other facilitators’ devices, and any backup files, are not affected. If you only want it out of the way, archive it instead.</p>
      </ConfirmDialog>
    </li>
  );
}
