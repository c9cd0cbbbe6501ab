import { t } from '@lingui/core/macro';
import { useEffect, useRef, useState } from 'preact/hooks';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/TextField';
import { checkPin } from '../lock/kiosk-pin';

/**
 * The only way out of kiosk mode: the facilitator's PIN (kiosk mode never starts without one).
 * Wrong tries are counted on the device, as on the lock screen, so reloading does not reset them.
 */
export function KioskLeave({ onLeave }: { onLeave: () => void }) {
  const [open, setOpen] = useState(false);
  return (
    <div class="kiosk-leave">
      <Button variant="quiet" onClick={() => setOpen(true)}>
        {t({ message: 'Facilitator', comment: 'Kiosk button for the person running the session: it asks for their PIN to leave kiosk mode' })}
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
    if (!pin) return setError(t`Type the facilitator PIN.`);
    setChecking(true);
    const result = await checkPin(pin);
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
      <h2 id="kiosk-dialog-title">{t`Facilitator PIN`}</h2>
      <form onSubmit={submit} noValidate>
        <TextField
          label={t`Type your PIN to leave kiosk mode`}
          type="password"
          inputMode="numeric"
          autoComplete="off"
          maxLength={8}
          value={pin}
          autoFocus
          required
          error={error}
          onInput={setPin}
        />
        <div class="dialog-actions">
          <Button onClick={onCancel}>{t`Cancel`}</Button>
          <Button type="submit" variant="primary" disabled={checking}>
            {checking ? t`Checking…` : t`Leave kiosk mode`}
          </Button>
        </div>
      </form>
    </dialog>
  );
}
