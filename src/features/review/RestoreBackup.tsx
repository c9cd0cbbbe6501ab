import { plural, t } from '@lingui/core/macro';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { Restored } from '../../core/backup/apply';
import { MAX_FILE_BYTES } from '../../core/backup/limits';
import type { MergePlan } from '../../core/backup/merge';
import { changeLine, mergeSummary, removalWarning } from '../../core/backup/merge-words';
import type { CheckedProject } from '../../core/backup/restore';
import { formatNumber } from '../../core/format/intl';
import { formatBytes } from '../../core/format/numbers';
import { openedBackup, type OpenedFile } from '../../state/opened-files';
import { href } from '../../state/router';
import { Button, LinkButton } from '../../ui/Button';
import { Checkbox } from '../../ui/form/ChoiceGroup';
import { CommandError } from '../../ui/form/CommandError';
import { TextField } from '../../ui/TextField';
import { originWords, whatIsInIt } from './backup-words';
import './backup.css';

const actions = () => import('../../state/backup-files');

type Step =
  | { kind: 'idle' }
  | { kind: 'busy'; what: string }
  | { kind: 'passphrase'; bytes: Uint8Array; message: string | null }
  | { kind: 'ready'; project: CheckedProject; plan: MergePlan | null }
  | { kind: 'done'; restored: Restored };

export interface RestoreBackupProps {
  /** On a project's own screen: only files of this project are merged here. */
  projectId?: string;
  /** A file the system opened the app with (from the Files app), checked at once. */
  opened?: OpenedFile | null;
}

/** Most changes listed one by one; the rest are counted. */
const LISTED_CHANGES = 100;

/**
 * Restores a backup file as a project on this device, or merges it into the copy already
 * here: the way to pass changes from one device to another with no internet at all. Every
 * file goes through the one checking gate; a merge is worked out first and shown (what it
 * adds, changes and removes) before anything is written, and removals need their own yes.
 */
export function RestoreBackup({ projectId, opened }: RestoreBackupProps) {
  const inputId = useId();
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const [error, setError] = useState<string | null>(null);
  const [passphrase, setPassphrase] = useState('');

  const reset = (message: string | null) => {
    setStep({ kind: 'idle' });
    setError(message);
  };

  const takeOpened = useRef((file: OpenedFile) => {
    if (file.kind === 'unreadable') reset(t`The file you opened could not be read, so nothing was restored. Try choosing it below instead.`);
    else void chooseFile(file.file);
  });
  useEffect(() => {
    if (opened) takeOpened.current(opened);
  }, [opened]);

  async function check(bytes: Uint8Array, withPassphrase?: string) {
    setStep({ kind: 'busy', what: t`Checking the file…` });
    const loaded = await actions().catch(() => null);
    if (!loaded) return reset(t`This part of the app could not be loaded. Reload the page and try again.`);
    const result = await loaded.checkFile(bytes, withPassphrase);
    if (!result.ok) {
      if (result.needsPassphrase) return setStep({ kind: 'passphrase', bytes, message: withPassphrase ? result.message : null });
      return reset(result.message);
    }
    const project = result.value;
    if (projectId && project.projectId !== projectId) {
      const name = project.name;
      return reset(t`This file is a backup of “${name}”, not of this project. To restore it, go to the list of projects.`);
    }
    if (!(await loaded.isOnThisDevice(project.projectId))) return setStep({ kind: 'ready', project, plan: null });
    setStep({ kind: 'busy', what: t`Working out what the file would change…` });
    const plan = await loaded.planFileMerge(project).catch(() => null);
    if (!plan)
      return reset(t`The project on this device could not be opened to compare it with the file. Close other tabs with Common Ground open, then try again.`);
    if (!plan.ok) return reset(plan.message);
    setStep({ kind: 'ready', project, plan: plan.value });
  }

  async function chosen(input: HTMLInputElement) {
    const file = input.files?.[0];
    input.value = ''; // choosing the same file again still works
    if (file) await chooseFile(file);
  }

  async function chooseFile(file: File) {
    setError(null);
    setPassphrase('');
    if (file.size === 0) return reset(t`That file is empty, so nothing was restored.`);
    if (file.size > MAX_FILE_BYTES) {
      const size = formatBytes(file.size);
      return reset(t`That file is ${size}, too large to be a backup, so nothing was restored.`);
    }
    try {
      await check(new Uint8Array(await file.arrayBuffer()));
    } catch {
      reset(t`That file could not be read. Try choosing it again.`);
    }
  }

  async function restore(project: CheckedProject, plan: MergePlan | null, allowRemovals: boolean) {
    setStep({ kind: 'busy', what: plan ? t`Merging…` : t`Restoring…` });
    try {
      const result = await (await actions()).restoreChecked(project, plan ? { plan, allowRemovals } : undefined);
      if (!result.ok) return reset(result.message);
      setStep({ kind: 'done', restored: result.value });
    } catch {
      reset(t`The backup could not be restored on this device. Close other tabs with Common Ground open, then try again.`);
    }
  }

  return (
    <div class="restore-backup">
      <div class="field">
        <label for={inputId}>{projectId ? t`Choose a backup file of this project` : t`Choose a backup file`}</label>
        <p class="hint" id={`${inputId}-hint`}>
          {projectId
            ? t`You will see what it adds, changes and removes before anything is merged in. Edits made on both devices are kept.`
            : t`A new project is made on this device, or, if the project is already here, you will see what the file would change before it is merged in.`}
        </p>
        <input
          id={inputId}
          type="file"
          aria-describedby={`${inputId}-hint`}
          data-testid="restore-input"
          disabled={step.kind === 'busy'}
          onChange={(e) => chosen(e.currentTarget as HTMLInputElement)}
        />
      </div>
      <CommandError error={error} />
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
            label={t`Passphrase for this backup`}
            type="password"
            value={passphrase}
            onInput={setPassphrase}
            required
            autoFocus
            hint={t`This backup is locked. Type the passphrase that was chosen when it was made. Nothing changes on this device until it opens.`}
            error={step.message}
          />
          <div class="row">
            <Button type="submit" variant="primary">
              {t`Open the backup`}
            </Button>
            <Button onClick={() => reset(null)}>{t`Cancel`}</Button>
          </div>
        </form>
      )}
      {step.kind === 'ready' && (
        <Summary project={step.project} plan={step.plan} onRestore={(allow) => restore(step.project, step.plan, allow)} onCancel={() => reset(null)} />
      )}
      {step.kind === 'done' && <RestoreDone restored={step.restored} linkToProject={!projectId} />}
    </div>
  );
}

