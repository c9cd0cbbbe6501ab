import { plural, t } from '@lingui/core/macro';
import { useEffect, useState } from 'preact/hooks';
import { LOCK_AFTER_CHOICES, type LockAfter } from '../../core/security/lockout';
import { lockAfterMinutes } from '../../core/settings/settings';
import { Button } from '../../ui/Button';
import { CommandError } from '../../ui/form/CommandError';
import { SelectField } from '../../ui/form/SelectField';
import { useCommand } from '../../ui/form/use-command';
import { TextField } from '../../ui/TextField';
import { lockConfig, lockNow, refreshLockConfig } from './lock-state';
import { chooseLockAfter, removeFacilitatorPin, saveFacilitatorPin } from './pin-actions';

type Mode = 'idle' | 'change' | 'remove';

function lockAfterLabel(minutes: LockAfter): string {
  if (minutes === 0) return t`Never (only when I tap “Lock now”)`;
  return plural(minutes, { one: 'After # minute', other: 'After # minutes' });
}

function LockAfterField({ value, onChange }: { value: LockAfter; onChange: (minutes: LockAfter) => void }) {
  return (
    <SelectField
      label={t`Lock the app when it has not been used`}
      required
      value={String(value)}
      options={LOCK_AFTER_CHOICES.map((m) => ({ value: String(m), label: lockAfterLabel(m) }))}
      onChange={(chosen) => onChange(Number(chosen) as LockAfter)}
    />
  );
}

/** When the app locks itself, as the device has it now. */
function LockAfterNow({ on, minutes }: { on: boolean; minutes: LockAfter }) {
  if (!on) return <>{t`The app locks only when you tap “Lock now”.`}</>;
  return <>{plural(minutes, { one: 'The app locks after # minute without use.', other: 'The app locks after # minutes without use.' })}</>;
}

const pinInput = { type: 'password' as const, inputMode: 'numeric' as const, autoComplete: 'off' };

