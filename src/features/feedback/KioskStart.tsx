import { useEffect, useState } from 'preact/hooks';
import type { Questionnaire } from '../../core/domain/questionnaire';
import { readyForKiosk } from '../../core/feedback/answers';
import { todayIso } from '../../core/ids';
import type { ProjectSession } from '../../core/projects/project-session';
import { hasPin, setPin } from '../../core/security/pin';
import { db } from '../../state/app-db';
import { navigate } from '../../state/router';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/TextField';
import { useMeetings } from './use-feedback';
import { kioskLeftHere, requestFullscreen } from './use-kiosk-guard';

/** Where a facilitator starts kiosk mode: which meeting it is for, and how they will get out again. */
export function KioskStart({ session, questionnaire }: { session: ProjectSession; questionnaire: Questionnaire }) {
  const meetings = useMeetings(session.projectId);
  const today = todayIso();
  const [meetingId, setMeetingId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pinSet, setPinSet] = useState<boolean | null>(null);
  useEffect(() => {
    void hasPin(db).then(setPinSet);
  }, []);
  const chosen = meetingId ?? meetings?.find((m) => m.date === today)?.id ?? '';

  function start() {
    const ready = readyForKiosk(questionnaire);
    if (!ready.ok) return setError(ready.message);
    requestFullscreen();
    kioskLeftHere.clear();
    navigate('p', session.projectId, 'feedback', 'kiosk', questionnaire.id, ...(chosen ? [chosen] : []));
  }

  return (
    <section class="card" aria-labelledby="kiosk-heading">
      <h2 id="kiosk-heading">Kiosk mode</h2>
      <p>Hand the tablet round the room. It shows one question at a time in large text, can read each question aloud, and clears itself for the next person.</p>
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
      {pinSet === true && <p>To leave kiosk mode you will need your facilitator PIN.</p>}
      {pinSet === false && <PinSetup onSet={() => setPinSet(true)} />}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <Button variant="primary" onClick={start}>
        Start kiosk mode
      </Button>
    </section>
  );
}

function PinSetup({ onSet }: { onSet: () => void }) {
  const [open, setOpen] = useState(false);
  const [pin, setPinValue] = useState('');
  const [again, setAgain] = useState('');
  const [error, setError] = useState<string | null>(null);
  async function save(e: Event) {
    e.preventDefault();
    if (pin !== again) return setError('The two PINs are not the same. Type them again.');
    const result = await setPin(db, pin);
    if (!result.ok) return setError(result.message);
    onSet();
  }
  return (
    <div class="notice pin-setup">
      <p>
        No facilitator PIN is set on this device. To leave kiosk mode, press and hold the <strong>Facilitator</strong> button for 3 seconds, then confirm. Anyone who knows that can
        leave too, so a PIN is safer.
      </p>
      {open ? (
        <form onSubmit={save} noValidate>
          <TextField label="New PIN (4 to 8 numbers)" type="password" inputMode="numeric" value={pin} onInput={setPinValue} maxLength={8} required error={error} />
          <TextField label="The same PIN again" type="password" inputMode="numeric" value={again} onInput={setAgain} maxLength={8} required />
          <div class="row">
            <Button type="submit" variant="primary">
              Save PIN
            </Button>
            <Button onClick={() => setOpen(false)}>Cancel</Button>
          </div>
        </form>
      ) : (
        <Button onClick={() => setOpen(true)}>Set a facilitator PIN</Button>
      )}
    </div>
  );
}
