import { useEffect, useState } from 'preact/hooks';
import { removePin, setPin, verifyPin } from '../../core/security/pin';
import { db } from '../../state/app-db';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/TextField';
import { lockConfig, lockNow, refreshLockConfig } from './lock-state';
import { checkNewPin, clearFailures, DEFAULT_LOCK_AFTER, LOCK_AFTER_CHOICES, writeLockAfter, type LockAfter } from './lockout';

const LOCK_AFTER_LABELS: Record<LockAfter, string> = { 2: 'After 2 minutes', 5: 'After 5 minutes', 15: 'After 15 minutes', 0: 'Never (only when I tap “Lock now”)' };

type Mode = 'idle' | 'change' | 'remove';
type Message = { kind: 'ok' | 'error'; text: string } | null;

function LockAfterField({ value, onChange }: { value: LockAfter; onChange: (v: LockAfter) => void }) {
  return (
    <div class="field">
      <label for="lock-after">Lock the app when it has not been used</label>
      <select id="lock-after" value={String(value)} onChange={(e) => onChange(Number((e.currentTarget as HTMLSelectElement).value) as LockAfter)}>
        {LOCK_AFTER_CHOICES.map((m) => (
          <option key={m} value={String(m)}>
            {LOCK_AFTER_LABELS[m]}
          </option>
        ))}
      </select>
    </div>
  );
}

const pinInput = { type: 'password' as const, inputMode: 'numeric' as const, autoComplete: 'off' };

