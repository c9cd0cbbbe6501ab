import { useEffect, useRef, useState } from 'preact/hooks';
import { db } from '../../state/app-db';
import { locked, refreshLockConfig, unlocked, watchIdle } from './lock-state';
import { tryPin } from './lockout';
import './lock.css';

const DIGITS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];

/**
 * Covers the whole app when the device is locked, so a tablet left on a table shows no one's
 * details. Drawn in its own root beside the app's (see main.tsx), so everything in the app can
 * be made inert while it shows.
 */
export function DeviceLock() {
  useEffect(() => {
    void refreshLockConfig({ lockIfOn: true });
    return watchIdle();
  }, []);
  const isLocked = locked.value;
  useEffect(() => {
    const app = document.getElementById('app');
    if (app) app.inert = isLocked;
    return () => {
      if (app) app.inert = false;
    };
  }, [isLocked]);
  if (!isLocked) return null;
  return <LockScreen />;
}

function LockScreen() {
  const [pin, setPin] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [waitUntil, setWaitUntil] = useState(0);
  const [now, setNow] = useState(Date.now());
  const [checking, setChecking] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  const waiting = now < waitUntil;

  useEffect(() => {
    // A modal dialog sits in the browser's top layer, above any dialog the app had open,
    // and makes everything else inert. If the browser closes it anyway (Escape pressed
    // twice), it opens again while the app is locked.
    const d = dialog.current;
    if (!d) return;
    if (!d.open) d.showModal();
    const reopen = () => {
      if (locked.value && !d.open) d.showModal();
    };
    d.addEventListener('close', reopen);
    input.current?.focus();
    const title = document.title;
    document.title = 'Locked · Common Ground';
    return () => {
      d.removeEventListener('close', reopen);
      document.title = title;
    };
  }, []);
  useEffect(() => {
    if (!waiting) return;
    const t = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(t);
  }, [waiting]);

  const type = (value: string) => {
    setPin(value.replace(/\D/g, '').slice(0, 8));
    setError(null);
  };

  async function submit(e?: Event) {
    e?.preventDefault();
    if (checking || waiting) return;
    setChecking(true);
    const result = await tryPin(db, pin);
    setChecking(false);
    if (result.ok) {
      setPin('');
      unlocked();
      return;
    }
    setError(result.message);
    setPin('');
    if (result.waitMs) {
      setWaitUntil(Date.now() + result.waitMs);
      setNow(Date.now());
    }
    input.current?.focus();
  }

  const secondsLeft = Math.ceil((waitUntil - now) / 1000);
  return (
    <dialog ref={dialog} class="lock-screen" aria-labelledby="lock-title" aria-describedby="lock-help" onCancel={(e) => e.preventDefault()}>
      <form class="lock-box" onSubmit={submit} noValidate>
        <h1 id="lock-title">Common Ground is locked</h1>
        <p id="lock-help">Enter the facilitator PIN to carry on.</p>
        <label for="lock-pin" class="lock-label">
          PIN
        </label>
        <input
          id="lock-pin"
          ref={input}
          class="lock-input"
          type="password"
          inputMode="numeric"
          autoComplete="off"
          value={pin}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'lock-error' : undefined}
          onInput={(e) => type((e.currentTarget as HTMLInputElement).value)}
        />
        <p id="lock-error" class="lock-error" role="alert">
          {error ?? ''}
        </p>
        {waiting && (
          <p class="lock-wait" role="status">
            You can try again in {secondsLeft} {secondsLeft === 1 ? 'second' : 'seconds'}.
          </p>
        )}
        <div class="pin-pad">
          {DIGITS.map((d) => (
            <button key={d} type="button" class="pin-key" onClick={() => type(pin + d)} disabled={waiting}>
              {d}
            </button>
          ))}
          <button type="button" class="pin-key pin-key-small" onClick={() => type(pin.slice(0, -1))} aria-label="Delete last number">
            Delete
          </button>
          <button type="button" class="pin-key" onClick={() => type(pin + '0')} disabled={waiting}>
            0
          </button>
          <button type="submit" class="pin-key pin-key-go" disabled={waiting || checking} aria-label="Unlock">
            {checking ? 'Checking…' : 'Unlock'}
          </button>
        </div>
        <details class="lock-forgot">
          <summary>Forgotten the PIN?</summary>
          <p>The PIN cannot be recovered on this device. If the project is shared with another facilitator, they can invite this device again after the app’s data is cleared in the browser settings. Clearing deletes projects kept only on this device.</p>
        </details>
      </form>
    </dialog>
  );
}
