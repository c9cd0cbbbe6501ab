import { useId, useState } from 'preact/hooks';
import { MIN_PASSPHRASE_LENGTH } from '../../core/backup/format';
import type { ProjectSession } from '../../core/projects/project-session';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/TextField';
import { fileSize, saveFile } from './download';
import { daysAgo, noteBackupMade, useLastBackup } from './last-backup';
import { RestoreBackup } from './RestoreBackup';
import { Subpage } from './Subpage';
import './backup.css';

type Choice = 'passphrase' | 'none';

/** How far a passphrase is from the minimum, in words; counts characters as a person sees them. */
function lengthHint(passphrase: string): string {
  const missing = MIN_PASSPHRASE_LENGTH - [...passphrase.normalize('NFC')].length;
  if (!passphrase) return `At least ${MIN_PASSPHRASE_LENGTH} characters.`;
  return missing > 0 ? `${missing} more ${missing === 1 ? 'character' : 'characters'} needed.` : 'Long enough.';
}

/** Make a backup file of the whole project, or bring in changes from another device's file. */
export function BackupScreen({ session }: { session: ProjectSession }) {
  const lastBackup = useLastBackup(session.projectId);
  const choiceName = useId();
  const [choice, setChoice] = useState<Choice>('passphrase');
  const [passphrase, setPassphrase] = useState('');
  const [again, setAgain] = useState('');
  const [understood, setUnderstood] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);

  async function make(e: Event) {
    e.preventDefault();
    setError(null);
    setSaved(null);
    if (choice === 'passphrase' && passphrase !== again) return setError('The two passphrases are not the same. Type them again.');
    if (choice === 'none' && !understood) return setError('Tick the box to say you understand that anyone with the file can read it, or choose a passphrase instead.');
    setBusy(true);
    try {
      const { makeBackup } = await import('./backup-actions');
      const result = await makeBackup(session.doc, choice === 'passphrase' ? { passphrase } : { unprotected: true });
      if (!result.ok) return setError(result.message);
      saveFile(result.value.bytes, result.value.fileName, 'application/octet-stream');
      await noteBackupMade(session.projectId);
      setSaved(`Saved as ${result.value.fileName} (${fileSize(result.value.bytes.length)}). Look for it in your Downloads.`);
      setPassphrase('');
      setAgain('');
      setUnderstood(false);
    } catch {
      setError('The backup could not be made on this device. Try again.');
    } finally {
      setBusy(false);
    }
  }

  return (
    <Subpage projectId={session.projectId} title="Backup">
      <section class="card" aria-labelledby="make-backup-heading">
        <h3 id="make-backup-heading">Make a backup file</h3>
        <p>
          A backup file holds the whole project: everyone’s names and contact details, access needs and health notes included. It restores the project on another device, or
          passes your changes to another facilitator when there is no internet: they choose the file on their list of projects.
        </p>
        <p class="hint">{lastBackup === undefined ? '' : lastBackup ? `Last backup from this device: ${daysAgo(lastBackup)}.` : 'No backup has been made on this device yet.'}</p>
        <form onSubmit={make} noValidate>
          <fieldset>
            <legend>How to keep the file safe</legend>
            <label class="choice">
              <input type="radio" name={choiceName} value="passphrase" checked={choice === 'passphrase'} onChange={() => setChoice('passphrase')} />
              <span>Lock it with a passphrase (recommended)</span>
            </label>
            <label class="choice">
              <input type="radio" name={choiceName} value="none" checked={choice === 'none'} onChange={() => setChoice('none')} />
              <span>No passphrase</span>
            </label>
          </fieldset>
          {choice === 'passphrase' ? (
            <>
              <TextField
                label="Passphrase"
                type="password"
                value={passphrase}
                onInput={setPassphrase}
                required
                autoComplete="new-password"
                hint={`${lengthHint(passphrase)} Three or four ordinary words that only you would put together work well. Avoid names, birthdays, the project’s name and well-known sayings.`}
              />
              <TextField label="Type the passphrase again" type="password" value={again} onInput={setAgain} required autoComplete="new-password" />
              <p class="notice">
                Nobody can open the file without the passphrase, not even us: if it is forgotten, the backup is lost. Write it down and keep it apart from the file. It is asked for
                when the file is restored.
              </p>
            </>
          ) : (
            <div class="notice backup-warning">
              <p>
                <strong>Anyone who gets this file can read it</strong> with an ordinary zip program: everyone’s names, phone numbers and email addresses, access needs and health
                notes, and everything else in the project.
              </p>
              <p>
                This device adds a check to the file. If the file is changed, this device will refuse it, and so will your team’s devices when the project is shared. The check
                does not stop anyone reading the file, and a device that has never had the project cannot use it.
              </p>
              <label class="choice">
                <input type="checkbox" checked={understood} onChange={(e) => setUnderstood((e.currentTarget as HTMLInputElement).checked)} />
                <span>I understand that anyone with this file can read everyone’s details</span>
              </label>
            </div>
          )}
          {error && (
            <p class="error" role="alert">
              {error}
            </p>
          )}
          <div class="backup-actions">
            <Button type="submit" variant="primary" disabled={busy}>
              {busy ? 'Making the backup…' : 'Make a backup file'}
            </Button>
          </div>
          {saved && (
            <p role="status" class="notice">
              {saved}
            </p>
          )}
        </form>
      </section>
      <section class="card" aria-labelledby="merge-heading">
        <h3 id="merge-heading">Bring in changes from a backup file</h3>
        <RestoreBackup projectId={session.projectId} />
      </section>
    </Subpage>
  );
}
