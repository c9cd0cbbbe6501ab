import { t } from '@lingui/core/macro';
import { useState } from 'preact/hooks';
import { recordConsent, withdrawConsent, WITHDRAWN } from '../../core/commands/team-consent';
import { CONSENT_LABELS, CONSENT_PURPOSES, CONSENT_SHORT_LABELS, type ConsentEntry, type ConsentPurpose, type Person } from '../../core/domain/person';
import { today } from '../../core/format/calendar';
import { formatDay } from '../../core/format/dates';
import { formatLocale } from '../../core/format/intl';
import { useSession } from '../../state/project-context';
import { Button } from '../../ui/Button';
import { useCommand, type CommandRunner } from '../../ui/form/use-command';
import { TextField } from '../../ui/TextField';
import { SaveOutcome } from './SaveOutcome';

/** Consent per purpose, with when and how; withdrawing is one tap. */
export function ConsentCard({ person }: { person: Person }) {
  const command = useCommand();
  const [saved, setSaved] = useState<string | null>(null);
  return (
    <section class="card" aria-labelledby="consent-heading">
      <h2 id="consent-heading">{t({ message: 'Consent', comment: 'What a member agreed to (photos, being named, being contacted)' })}</h2>
      <p class="hint">
        {t`Ask about each one separately. People can change their mind at any time; a withdrawal takes effect everywhere straight away, including the project pack.`}
      </p>
      <ul class="consent-list">
        {CONSENT_PURPOSES.map((purpose) => (
          <ConsentRow key={purpose} person={person} purpose={purpose} command={command} onSaved={setSaved} />
        ))}
      </ul>
      <SaveOutcome error={command.error} saved={saved} />
    </section>
  );
}

/** Where the person stands on one purpose: "Yes, since 3 Feb 2026 (signed form)". */
function consentState(entry: ConsentEntry | undefined): string {
  if (!entry) return t`Not asked yet`;
  const day = formatDay(entry.date, 'date');
  const how = entry.how;
  if (entry.given) return how ? t`Yes, since ${day} (${how})` : t`Yes, since ${day}`;
  if (how === WITHDRAWN) return t`No, withdrawn, since ${day}`;
  return how ? t`No, since ${day} (${how})` : t`No, since ${day}`;
}

function ConsentRow(props: { person: Person; purpose: ConsentPurpose; command: CommandRunner; onSaved: (note: string | null) => void }) {
  const { person, purpose, command, onSaved } = props;
  const { doc } = useSession();
  const entry = person.consent?.[purpose];
  const [asking, setAsking] = useState(false);
  const [date, setDate] = useState(today());
  const [how, setHow] = useState('');
  const short = CONSENT_SHORT_LABELS[purpose];
  const shortLower = short.toLocaleLowerCase(formatLocale());

  function record(given: boolean) {
    const result = command.run(() => recordConsent(doc, person.id, purpose, { given, date, how }));
    if (!result.ok) return onSaved(null);
    setAsking(false);
    setHow('');
    onSaved(given ? t`${short}: they agree. Saved.` : t`${short}: they do not agree. Saved.`);
  }

  function withdraw() {
    const result = command.run(() => withdrawConsent(doc, person.id, purpose));
    onSaved(result.ok ? t`${short}: consent withdrawn.` : null);
  }

  return (
    <li class="consent-row" data-testid={`consent-${purpose}`}>
      <div class="consent-text">
        <strong>{CONSENT_LABELS[purpose]}</strong>
        <span class={`consent-state ${entry?.given ? 'consent-yes' : 'consent-no'}`}>{consentState(entry)}</span>
      </div>
      {entry?.given ? (
        <Button variant="secondary" aria-label={t`Withdraw consent: ${short}`} onClick={withdraw}>
          {t({ message: 'Withdraw', comment: 'Button: a member no longer agrees' })}
        </Button>
      ) : !asking ? (
        <Button aria-label={t`Record consent: ${short}`} onClick={() => setAsking(true)}>
          {t`Record consent`}
        </Button>
      ) : null}
      {asking && (
        <div class="consent-form">
          <TextField label={t`Date (${shortLower})`} type="date" value={date} onInput={setDate} required />
          <TextField
            label={t`How they told us (${shortLower})`}
            value={how}
            onInput={setHow}
            hint={t`For example: signed form, said so at the meeting, by phone.`}
          />
          <div class="row">
            <Button variant="primary" onClick={() => record(true)}>
              {t`They agree`}
            </Button>
            <Button onClick={() => record(false)}>{t`They do not agree`}</Button>
            <Button variant="quiet" onClick={() => setAsking(false)}>
              {t`Cancel`}
            </Button>
          </div>
        </div>
      )}
    </li>
  );
}
