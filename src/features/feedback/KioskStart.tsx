import { t } from '@lingui/core/macro';
import { useEffect, useState } from 'preact/hooks';
import { meetingType } from '../../core/domain/meeting';
import type { Questionnaire } from '../../core/domain/questionnaire';
import { readyForKiosk } from '../../core/feedback/answers';
import { today } from '../../core/format/calendar';
import { chooseKioskLanguage, kioskLanguage } from '../../i18n/language';
import { LANGUAGES, type LanguageTag } from '../../i18n/languages';
import { useSession } from '../../state/project-context';
import { useRecords } from '../../state/records';
import { Button } from '../../ui/Button';
import { RadioGroup } from '../../ui/form/ChoiceGroup';
import { CommandError } from '../../ui/form/CommandError';
import { MeetingPicker } from '../../ui/form/pickers';
import { useCommand } from '../../ui/form/use-command';
import { TextField } from '../../ui/TextField';
import { startKioskSession } from '../lock/kiosk-lock';
import { chooseFirstPin, confirmPin, pinIsSet } from '../lock/kiosk-pin';
import { requestFullscreen } from './use-kiosk-guard';

const pinInput = { type: 'password' as const, inputMode: 'numeric' as const, autoComplete: 'off', maxLength: 8 };

/**
 * Where a facilitator starts kiosk mode: which meeting it is for, and the PIN that will be
 * the only way out. A device with no PIN sets one here; a device with one asks for it, so the
 * facilitator knows it before handing the tablet over.
 */
export function KioskStart({ questionnaire }: { questionnaire: Questionnaire }) {
  const session = useSession();
  const meetings = useRecords(meetingType);
  const command = useCommand();
  const [meetingId, setMeetingId] = useState<string | null>(null);
  const [pinSet, setPinSet] = useState<boolean | null>(null);
  const [pin, setPinValue] = useState('');
  const [again, setAgain] = useState('');
  const [pinError, setPinError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [language, setLanguage] = useState<LanguageTag | null>(null);
  useEffect(() => {
    void pinIsSet().then(setPinSet);
    // A language tapped before the stored one has loaded wins.
    void kioskLanguage().then((stored) => setLanguage((current) => current ?? stored));
  }, []);
  const day = today();
  const chosen = meetingId ?? meetings?.find((m) => m.date === day && !m.cancelled)?.id ?? '';

  async function start(e: Event) {
    e.preventDefault();
    const form = e.currentTarget as HTMLFormElement;
    if (busy || pinSet === null || language === null) return;
    command.clear();
    setPinError(null);
    if (!command.run(() => readyForKiosk(questionnaire)).ok) return;
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
    await chooseKioskLanguage(language);
    const started = await command.runAsync(() =>
      startKioskSession({ projectId: session.projectId, questionnaireId: questionnaire.id, ...(chosen ? { meetingId: chosen } : {}), startedDay: today() }),
    );
    setBusy(false);
    if (!started.ok) {
      setPinSet(true);
      setPinValue('');
      setAgain('');
      return;
    }
    requestFullscreen();
  }

  return (
    <section class="card" aria-labelledby="kiosk-heading">
      <h2 id="kiosk-heading">{t`Kiosk mode`}</h2>
      <p>{t`Hand the tablet round the room. It shows one question at a time in large text, can read each question aloud, and clears itself for the next person.`}</p>
      <form onSubmit={start} noValidate>
        {meetings?.some((m) => !m.cancelled) && (
          <MeetingPicker label={t`Which meeting is this for?`} emptyLabel={t`Not for a meeting`} meetings={meetings} value={chosen} onChange={setMeetingId} />
        )}
        {LANGUAGES.length > 1 && (
          <RadioGroup
            legend={t`Language of the kiosk`}
            hint={t`What the people answering see and hear. Only on this device; the rest of the app stays in its own language.`}
            options={LANGUAGES.map((l) => ({ value: l.tag, label: l.name }))}
            value={language ?? undefined}
            onChange={setLanguage}
          />
        )}
        {pinSet === false && (
          <div class="kiosk-pin">
            <p>
              <strong>{t`Kiosk mode needs a facilitator PIN.`}</strong>{' '}
              {t`It is the only way to leave kiosk mode, so choose numbers you will remember: nobody can look it up for you. The same PIN locks the app on this device when it has not been used for a few minutes (you can change that in Settings).`}
            </p>
            <TextField label={t`New PIN`} hint={t`4 to 8 numbers.`} value={pin} onInput={setPinValue} required error={pinError} {...pinInput} />
            <TextField label={t`Type the new PIN again`} value={again} onInput={setAgain} required {...pinInput} />
          </div>
        )}
        {pinSet === true && (
          <div class="kiosk-pin">
            <p>{t`Type your facilitator PIN to start. You will need it again to leave kiosk mode: nothing else lets anyone out.`}</p>
            <TextField label={t`Facilitator PIN`} value={pin} onInput={setPinValue} required error={pinError} {...pinInput} />
          </div>
        )}
        <p class="hint kiosk-locks-others">{t`While kiosk mode is on, Common Ground is locked in every other tab and window on this device.`}</p>
        <CommandError error={command.error} />
        <Button type="submit" variant="primary" disabled={busy || pinSet === null || language === null}>
          {busy ? t`Starting…` : t`Start kiosk mode`}
        </Button>
      </form>
    </section>
  );
}
