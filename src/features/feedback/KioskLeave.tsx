import { useEffect, useRef, useState } from 'preact/hooks';
import { db } from '../../state/app-db';
import { Button } from '../../ui/Button';
import { tryPin } from '../lock/lockout';

/**
 * The only way out of kiosk mode: the facilitator's PIN (kiosk mode never starts without one).
 * Wrong tries are counted on the device, as on the lock screen, so reloading does not reset them.
 */
export function KioskLeave({ onLeave }: { onLeave: () => void }) {
  const [open, setOpen] = useState(false);
  return (
    <div class="kiosk-leave">
      <Button variant="quiet" onClick={() => setOpen(true)}>
        Facilitator
      </Button>
      {open && <PinDialog onCancel={() => setOpen(false)} onLeave={onLeave} />}
    </div>
  );
}

function PinDialog({ onCancel, onLeave }: { onCancel: () => void; onLeave: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const [pin, setPin] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [checking, setChecking] = useState(false);
  useEffect(() => {
    if (ref.current && !ref.current.open) ref.current.showModal();
  }, []);

  async function submit(e: Event) {
    e.preventDefault();
    if (checking) return;
    if (!pin) return setError('Type the facilitator PIN.');
    setChecking(true);
    const result = await tryPin(db, pin);
    setChecking(false);
    if (result.ok) return onLeave();
    setPin('');
    setError(result.message);
  }

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
      <h2 id="kiosk-dialog-title">Facilitator PIN</h2>
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
    </dialog>
  );
}