function RestoreDone({ restored, linkToProject }: { restored: Restored; linkToProject: boolean }) {
  const name = restored.name;
  return (
    <div class="notice restore-done" role="status">
      <p>
        {restored.outcome === 'created'
          ? t`“${name}” is now on this device.`
          : restored.changed
            ? t`The changes from the file are now in “${name}”.`
            : t`Nothing new: this device already had everything in the file.`}
      </p>
      {linkToProject && <LinkButton href={href('p', restored.projectId)}>{t`Open “${name}”`}</LinkButton>}
    </div>
  );
}

function Summary({
  project,
  plan,
  onRestore,
  onCancel,
}: {
  project: CheckedProject;
  plan: MergePlan | null;
  onRestore: (allowRemovals: boolean) => void;
  onCancel: () => void;
}) {
  const [removalsAgreed, setRemovalsAgreed] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const origin = originWords(project.origin);
  const listed = plan?.changes.slice(0, LISTED_CHANGES) ?? [];
  const leftOut = project.leftOut;

  function go() {
    if (plan && plan.removes > 0 && !removalsAgreed) return setProblem(t`Tick the box to say the removals may go ahead, or cancel.`);
    onRestore(removalsAgreed);
  }

  return (
    <div class="card restore-summary">
      <div role="status">
        <p>{whatIsInIt(project)}</p>
        <p class={origin.warn ? 'notice' : undefined}>{origin.text}</p>
        {leftOut > 0 && (
          <p class="notice">
            {plural(leftOut, {
              one: 'It also held one detail this version of Common Ground does not know. It is left out. If a newer version made the file, update the app here first.',
              other:
                'It also held # details this version of Common Ground does not know. They are left out. If a newer version made the file, update the app here first.',
            })}
          </p>
        )}
        {!plan && <p>{t`This project is not on this device yet. It will be added to your projects.`}</p>}
        {plan?.nothingNew && <p>{t`This project is already on this device, and it already has everything in the file.`}</p>}
        {plan && !plan.nothingNew && <MergeSummary plan={plan} />}
      </div>
      {plan && listed.length > 0 && <ChangeList plan={plan} listed={listed} />}
      {plan && plan.removes > 0 && (
        <div class="notice backup-warning">
          <p>{removalWarning(plan)}</p>
          <Checkbox label={t`Yes, remove them`} checked={removalsAgreed} onChange={setRemovalsAgreed} />
        </div>
      )}
      <CommandError error={problem} />
      <div class="row">
        {plan?.nothingNew ? (
          <Button variant="primary" onClick={onCancel}>
            {t`Close`}
          </Button>
        ) : (
          <>
            <Button variant={plan && plan.removes > 0 ? 'danger' : 'primary'} onClick={go}>
              {!plan ? t`Restore the project` : plan.removes > 0 ? t`Merge, with the removals` : t`Merge the changes in`}
            </Button>
            <Button onClick={onCancel}>{t`Cancel`}</Button>
          </>
        )}
      </div>
    </div>
  );
}

function MergeSummary({ plan }: { plan: MergePlan }) {
  const summary = mergeSummary(plan);
  return <p>{t`This project is already on this device. Merging the file ${summary}.`}</p>;
}

function ChangeList({ plan, listed }: { plan: MergePlan; listed: MergePlan['changes'] }) {
  const all = formatNumber(plan.changes.length);
  const more = formatNumber(plan.changes.length - listed.length);
  return (
    <details class="restore-changes">
      <summary>{t`See each change (${all})`}</summary>
      <ul>
        {listed.map((change) => (
          <li key={`${change.collection}/${change.id}`}>{changeLine(change)}</li>
        ))}
      </ul>
      {plan.changes.length > listed.length && <p class="hint">{t`And ${more} more.`}</p>}
    </details>
  );
}

/** The restore card as it appears on the list of projects. */
export function RestoreBackupCard() {
  const [opened, setOpened] = useState<OpenedFile | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const waiting = openedBackup.value;
  useEffect(() => {
    if (!waiting) return;
    openedBackup.value = null;
    setOpened(waiting);
    heading.current?.scrollIntoView({ block: 'start' });
    heading.current?.focus();
  }, [waiting]);
  return (
    <section class="card" aria-labelledby="restore-heading">
      <h2 id="restore-heading" ref={heading} tabIndex={-1}>
        {t`Restore or merge a backup`}
      </h2>
      {opened?.kind === 'file' && <p class="hint">{t`Opened from your files: ${opened.file.name}`}</p>}
      <RestoreBackup opened={opened} />
    </section>
  );
}
