import { plural, t } from '@lingui/core/macro';
import { useState } from 'preact/hooks';
import { MIN_PASSPHRASE_LENGTH } from '../../core/backup/format';
import { formatBytes } from '../../core/format/numbers';
import { fail, ok } from '../../core/result';
import { useSession } from '../../state/project-context';
import { Button } from '../../ui/Button';
import { Checkbox, RadioGroup } from '../../ui/form/ChoiceGroup';
import { CommandError } from '../../ui/form/CommandError';
import { useCommand } from '../../ui/form/use-command';
import { TextField } from '../../ui/TextField';
import { noteBackupMade, useBackupAge } from './backup-age';
import { ShareFileButton } from '../../ui/ShareFileButton';
import { downloadFile, makeFile } from '../../ui/save-file';
import { RestoreBackup } from './RestoreBackup';
import { Subpage } from './Subpage';
import './backup.css';

type Choice = 'passphrase' | 'none';

/** How far a passphrase is from the minimum, in words; counts characters as a person sees them. */
function lengthHint(passphrase: string): string {
  const missing = MIN_PASSPHRASE_LENGTH - [...passphrase.normalize('NFC')].length;
  if (!passphrase) return t`At least ${MIN_PASSPHRASE_LENGTH} characters.`;
  return missing > 0 ? plural(missing, { one: '# more character needed.', other: '# more characters needed.' }) : t`Long enough.`;
}

/** How long the passphrase is so far, then how to choose a good one. */
function passphraseHint(passphrase: string): string {
  const length = lengthHint(passphrase);
  return t({
    message: `${length} Three or four ordinary words that only you would put together work well. Avoid names, birthdays, the project’s name and well-known sayings.`,
    comment: 'The first placeholder says how long the passphrase typed so far is, such as “3 more characters needed.”',
  });
}

/** Make a backup file of the whole project, or bring in changes from another device's file. */
export function BackupScreen() {
  const session = useSession();
  const backup = useBackupAge();
  const when = backup?.when ?? '';
  const command = useCommand();
  const [choice, setChoice] = useState<Choice>('passphrase');
  const [passphrase, setPassphrase] = useState('');
  const [again, setAgain] = useState('');
  const [understood, setUnderstood] = useState(false);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const [savedFile, setSavedFile] = useState<File | null>(null);

  async function make(e: Event) {
    e.preventDefault();
    setSaved(null);
    setSavedFile(null);
    setBusy(true);
    const made = await command.runAsync(async () => {
      if (choice === 'passphrase' && passphrase !== again) return fail(t`The two passphrases are not the same. Type them again.`);
      if (choice === 'none' && !understood)
        return fail(t`Tick the box to say you understand that anyone with the file can read it, or choose a passphrase instead.`);
      try {
        const { makeBackup } = await import('../../state/backup-files');
        const result = await makeBackup(session.doc, choice === 'passphrase' ? { passphrase } : { unprotected: true });
        if (!result.ok) return result;
        const file = makeFile(result.value.bytes, result.value.fileName, 'application/octet-stream');
        downloadFile(file);
        setSavedFile(file);
        await noteBackupMade(session.projectId);
        return ok(result.value);
      } catch {
        return fail(t`The backup could not be made on this device. Try again.`);
      }
    });
    setBusy(false);
    if (!made.ok) return;
    const name = made.value.fileName;
    const size = formatBytes(made.value.bytes.length);
    setSaved(t`Saved as ${name} (${size}). Look for it in your Downloads.`);
    setPassphrase('');
    setAgain('');
    setUnderstood(false);
  }

  return (
    <Subpage title={t`Backup`}>
      <section class="card" aria-labelledby="make-backup-heading">
        <h3 id="make-backup-heading">{t`Make a backup file`}</h3>
        <p>
          {t`A backup file holds the whole project: everyone’s names and contact details, access needs and health notes included. It restores the project on another device, or passes your changes to another facilitator when there is no internet: they choose the file on their list of projects.`}
        </p>
        <p class="hint">{backup === undefined ? '' : backup ? t`Last backup from this device: ${when}.` : t`No backup has been made on this device yet.`}</p>
        <form onSubmit={make} noValidate>
          <RadioGroup
            legend={t`How to keep the file safe`}
            options={[
              { value: 'passphrase', label: t`Lock it with a passphrase (recommended)` },
              { value: 'none', label: t`No passphrase` },
            ]}
            value={choice}
            onChange={setChoice}
          />
          {choice === 'passphrase' ? (
            <>
              <TextField
                label={t`Passphrase`}
                type="password"
                value={passphrase}
                onInput={setPassphrase}
                required
                autoComplete="new-password"
                hint={passphraseHint(passphrase)}
              />
              <TextField label={t`Type the passphrase again`} type="password" value={again} onInput={setAgain} required autoComplete="new-password" />
              <p class="notice">
                {t`Nobody can open the file without the passphrase, not even us: if it is forgotten, the backup is lost. Write it down and keep it apart from the file. It is asked for when the file is restored.`}
              </p>
            </>
          ) : (
            <div class="notice backup-warning">
              <p>
                <strong>{t`Anyone who gets this file can read it.`}</strong>{' '}
                {t`An ordinary zip program opens it and shows everyone’s names, phone numbers and email addresses, access needs and health notes, and everything else in the project.`}
              </p>
              <p>
                {t`This device adds a check to the file. If the file is changed, this device will refuse it, and so will your team’s devices when the project is shared. The check does not stop anyone reading the file, and a device that has never had the project cannot use it.`}
              </p>
              <Checkbox label={t`I understand that anyone with this file can read everyone’s details`} checked={understood} onChange={setUnderstood} />
            </div>
          )}
          <CommandError error={command.error} />
          <div class="backup-actions">
            <Button type="submit" variant="primary" disabled={busy}>
              {busy ? t`Making the backup…` : t`Make a backup file`}
            </Button>
          </div>
          {saved && (
            <p role="status" class="notice">
              {saved}
            </p>
          )}
          {savedFile && <ShareFileButton file={savedFile} />}
        </form>
      </section>
      <section class="card" aria-labelledby="merge-heading">
        <h3 id="merge-heading">{t`Bring in changes from a backup file`}</h3>
        <RestoreBackup projectId={session.projectId} />
      </section>
    </Subpage>
  );
}
