import { useState } from 'preact/hooks';
import type { ProjectSession } from '../../core/projects/project-session';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/TextField';
import { fileSize, saveFile } from './download';
import { daysAgo, noteBackupMade, useLastBackup } from './last-backup';
import { RestoreBackup } from './RestoreBackup';
import { Subpage } from './Subpage';

/** Make a backup file of the whole project, or bring in changes from another device's file. */
export function BackupScreen({ session }: { session: ProjectSession }) {
  const lastBackup = useLastBackup(session.projectId);
  const [protect, setProtect] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [again, setAgain] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);

  async function make(e: Event) {
    e.preventDefault();
    setError(null);
    setSaved(null);
    if (protect && passphrase !== again) return setError('The two passphrases are not the same. Type them again.');
    setBusy(true);
    try {
      const { makeBackup } = await import('./backup-actions');
      const result = await makeBackup(session.doc, protect ? passphrase : undefined);
      if (!result.ok) return setError(result.message);
      saveFile(result.value.bytes, result.value.fileName, 'application/octet-stream');
      await noteBackupMade(session.projectId);
      setSaved(`Saved as ${result.value.fileName} (${fileSize(result.value.bytes.length)}). Look for it in your Downloads.`);
      setPassphrase('');
      setAgain('');
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
          A backup file holds the whole project, including personal details. Keep it somewhere safe. It restores the project on another device, or passes your
          changes to another facilitator when there is no internet: they choose the file on their list of projects.
        </p>
        <p class="hint">{lastBackup === undefined ? '' : lastBackup ? `Last backup from this device: ${daysAgo(lastBackup)}.` : 'No backup has been made on this device yet.'}</p>
        <form onSubmit={make} noValidate>
          <label class="choice">
            <input type="checkbox" checked={protect} onChange={(e) => setProtect((e.currentTarget as HTMLInputElement).checked)} />
            Protect it with a passphrase
          </label>
          {protect && (
            <>
              <p class="notice">If the passphrase is forgotten, nobody can open the backup, not even us. Write it down somewhere safe, away from the file.</p>
              <TextField label="Passphrase" type="password" value={passphrase} onInput={setPassphrase} required autoComplete="new-password" hint="At least 8 characters. A few ordinary words work well." />
              <TextField label="Type the passphrase again" type="password" value={again} onInput={setAgain} required autoComplete="new-password" />
            </>
          )}
          {error && (
            <p class="error" role="alert">
              {error}
            </p>
          )}
          <Button type="submit" variant="primary" disabled={busy}>
            {busy ? 'Making the backup…' : 'Make a backup file'}
          </Button>
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
