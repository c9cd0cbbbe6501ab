import { useId, useState } from 'preact/hooks';
import type { Restored } from '../../core/backup/apply';
import { MAX_FILE_BYTES } from '../../core/backup/limits';
import type { CheckedProject } from '../../core/backup/restore';
import { href } from '../../state/router';
import { Button, LinkButton } from '../../ui/Button';
import { TextField } from '../../ui/TextField';
import { fileSize } from './download';
import { formatDateWith, formatNumber } from '../../core/format/intl';

const actions = () => import('./backup-actions');

type Step =
  | { kind: 'idle' }
  | { kind: 'busy'; what: string }
  | { kind: 'passphrase'; bytes: Uint8Array; message: string | null }
  | { kind: 'ready'; project: CheckedProject; onDevice: boolean }
  | { kind: 'done'; restored: Restored };

export interface RestoreBackupProps {
  /** On a project's own screen: only files of this project are merged here. */
  projectId?: string;
}

/**
 * Restores a backup file as a project on this device, or merges it into the copy already
 * here: the way to pass changes from one device to another with no internet at all. Every
 * file goes through the one checking gate before anything is written.
 */
export function RestoreBackup({ projectId }: RestoreBackupProps) {
  const inputId = useId();
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const [error, setError] = useState<string | null>(null);
  const [passphrase, setPassphrase] = useState('');

  const reset = (message: string | null) => {
    setStep({ kind: 'idle' });
    setError(message);
  };

  async function check(bytes: Uint8Array, withPassphrase?: string) {
    setStep({ kind: 'busy', what: 'Checking the file…' });
    const { checkFile, isOnThisDevice } = await actions().catch(() => ({ checkFile: null, isOnThisDevice: null }));
    if (!checkFile || !isOnThisDevice) return reset('This part of the app could not be loaded. Reload the page and try again.');
    const result = await checkFile(bytes, withPassphrase);
    if (!result.ok) {
      if (result.needsPassphrase) return setStep({ kind: 'passphrase', bytes, message: withPassphrase ? result.message : null });
      return reset(result.message);
    }
    if (projectId && result.value.projectId !== projectId) {
      return reset(`This file is a backup of “${result.value.name}”, not of this project. To restore it, go to the list of projects.`);
    }
    setStep({ kind: 'ready', project: result.value, onDevice: await isOnThisDevice(result.value.projectId) });
  }

  async function chosen(input: HTMLInputElement) {
    const file = input.files?.[0];
    input.value = ''; // choosing the same file again still works
    setError(null);
    setPassphrase('');
    if (!file) return;
    if (file.size === 0) return reset('That file is empty, so nothing was restored.');
    if (file.size > MAX_FILE_BYTES) return reset(`That file is ${fileSize(file.size)}, too large to be a backup, so nothing was restored.`);
    try {
      await check(new Uint8Array(await file.arrayBuffer()));
    } catch {
      reset('That file could not be read. Try choosing it again.');
    }
  }

  async function restore(project: CheckedProject) {
    setStep({ kind: 'busy', what: 'Restoring…' });
    try {
      const result = await (await actions()).restoreChecked(project);
      if (!result.ok) return reset(result.message);
      setStep({ kind: 'done', restored: result.value });
    } catch {
      reset('The backup could not be restored on this device. Close other tabs with Common Ground open, then try again.');
    }
  }

  return (
    <div class="restore-backup">
      <div class="field">
        <label for={inputId}>{projectId ? 'Choose a backup file of this project' : 'Choose a backup file'}</label>
        <p class="hint" id={`${inputId}-hint`}>
          {projectId
            ? 'Its changes are merged into this project. Nothing here is lost: edits on both devices are kept.'
            : 'A new project is made on this device, or, if the project is already here, the file’s changes are merged in. Nothing is lost.'}
        </p>
        <input id={inputId} type="file" aria-describedby={`${inputId}-hint`} data-testid="restore-input" disabled={step.kind === 'busy'} onChange={(e) => chosen(e.currentTarget as HTMLInputElement)} />
      </div>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {step.kind === 'busy' && <p role="status">{step.what}</p>}
      {step.kind === 'passphrase' && (
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void check(step.bytes, passphrase);
          }}
        >
          <TextField
            label="Passphrase for this backup"
            type="password"
            value={passphrase}
            onInput={setPassphrase}
            required
            autoFocus
            hint="This backup is protected. Type the passphrase that was chosen when it was made."
            error={step.message}
          />
          <div class="row">
            <Button type="submit" variant="primary">
              Open the backup
            </Button>
            <Button onClick={() => reset(null)}>Cancel</Button>
          </div>
        </form>
      )}
      {step.kind === 'ready' && <Summary project={step.project} onDevice={step.onDevice} onRestore={() => restore(step.project)} onCancel={() => reset(null)} />}
      {step.kind === 'done' && (
        <div class="notice restore-done" role="status">
          <p>
            {step.restored.outcome === 'created'
              ? `“${step.restored.name}” is now on this device.`
              : step.restored.changed
                ? `The changes from the file are now in “${step.restored.name}”.`
                : `Nothing new: this device already had everything in the file.`}
          </p>
          {!projectId && <LinkButton href={href('p', step.restored.projectId)}>Open “{step.restored.name}”</LinkButton>}
        </div>
      )}
    </div>
  );
}

function Summary({ project, onDevice, onRestore, onCancel }: { project: CheckedProject; onDevice: boolean; onRestore: () => void; onCancel: () => void }) {
  const c = project.counts;
  const made = project.header ? formatDateWith(new Date(project.header.created), { dateStyle: 'long', timeStyle: 'short' }) : null;
  const parts = [
    [c.people ?? 0, 'member', 'members'],
    [c.meetings ?? 0, 'meeting', 'meetings'],
    [c.responses ?? 0, 'feedback response', 'feedback responses'],
  ].map(([n, one, many]) => `${formatNumber(n as number)} ${n === 1 ? one : many}`);
  return (
    <div class="card restore-summary" role="status">
      <p>
        This is a backup of <strong>“{project.name}”</strong>
        {made ? `, made on ${made}` : ''}, with {parts.join(', ')}. Every part of it has been checked.
      </p>
      <p>{onDevice ? 'This project is already on this device. The file’s changes will be merged in; nothing here is lost.' : 'This project is not on this device yet. It will be added to your projects.'}</p>
      <div class="row">
        <Button variant="primary" onClick={onRestore}>
          {onDevice ? 'Merge the changes in' : 'Restore the project'}
        </Button>
        <Button onClick={onCancel}>Cancel</Button>
      </div>
    </div>
  );
}

/** The restore card as it appears on the list of projects. */
export function RestoreBackupCard() {
  return (
    <section class="card" aria-labelledby="restore-heading">
      <h2 id="restore-heading">Restore or merge a backup</h2>
      <RestoreBackup />
    </section>
  );
}
