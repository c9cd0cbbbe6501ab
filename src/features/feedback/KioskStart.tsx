import { useEffect, useState } from 'preact/hooks';
import type { Questionnaire } from '../../core/domain/questionnaire';
import { readyForKiosk } from '../../core/feedback/answers';
import { todayIso } from '../../core/ids';
import type { ProjectSession } from '../../core/projects/project-session';
import { fail, ok, type Result } from '../../core/result';
import { hasPin, setPin } from '../../core/security/pin';
import { db } from '../../state/app-db';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/TextField';
import { startKioskSession } from '../lock/kiosk-lock';
import { refreshLockConfig } from '../lock/lock-state';
import { checkNewPin, clearFailures, tryPin } from '../lock/lockout';
import { useMeetings } from './use-feedback';
import { requestFullscreen } from './use-kiosk-guard';

const pinInput = { type: 'password' as const, inputMode: 'numeric' as const, autoComplete: 'off', maxLength: 8 };

/** Sets the device's first PIN, which kiosk mode needs before it can start. */
async function chooseFirstPin(pin: string, again: string): Promise<Result<void>> {
  if (!pin) return fail('Choose a PIN first: 4 to 8 numbers. You will need it to leave kiosk mode.');
  const checked = checkNewPin(pin, again);
  if (!checked.ok) return checked;
  const set = await setPin(db, checked.value);
  if (!set.ok) return set;
  await clearFailures(db);
  await refreshLockConfig();
  return ok(undefined);
}

async function confirmPin(pin: string): Promise<Result<void>> {
  if (!pin) return fail('Type your facilitator PIN first.');
  return tryPin(db, pin);
}

/**
 * Where a facilitator starts kiosk mode: which meeting it is for, and the PIN that will be
 * the only way out. A device with no PIN sets one here; a device with one asks for it, so the
 * facilitator knows it before handing the tablet over.
 */
export function KioskStart({ session, questionnaire }: { session: ProjectSession; questionnaire: Questionnaire }) {
  const meetings = useMeetings(session.projectId);
  const today = todayIso();
  const [meetingId, setMeetingId] = useState<string | null>(null);
  const [pinSet, setPinSet] = useState<boolean | null>(null);
  const [pin, setPinValue] = useState('');
  const [again, setAgain] = useState('');
  const [pinError, setPinError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    void hasPin(db).then(setPinSet);
  }, []);
  const chosen = meetingId ?? meetings?.find((m) => m.date === today)?.id ?? '';

  async function start(e: Event) {
    e.preventDefault();
    const form = e.currentTarget as HTMLFormElement;
    if (busy || pinSet === null) return;
    setError(null);
    setPinError(null);
    const ready = readyForKiosk(questionnaire);
    if (!ready.ok) return setError(ready.message);
    setBusy(true);
    const confirmed = pinSet ? await confirmPin(pin) : await chooseFirstPin(pin, again);
    if (!confirmed.ok) {
      setBusy(false);
      setPinValue('');
      setAgain('');
      setPinError(confirmed.message);
      form.querySelector<HTMLInputElement>('input[type="password"]')?.focus();
      return;
    }
    const started = await startKioskSession({ projectId: session.projectId, questionnaireId: questionnaire.id, ...(chosen ? { meetingId: chosen } : {}), startedDay: todayIso() });
    setBusy(false);
    if (!started.ok) {
      setPinSet(true);
      setPinValue('');
      setAgain('');
      return setError(started.message);
    }
    requestFullscreen();
  }

  return (
    <section class="card" aria-labelledby="kiosk-heading">
      <h2 id="kiosk-heading">Kiosk mode</h2>
      <p>Hand the tablet round the room. It shows one question at a time in large text, can read each question aloud, and clears itself for the next person.</p>
      <form onSubmit={start} noValidate>
        {meetings && meetings.length > 0 && (
          <div class="field">
            <label for="kiosk-meeting">
              Which meeting is this for? <span class="optional">(optional)</span>
            </label>
            <select id="kiosk-meeting" value={chosen} onChange={(e) => setMeetingId((e.currentTarget as HTMLSelectElement).value)}>
              <option value="">Not for a meeting</option>
              {meetings.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.label}
                </option>
              ))}
            </select>
          </div>
        )}
        {pinSet === false && (
          <div class="kiosk-pin">
            <p>
              <strong>Kiosk mode needs a facilitator PIN.</strong> It is the only way to leave kiosk mode, so choose numbers you will remember: nobody can look it up for you.
              The same PIN locks the app on this device when it has not been used for a few minutes (you can change that in Settings).
            </p>
            <TextField label="New PIN" hint="4 to 8 numbers." value={pin} onInput={setPinValue} required error={pinError} {...pinInput} />
            <TextField label="Type the new PIN again" value={again} onInput={setAgain} required {...pinInput} />
          </div>
        )}
        {pinSet === true && (
          <div class="kiosk-pin">
            <p>Type your facilitator PIN to start. You will need it again to leave kiosk mode: nothing else lets anyone out.</p>
            <TextField label="Facilitator PIN" value={pin} onInput={setPinValue} required error={pinError} {...pinInput} />
          </div>
        )}
        <p class="hint kiosk-locks-others">While kiosk mode is on, Common Ground is locked in every other tab and window on this device.</p>
        {error && (
          <p class="error" role="alert">
            {error}
          </p>
        )}
        <Button type="submit" variant="primary" disabled={busy || pinSet === null}>
          {busy ? 'Starting…' : 'Start kiosk mode'}
        </Button>
      </form>
    </section>
  );
}
