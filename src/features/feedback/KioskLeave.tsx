import { useEffect, useRef, useState } from 'preact/hooks';
import { HOLD_TO_LEAVE_MS, PIN_TRIES, PIN_WAIT_MS } from '../../core/feedback/kiosk';
import { hasPin, verifyPin } from '../../core/security/pin';
import { db } from '../../state/app-db';
import { Button } from '../../ui/Button';

/**
 * The only way out of kiosk mode: the facilitator's PIN, or — when no PIN is set — holding
 * the button for three seconds and then confirming.
 */
export function KioskLeave({ onLeave }: { onLeave: () => void }) {
  const [open, setOpen] = useState(false);
  const [pinSet, setPinSet] = useState<boolean | null>(null);
  useEffect(() => {
    void hasPin(db).then(setPinSet);
  }, []);
  if (pinSet === null) return null;
  return (
    <div class="kiosk-leave">
      {pinSet ? (
        <Button variant="quiet" onClick={() => setOpen(true)}>
          Facilitator
        </Button>
      ) : (
        <HoldButton onHeld={() => setOpen(true)} />
      )}
      {open && (pinSet ? <PinDialog onCancel={() => setOpen(false)} onLeave={onLeave} /> : <ConfirmLeave onCancel={() => setOpen(false)} onLeave={onLeave} />)}
    </div>
  );
}

function HoldButton({ onHeld }: { onHeld: () => void }) {
  const [holding, setHolding] = useState(false);
  const [tapped, setTapped] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout>>();
  const start = () => {
    if (timer.current) return;
    setTapped(false);
    setHolding(true);
    timer.current = setTimeout(() => {
      timer.current = undefined;
      setHolding(false);
      onHeld();
    }, HOLD_TO_LEAVE_MS);
  };
  const stop = () => {
    // Let go too soon: say how it works, for a facilitator who forgot.
    if (timer.current) setTapped(true);
    clearTimeout(timer.current);
    timer.current = undefined;
    setHolding(false);
  };
  useEffect(
    () => () => {
      clearTimeout(timer.current);
    },
    [],
  );
  return (
    <>
    <button
      type="button"
      class={`btn btn-quiet hold-button${holding ? ' holding' : ''}`}
      aria-describedby="hold-hint"
      onPointerDown={(e) => {
        (e.currentTarget as HTMLElement).setPointerCapture?.(e.pointerId);
        start();
      }}
      onPointerUp={stop}
      onPointerCancel={stop}
      onKeyDown={(e) => {
        if ((e.key === 'Enter' || e.key === ' ') && !e.repeat) {
          e.preventDefault();
          start();
        }
      }}
      onKeyUp={(e) => {
        if (e.key === 'Enter' || e.key === ' ') stop();
      }}
      onContextMenu={(e) => e.preventDefault()}
    >
      <span class="hold-fill" aria-hidden="true" />
      <span class="hold-text">{holding ? 'Keep holding…' : tapped ? 'Hold for 3 seconds' : 'Facilitator'}</span>
    </button>
      <span id="hold-hint" class="visually-hidden">
        Press and hold for 3 seconds, then confirm.
      </span>
    </>
  );
}

function KioskDialog({ title, children, onCancel }: { title: string; children: preact.ComponentChildren; onCancel: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    if (ref.current && !ref.current.open) ref.current.showModal();
  }, []);
  return (
    <dialog
      ref={ref}
      class="dialog kiosk-dialog"
      aria-labelledby="kiosk-dialog-title"
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      <h2 id="kiosk-dialog-title">{title}</h2>
      {children}
    </dialog>
  );
}

function ConfirmLeave({ onCancel, onLeave }: { onCancel: () => void; onLeave: () => void }) {
  return (
    <KioskDialog title="Leave kiosk mode?" onCancel={onCancel}>
      <p>This is for the facilitator. Answers already given are kept safely.</p>
      <div class="dialog-actions">
        <Button onClick={onCancel}>Stay in kiosk mode</Button>
        <Button variant="primary" onClick={onLeave}>
          Leave kiosk mode
        </Button>
      </div>
    </KioskDialog>
  );
}

let wrongTries = 0;
let waitUntil = 0;

function PinDialog({ onCancel, onLeave }: { onCancel: () => void; onLeave: () => void }) {
  const [pin, setPin] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [checking, setChecking] = useState(false);
  async function submit(e: Event) {
    e.preventDefault();
    if (Date.now() < waitUntil) return setError(`Too many tries. Wait ${Math.ceil((waitUntil - Date.now()) / 1000)} seconds, then try again.`);
    if (!pin) return setError('Type the facilitator PIN.');
    setChecking(true);
    const right = await verifyPin(db, pin);
    setChecking(false);
    if (right) {
      wrongTries = 0;
      return onLeave();
    }
    setPin('');
    wrongTries++;
    if (wrongTries >= PIN_TRIES) {
      wrongTries = 0;
      waitUntil = Date.now() + PIN_WAIT_MS;
      return setError('Too many tries. Wait 30 seconds, then try again.');
    }
    setError('That PIN is not right. Try again.');
  }
  return (
    <KioskDialog title="Facilitator PIN" onCancel={onCancel}>
      <form onSubmit={submit} noValidate>
        <div class={`field${error ? ' field-error' : ''}`}>
          <label for="kiosk-pin">Type your PIN to leave kiosk mode</label>
          <input
            id="kiosk-pin"
            type="password"
            inputMode="numeric"
            autoComplete="off"
            maxLength={8}
            value={pin}
            autoFocus
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'kiosk-pin-error' : undefined}
            onInput={(e) => setPin((e.currentTarget as HTMLInputElement).value)}
          />
          {error && (
            <p class="error" id="kiosk-pin-error" role="alert">
              {error}
            </p>
          )}
        </div>
        <div class="dialog-actions">
          <Button onClick={onCancel}>Cancel</Button>
          <Button type="submit" variant="primary" disabled={checking}>
            {checking ? 'Checking…' : 'Leave kiosk mode'}
          </Button>
        </div>
      </form>
    </KioskDialog>
  );
}
