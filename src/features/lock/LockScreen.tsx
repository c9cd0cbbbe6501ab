import { plural, t } from '@lingui/core/macro';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { KioskSession } from '../../core/feedback/kiosk-session';
import { kioskHash } from '../feedback/kiosk-route';
import { endKioskSession, kioskElsewhere, kioskShownSomewhere } from './kiosk-lock';
import { locked, tryUnlock, unlocked } from './lock-state';

const DIGITS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];

/**
 * The lock itself: the facilitator PIN on a big pad, over everything (a modal dialog). While
 * kiosk mode runs, it says where the kiosk is and ends kiosk mode when the PIN is right.
 */
export function LockScreen({ kiosk }: { kiosk: KioskSession | null }) {
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
  const title = kiosk ? t`Kiosk mode · Common Ground` : t`Locked · Common Ground`;
  useEffect(() => {
    const before = document.title;
    document.title = title;
    return () => {
      document.title = before;
    };
  }, [title]);
  useEffect(() => {
    if (!waiting) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [waiting]);

  const type = (value: string) => {
    setPin(value.replace(/\D/g, '').slice(0, 8));
    setError(null);
  };

  async function submit(e?: Event) {
    e?.preventDefault();
    if (checking || waiting) return;
    setChecking(true);
    const result = await tryUnlock(pin);
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
        <h1 id="lock-title">{kiosk ? t`Kiosk mode is on` : t`Common Ground is locked`}</h1>
        {kiosk ? <KioskLockHelp kiosk={kiosk} /> : <p id="lock-help">{t`Enter the facilitator PIN to carry on.`}</p>}
        <label for="lock-pin" class="lock-label">
          {t({ message: 'PIN', comment: 'The facilitator’s secret number that unlocks the app' })}
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
            {plural(secondsLeft, { one: 'You can try again in # second.', other: 'You can try again in # seconds.' })}
          </p>
        )}
        <div class="pin-pad">
          {DIGITS.map((d) => (
            <button key={d} type="button" class="pin-key" onClick={() => type(pin + d)} disabled={waiting}>
              {d}
            </button>
          ))}
          <button type="button" class="pin-key pin-key-small" onClick={() => type(pin.slice(0, -1))} aria-label={t`Delete last number`}>
            {t({ message: 'Delete', comment: 'Key on the PIN pad: rub out the last number typed' })}
          </button>
          <button type="button" class="pin-key" onClick={() => type(pin + '0')} disabled={waiting}>
            0
          </button>
          <button type="submit" class="pin-key pin-key-go" disabled={waiting || checking} aria-label={kiosk ? t`Leave kiosk mode` : t`Unlock`}>
            {checking ? t`Checking…` : kiosk ? t({ message: 'Leave', comment: 'Key on the PIN pad: leave kiosk mode' }) : t`Unlock`}
          </button>
        </div>
        <details class="lock-forgot">
          <summary>{t`Forgotten the PIN?`}</summary>
          <p>
            {t`The PIN cannot be recovered on this device. If the project is shared with another facilitator, they can invite this device again after the app’s data is cleared in the browser settings. Clearing deletes projects kept only on this device.`}
          </p>
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
          ? t`Kiosk mode is open in another tab or window on this device. Please answer the questions there.`
          : t`This device is collecting anonymous feedback. The rest of Common Ground stays locked until a facilitator leaves kiosk mode with the PIN.`}
      </p>
      {shownElsewhere === false && (
        <button type="button" class="btn btn-primary lock-return" onClick={() => (location.hash = kioskHash(kiosk))}>
          {t`Back to the questions`}
        </button>
      )}
      <p class="lock-facilitator">{t`Facilitator: enter your PIN to leave kiosk mode.`}</p>
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
