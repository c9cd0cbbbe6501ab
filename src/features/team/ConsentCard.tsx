import { useState } from 'preact/hooks';
import { recordConsent, withdrawConsent } from '../../core/commands/team-consent';
import { CONSENT_LABELS, CONSENT_PURPOSES, CONSENT_SHORT_LABELS, type ConsentPurpose, type Person } from '../../core/domain/person';
import { todayIso } from '../../core/ids';
import type { ProjectSession } from '../../core/projects/project-session';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/TextField';
import { FormMessage } from './fields';
import { formatDay } from './format';

/** Consent per purpose, with when and how; withdrawing is one tap. */
export function ConsentCard({ session, person }: { session: ProjectSession; person: Person }) {
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  return (
    <section class="card" aria-labelledby="consent-heading">
      <h2 id="consent-heading">Consent</h2>
      <p class="hint">Ask about each one separately. People can change their mind at any time; a withdrawal takes effect everywhere straight away, including the project pack.</p>
      <ul class="consent-list">
        {CONSENT_PURPOSES.map((purpose) => (
          <ConsentRow key={purpose} session={session} person={person} purpose={purpose} onMessage={setMessage} />
        ))}
      </ul>
      <FormMessage message={message} />
    </section>
  );
}

function ConsentRow({ session, person, purpose, onMessage }: { session: ProjectSession; person: Person; purpose: ConsentPurpose; onMessage: (m: { kind: 'ok' | 'error'; text: string }) => void }) {
  const entry = person.consent?.[purpose];
  const [asking, setAsking] = useState(false);
  const [date, setDate] = useState(todayIso());
  const [how, setHow] = useState('');
  const short = CONSENT_SHORT_LABELS[purpose];

  function record(given: boolean) {
    const r = recordConsent(session.doc, person.id, purpose, { given, date, how });
    if (!r.ok) return onMessage({ kind: 'error', text: r.message });
    setAsking(false);
    setHow('');
    onMessage({ kind: 'ok', text: `${short}: ${given ? 'they agree' : 'they do not agree'}. Saved.` });
  }

  return (
    <li class="consent-row" data-testid={`consent-${purpose}`}>
      <div class="consent-text">
        <strong>{CONSENT_LABELS[purpose]}</strong>
        <span class={`consent-state ${entry?.given ? 'consent-yes' : 'consent-no'}`}>
          {!entry
            ? 'Not asked yet'
            : entry.given
              ? `Yes, since ${formatDay(entry.date)}${entry.how ? ` (${entry.how})` : ''}`
              : `No${entry.how === 'Withdrawn' ? ', withdrawn' : ''}, since ${formatDay(entry.date)}${entry.how && entry.how !== 'Withdrawn' ? ` (${entry.how})` : ''}`}
        </span>
      </div>
      {entry?.given ? (
        <Button
          variant="secondary"
          aria-label={`Withdraw consent: ${short}`}
          onClick={() => {
            const r = withdrawConsent(session.doc, person.id, purpose);
            onMessage(r.ok ? { kind: 'ok', text: `${short}: consent withdrawn.` } : { kind: 'error', text: r.message });
          }}
        >
          Withdraw
        </Button>
      ) : !asking ? (
        <Button aria-label={`Record consent: ${short}`} onClick={() => setAsking(true)}>
          Record consent
        </Button>
      ) : null}
      {asking && (
        <div class="consent-form">
          <TextField label={`Date (${short.toLowerCase()})`} type="date" value={date} onInput={setDate} required />
          <TextField label={`How they told us (${short.toLowerCase()})`} value={how} onInput={setHow} hint="For example: signed form, said so at the meeting, by phone." />
          <div class="row">
            <Button variant="primary" onClick={() => record(true)}>
              They agree
            </Button>
            <Button onClick={() => record(false)}>They do not agree</Button>
            <Button variant="quiet" onClick={() => setAsking(false)}>
              Cancel
            </Button>
          </div>
        </div>
      )}
    </li>
  );
}