/** Settings: set, change or remove the facilitator PIN, and choose when the app locks itself. */
export function DeviceLockCard() {
  const config = lockConfig.value;
  const [mode, setMode] = useState<Mode>('idle');
  const [current, setCurrent] = useState('');
  const [pin, setPinValue] = useState('');
  const [again, setAgain] = useState('');
  const [after, setAfter] = useState<LockAfter>(DEFAULT_LOCK_AFTER);
  const [message, setMessage] = useState<Message>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void refreshLockConfig();
  }, []);
  useEffect(() => {
    if (config) setAfter(config.pinSet ? config.minutes : DEFAULT_LOCK_AFTER);
  }, [config?.minutes, config?.pinSet]);

  const reset = (next: Message) => {
    setCurrent('');
    setPinValue('');
    setAgain('');
    setMode('idle');
    setMessage(next);
  };

  async function saveNewPin(e: Event) {
    e.preventDefault();
    const checked = checkNewPin(pin, again);
    if (!checked.ok) return setMessage({ kind: 'error', text: checked.message });
    setBusy(true);
    if (config?.pinSet) {
      if (!(await verifyPin(db, current))) {
        setBusy(false);
        return setMessage({ kind: 'error', text: 'The current PIN is not right, so the PIN was not changed.' });
      }
    }
    const r = await setPin(db, checked.value);
    if (r.ok) {
      await writeLockAfter(db, after);
      await clearFailures(db);
      await refreshLockConfig();
    }
    setBusy(false);
    if (!r.ok) return setMessage({ kind: 'error', text: r.message });
    reset({ kind: 'ok', text: config?.pinSet ? 'The PIN is changed.' : 'The PIN is set.' });
  }

  async function remove(e: Event) {
    e.preventDefault();
    setBusy(true);
    const right = await verifyPin(db, current);
    if (right) {
      await removePin(db);
      await clearFailures(db);
      await refreshLockConfig();
    }
    setBusy(false);
    if (!right) return setMessage({ kind: 'error', text: 'That PIN is not right, so it was not removed.' });
    reset({ kind: 'ok', text: 'The PIN is removed. The app will not lock itself.' });
  }

  async function saveAfter(value: LockAfter) {
    setAfter(value);
    if (!config?.pinSet) return;
    await writeLockAfter(db, value);
    await refreshLockConfig();
    setMessage({ kind: 'ok', text: value === 0 ? 'The app will lock only when you tap “Lock now”.' : `The app will lock after ${value} minutes without use.` });
  }

  const newPinFields = (
    <>
      <TextField label="New PIN" hint="4 to 8 numbers." value={pin} onInput={setPinValue} required {...pinInput} />
      <TextField label="Type the new PIN again" value={again} onInput={setAgain} required {...pinInput} />
    </>
  );

  return (
    <section class="card" aria-labelledby="lock-heading">
      <h2 id="lock-heading">Device lock</h2>
      <p>A PIN stops someone who picks up this device from seeing members’ details in Common Ground. It is also the only way to leave kiosk mode.</p>
      {config === null ? (
        <p role="status">Checking…</p>
      ) : !config.pinSet ? (
        <form onSubmit={saveNewPin} noValidate>
          <p data-testid="lock-state">No PIN is set on this device.</p>
          {newPinFields}
          <LockAfterField value={after} onChange={setAfter} />
          <Button type="submit" variant="primary" disabled={busy}>
            Set PIN
          </Button>
        </form>
      ) : (
        <>
          <p data-testid="lock-state">A PIN is set. {config.on ? `The app locks after ${config.minutes} minutes without use.` : 'The app locks only when you tap “Lock now”.'}</p>
          <LockAfterField value={after} onChange={(v) => void saveAfter(v)} />
          <div class="row">
            <Button variant="primary" onClick={lockNow}>
              Lock now
            </Button>
            {mode !== 'change' && <Button onClick={() => { setMode('change'); setMessage(null); }}>Change PIN</Button>}
            {mode !== 'remove' && <Button onClick={() => { setMode('remove'); setMessage(null); }}>Remove PIN</Button>}
          </div>
          {mode === 'change' && (
            <form onSubmit={saveNewPin} noValidate class="lock-form">
              <TextField label="Current PIN" value={current} onInput={setCurrent} required {...pinInput} />
              {newPinFields}
              <div class="row">
                <Button type="submit" variant="primary" disabled={busy}>
                  Change PIN
                </Button>
                <Button onClick={() => reset(null)}>Cancel</Button>
              </div>
            </form>
          )}
          {mode === 'remove' && (
            <form onSubmit={remove} noValidate class="lock-form">
              <TextField label="Current PIN" value={current} onInput={setCurrent} required {...pinInput} />
              <div class="row">
                <Button type="submit" variant="danger" disabled={busy}>
                  Remove PIN
                </Button>
                <Button onClick={() => reset(null)}>Cancel</Button>
              </div>
            </form>
          )}
        </>
      )}
      {message && (
        <p class={message.kind === 'error' ? 'error' : 'lock-ok'} role={message.kind === 'error' ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
      <LockLimits />
    </section>
  );
}

/** What the PIN does and does not protect, and what to do about the rest, in plain words. */
function LockLimits() {
  return (
    <div class="lock-limits" data-testid="lock-limits">
      <h3>What the PIN protects</h3>
      <p>
        The screens. While the app is locked, and while kiosk mode is on, nobody can see members, notes or feedback in Common Ground on this device, in this tab or in any other
        tab or window of this browser.
      </p>
      <h3>What it does not protect</h3>
      <p>
        The stored information. The PIN does not encrypt anything. Your projects, feedback answers waiting to be added, and the keys that let this device share projects are kept
        in this browser’s storage as they are. Someone who can get into the browser’s settings or tools, or copy the device’s files, could read them without the PIN. Files you
        save from the app, such as backups and packs, are not covered by it either.
      </p>
      <h3>Protect the device itself</h3>
      <p>Turn on the device’s own lock. On most devices this also encrypts everything stored on it, so a lost or stolen device cannot be read:</p>
      <ul>
        <li>Android tablet or phone: set a screen lock PIN or password (not just a swipe) in Settings, under Security.</li>
        <li>iPad or iPhone: set a passcode in Settings, under Face ID (or Touch ID) and Passcode.</li>
        <li>Windows laptop: turn on Device encryption or BitLocker. Mac: turn on FileVault. Chromebook: storage is encrypted for each person who signs in.</li>
      </ul>
      <p>Keep the device’s login to the facilitators, and lock it when you put it down.</p>
    </div>
  );
}
