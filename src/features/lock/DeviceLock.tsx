import { useEffect, useRef, useState } from 'preact/hooks';
import type { KioskSession } from '../../core/feedback/kiosk-session';
import { db } from '../../state/app-db';
import { kioskHash } from '../feedback/kiosk-route';
import { checkKioskSession, endKioskSession, kioskChecked, kioskElsewhere, kioskLocksThisTab, kioskSession, kioskShownSomewhere, tabShowsKiosk, watchKioskSession } from './kiosk-lock';
import { locked, refreshLockConfig, unlocked, watchIdle } from './lock-state';
import { tryPin } from './lockout';
import './lock.css';

const DIGITS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];

/**
 * Covers the whole app when the device is locked, or while kiosk mode runs and this tab is not
 * the kiosk, so a tablet left on a table or handed round shows no one's details. Drawn in its
 * own root beside the app's (see main.tsx), so everything in the app can be made inert while
 * it shows. Until this load has checked for kiosk mode, the app is not shown at all.
 */
export function DeviceLock() {
  useEffect(() => {
    const stopKiosk = watchKioskSession();
    const stopIdle = watchIdle();
    void checkKioskSession().then(() => refreshLockConfig({ lockIfOn: true }));
    return () => {
      stopKiosk();
      stopIdle();
    };
  }, []);
  const kiosk = kioskLocksThisTab.value ? kioskSession.value : null;
  // The device lock never covers the kiosk itself: it has its own way out, the same PIN.
  const isLocked = kiosk !== null || (locked.value && !tabShowsKiosk());
  const checked = kioskChecked.value;
  useEffect(() => {
    const app = document.getElementById('app');
    if (!app) return;
    // Hidden as well as inert, so nothing of it shows round the lock's edges or in a print.
    app.inert = isLocked || !checked;
    app.classList.toggle('app-covered', isLocked || !checked);
    return () => {
      app.inert = false;
      app.classList.remove('app-covered');
    };
  }, [isLocked, checked]);
  if (!isLocked) return null;
  return <LockScreen kiosk={kiosk} />;
}

function LockScreen({ kiosk }: { kiosk: KioskSession | null }) {
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
    return () => d.removeEventListener('close', reopen);
  }, []);
  useEffect(() => {
    const title = document.title;
    document.title = kiosk ? 'Kiosk mode · Common Ground' : 'Locked · Common Ground';
    return () => {
      document.title = title;
    };
  }, [kiosk !== null]);
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
      if (kiosk) await leaveKioskFromHere(kiosk);
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
        <h1 id="lock-title">{kiosk ? 'Kiosk mode is on' : 'Common Ground is locked'}</h1>
        {kiosk ? <KioskLockHelp kiosk={kiosk} /> : <p id="lock-help">Enter the facilitator PIN to carry on.</p>}
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
          <button type="submit" class="pin-key pin-key-go" disabled={waiting || checking} aria-label={kiosk ? 'Leave kiosk mode' : 'Unlock'}>
            {checking ? 'Checking…' : kiosk ? 'Leave' : 'Unlock'}
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

/**
 * What the kiosk lock says: where the kiosk is, and a way back to it when no tab shows it
 * (someone typed the app's address in the kiosk's tab, or the browser was closed part way).
 */
function KioskLockHelp({ kiosk }: { kiosk: KioskSession }) {
  const elsewhere = kioskElsewhere.value;
  const [shownElsewhere, setShownElsewhere] = useState<boolean | null>(elsewhere || null);
  useEffect(() => {
    let live = true;
    const look = () => void kioskShownSomewhere().then((shown) => live && setShownElsewhere(elsewhere || shown));
    look();
    document.addEventListener('visibilitychange', look);
    return () => {
      live = false;
      document.removeEventListener('visibilitychange', look);
    };
  }, [elsewhere]);
  return (
    <>
      <p id="lock-help">
        {shownElsewhere
          ? 'Kiosk mode is open in another tab or window on this device. Please answer the questions there.'
          : 'This device is collecting anonymous feedback. The rest of Common Ground stays locked until a facilitator leaves kiosk mode with the PIN.'}
      </p>
      {shownElsewhere === false && (
        <button type="button" class="btn btn-primary lock-return" onClick={() => (location.hash = kioskHash(kiosk))}>
          Back to the questions
        </button>
      )}
      <p class="lock-facilitator">Facilitator: enter your PIN to leave kiosk mode.</p>
    </>
  );
}

/**
 * Ends kiosk mode from a tab that is not the kiosk. The kiosk's own tab, if one is open, hears
 * of it, keeps the answers on screen and locks itself; if none is open, the answers it left
 * waiting join the project from here.
 */
async function leaveKioskFromHere(kiosk: KioskSession) {
  const shown = await kioskShownSomewhere();
  await endKioskSession();
  if (!shown) void import('../feedback/queue-actions').then((actions) => actions.closeEndedKiosk(kiosk));
}