/** Settings: set, change or remove the facilitator PIN, and choose when the app locks itself. */
export function DeviceLockCard() {
  const config = lockConfig.value;
  const command = useCommand();
  const [mode, setMode] = useState<Mode>('idle');
  const [current, setCurrent] = useState('');
  const [pin, setPinValue] = useState('');
  const [again, setAgain] = useState('');
  // The idle time picked here; until one is picked, what the device has (or the usual one, with no PIN).
  const [picked, setPicked] = useState<LockAfter | null>(null);
  const after = picked ?? (config?.pinSet ? config.minutes : lockAfterMinutes.fallback);
  const [note, setNote] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void refreshLockConfig();
  }, []);

  const reset = (next: string | null) => {
    setCurrent('');
    setPinValue('');
    setAgain('');
    setPicked(null);
    setMode('idle');
    command.clear();
    setNote(next);
  };
  const open = (next: Mode) => {
    setMode(next);
    command.clear();
    setNote(null);
  };

  async function saveNewPin(e: Event) {
    e.preventDefault();
    setNote(null);
    setBusy(true);
    const saved = await command.runAsync(() => saveFacilitatorPin({ current, pin, again, after }));
    setBusy(false);
    if (saved.ok) reset(saved.value === 'changed' ? t`The PIN is changed.` : t`The PIN is set.`);
  }

  async function remove(e: Event) {
    e.preventDefault();
    setNote(null);
    setBusy(true);
    const removed = await command.runAsync(() => removeFacilitatorPin(current));
    setBusy(false);
    if (removed.ok) reset(t`The PIN is removed. The app will not lock itself.`);
  }

  async function saveAfter(minutes: LockAfter) {
    setPicked(minutes);
    if (!config?.pinSet) return;
    await chooseLockAfter(minutes);
    command.clear();
    setNote(
      minutes === 0
        ? t`The app will lock only when you tap “Lock now”.`
        : plural(minutes, { one: 'The app will lock after # minute without use.', other: 'The app will lock after # minutes without use.' }),
    );
  }

  const newPinFields = (
    <>
      <TextField label={t`New PIN`} hint={t`4 to 8 numbers.`} value={pin} onInput={setPinValue} required {...pinInput} />
      <TextField label={t`Type the new PIN again`} value={again} onInput={setAgain} required {...pinInput} />
    </>
  );
  const currentPinField = <TextField label={t`Current PIN`} value={current} onInput={setCurrent} required {...pinInput} />;

  return (
    <section class="card" aria-labelledby="lock-heading">
      <h2 id="lock-heading">{t`Device lock`}</h2>
      <p>{t`A PIN stops someone who picks up this device from seeing members’ details in Common Ground. It is also the only way to leave kiosk mode.`}</p>
      {config === null ? (
        <p role="status">{t`Checking…`}</p>
      ) : !config.pinSet ? (
        <form onSubmit={saveNewPin} noValidate>
          <p data-testid="lock-state">{t`No PIN is set on this device.`}</p>
          {newPinFields}
          <LockAfterField value={after} onChange={setPicked} />
          <Button type="submit" variant="primary" disabled={busy}>
            {t`Set PIN`}
          </Button>
        </form>
      ) : (
        <>
          <p data-testid="lock-state">
            {t`A PIN is set.`} <LockAfterNow on={config.on} minutes={config.minutes} />
          </p>
          <LockAfterField value={after} onChange={(minutes) => void saveAfter(minutes)} />
          <div class="row">
            <Button variant="primary" onClick={lockNow}>
              {t`Lock now`}
            </Button>
            {mode !== 'change' && <Button onClick={() => open('change')}>{t`Change PIN`}</Button>}
            {mode !== 'remove' && <Button onClick={() => open('remove')}>{t`Remove PIN`}</Button>}
          </div>
          {mode === 'change' && (
            <form onSubmit={saveNewPin} noValidate class="lock-form">
              {currentPinField}
              {newPinFields}
              <div class="row">
                <Button type="submit" variant="primary" disabled={busy}>
                  {t`Change PIN`}
                </Button>
                <Button onClick={() => reset(null)}>{t`Cancel`}</Button>
              </div>
            </form>
          )}
          {mode === 'remove' && (
            <form onSubmit={remove} noValidate class="lock-form">
              {currentPinField}
              <div class="row">
                <Button type="submit" variant="danger" disabled={busy}>
                  {t`Remove PIN`}
                </Button>
                <Button onClick={() => reset(null)}>{t`Cancel`}</Button>
              </div>
            </form>
          )}
        </>
      )}
      <CommandError error={command.error} />
      {note && (
        <p class="lock-ok" role="status">
          {note}
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
      <h3>{t`What the PIN protects`}</h3>
      <p>
        {t`The screens. While the app is locked, and while kiosk mode is on, nobody can see members, notes or feedback in Common Ground on this device, in this tab or in any other tab or window of this browser.`}
      </p>
      <h3>{t`What it does not protect`}</h3>
      <p>
        {t`The stored information. The PIN does not encrypt anything. Your projects, feedback answers waiting to be added, and the keys that let this device share projects are kept in this browser’s storage as they are. Someone who can get into the browser’s settings or tools, or copy the device’s files, could read them without the PIN. Files you save from the app, such as backups and packs, are not covered by it either.`}
      </p>
      <h3>{t`Protect the device itself`}</h3>
      <p>{t`Turn on the device’s own lock. On most devices this also encrypts everything stored on it, so a lost or stolen device cannot be read:`}</p>
      <ul>
        <li>{t`Android tablet or phone: set a screen lock PIN or password (not just a swipe) in Settings, under Security.`}</li>
        <li>{t`iPad or iPhone: set a passcode in Settings, under Face ID (or Touch ID) and Passcode.`}</li>
        <li>{t`Windows laptop: turn on Device encryption or BitLocker. Mac: turn on FileVault. Chromebook: storage is encrypted for each person who signs in.`}</li>
      </ul>
      <p>{t`Keep the device’s login to the facilitators, and lock it when you put it down.`}</p>
    </div>
  );
}
