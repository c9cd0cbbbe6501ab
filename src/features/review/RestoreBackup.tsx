import { useId, useState } from 'preact/hooks';
import type { Restored } from '../../core/backup/apply';
import { MAX_FILE_BYTES } from '../../core/backup/limits';
import type { MergePlan } from '../../core/backup/merge';
import { changeLine, mergeSummary, removalWarning } from '../../core/backup/merge-words';
import type { CheckedProject, FileOrigin } from '../../core/backup/restore';
import { formatDateWith, formatNumber } from '../../core/format/intl';
import { href } from '../../state/router';
import { Button, LinkButton } from '../../ui/Button';
import { TextField } from '../../ui/TextField';
import { fileSize } from './download';
import './backup.css';

const actions = () => import('./backup-actions');

type Step =
  | { kind: 'idle' }
  | { kind: 'busy'; what: string }
  | { kind: 'passphrase'; bytes: Uint8Array; message: string | null }
  | { kind: 'ready'; project: CheckedProject; plan: MergePlan | null }
  | { kind: 'done'; restored: Restored };

export interface RestoreBackupProps {
  /** On a project's own screen: only files of this project are merged here. */
  projectId?: string;
}

/** Most changes listed one by one; the rest are counted. */
const LISTED_CHANGES = 100;

/**
 * Restores a backup file as a project on this device, or merges it into the copy already
 * here: the way to pass changes from one device to another with no internet at all. Every
 * file goes through the one checking gate; a merge is worked out first and shown (what it
 * adds, changes and removes) before anything is written, and removals need their own yes.
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
    const loaded = await actions().catch(() => null);
    if (!loaded) return reset('This part of the app could not be loaded. Reload the page and try again.');
    const result = await loaded.checkFile(bytes, withPassphrase);
    if (!result.ok) {
      if (result.needsPassphrase) return setStep({ kind: 'passphrase', bytes, message: withPassphrase ? result.message : null });
      return reset(result.message);
    }
    const project = result.value;
    if (projectId && project.projectId !== projectId) {
      return reset(`This file is a backup of “${project.name}”, not of this project. To restore it, go to the list of projects.`);
    }
    if (!(await loaded.isOnThisDevice(project.projectId))) return setStep({ kind: 'ready', project, plan: null });
    setStep({ kind: 'busy', what: 'Working out what the file would change…' });
    const plan = await loaded.planFileMerge(project).catch(() => null);
    if (!plan) return reset('The project on this device could not be opened to compare it with the file. Close other tabs with Common Ground open, then try again.');
    if (!plan.ok) return reset(plan.message);
    setStep({ kind: 'ready', project, plan: plan.value });
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

  async function restore(project: CheckedProject, plan: MergePlan | null, allowRemovals: boolean) {
    setStep({ kind: 'busy', what: plan ? 'Merging…' : 'Restoring…' });
    try {
      const result = await (await actions()).restoreChecked(project, plan ? { plan, allowRemovals } : undefined);
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
            ? 'You will see what it adds, changes and removes before anything is merged in. Edits made on both devices are kept.'
            : 'A new project is made on this device, or, if the project is already here, you will see what the file would change before it is merged in.'}
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
            hint="This backup is locked. Type the passphrase that was chosen when it was made. Nothing changes on this device until it opens."
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
      {step.kind === 'ready' && <Summary project={step.project} plan={step.plan} onRestore={(allow) => restore(step.project, step.plan, allow)} onCancel={() => reset(null)} />}
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

/** Who vouches for the file, in words that do not claim more than the check proves. */
function originWords(origin: FileOrigin | undefined): { text: string; warn: boolean } {
  switch (origin?.kind) {
    case 'passphrase':
      return { text: 'It opened with its passphrase, so it is exactly as it was made.', warn: false };
    case 'key':
      return origin.holder === 'device'
        ? { text: 'It was made on this device and has not been changed since.', warn: false }
        : { text: 'It was made by a device your project is shared with, and has not been changed since.', warn: false };
    default:
      return { text: 'This file has no passphrase, and this device cannot confirm who made it or that it has not been changed. Only use it if you know where it came from.', warn: true };
  }
}

function Summary({ project, plan, onRestore, onCancel }: { project: CheckedProject; plan: MergePlan | null; onRestore: (allowRemovals: boolean) => void; onCancel: () => void }) {
  const removalsId = useId();
  const [removalsAgreed, setRemovalsAgreed] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const c = project.counts;
  const made = project.header ? formatDateWith(new Date(project.header.created), { dateStyle: 'long', timeStyle: 'short' }) : null;
  const parts = [
    [c.people ?? 0, 'member', 'members'],
    [c.meetings ?? 0, 'meeting', 'meetings'],
    [c.responses ?? 0, 'feedback response', 'feedback responses'],
  ].map(([n, one, many]) => `${formatNumber(n as number)} ${n === 1 ? one : many}`);
  const origin = originWords(project.origin);
  const listed = plan?.changes.slice(0, LISTED_CHANGES) ?? [];

  function go() {
    if (plan && plan.removes > 0 && !removalsAgreed) return setProblem('Tick the box to say the removals may go ahead, or cancel.');
    onRestore(removalsAgreed);
  }

  return (
    <div class="card restore-summary">
      <div role="status">
        <p>
          This is a backup of <strong>“{project.name}”</strong>
          {made ? `, made on ${made}` : ''}, with {parts.join(', ')}. Every part of it has been checked.
        </p>
        <p class={origin.warn ? 'notice' : undefined}>{origin.text}</p>
        {project.leftOut > 0 && (
          <p class="notice">
            It also held {project.leftOut === 1 ? 'one detail' : `${formatNumber(project.leftOut)} details`} this version of Common Ground does not know. {project.leftOut === 1 ? 'It is' : 'They are'} left
            out. If a newer version made the file, update the app here first.
          </p>
        )}
        {!plan && <p>This project is not on this device yet. It will be added to your projects.</p>}
        {plan?.nothingNew && <p>This project is already on this device, and it already has everything in the file.</p>}
        {plan && !plan.nothingNew && (
          <p>
            This project is already on this device. Merging the file <strong>{mergeSummary(plan)}</strong>.
          </p>
        )}
      </div>
      {plan && listed.length > 0 && (
        <details class="restore-changes">
          <summary>See each change ({formatNumber(plan.changes.length)})</summary>
          <ul>
            {listed.map((change) => (
              <li key={`${change.collection}/${change.id}`}>{changeLine(change)}</li>
            ))}
          </ul>
          {plan.changes.length > listed.length && <p class="hint">And {formatNumber(plan.changes.length - listed.length)} more.</p>}
        </details>
      )}
      {plan && plan.removes > 0 && (
        <div class="notice backup-warning">
          <p>{removalWarning(plan)}</p>
          <label class="choice" for={removalsId}>
            <input id={removalsId} type="checkbox" checked={removalsAgreed} onChange={(e) => setRemovalsAgreed((e.currentTarget as HTMLInputElement).checked)} />
            <span>Yes, remove them</span>
          </label>
        </div>
      )}
      {problem && (
        <p class="error" role="alert">
          {problem}
        </p>
      )}
      <div class="row">
        {plan?.nothingNew ? (
          <Button variant="primary" onClick={onCancel}>
            Close
          </Button>
        ) : (
          <>
            <Button variant={plan && plan.removes > 0 ? 'danger' : 'primary'} onClick={go}>
              {!plan ? 'Restore the project' : plan.removes > 0 ? 'Merge, with the removals' : 'Merge the changes in'}
            </Button>
            <Button onClick={onCancel}>Cancel</Button>
          </>
        )}
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
