import { t } from '@lingui/core/macro';
import { useState } from 'preact/hooks';
import { addVenue, archiveVenue, setVenueCheck, updateVenue } from '../../core/commands/meeting-day-venues';
import { VENUE_CHECKS, VENUE_NOTES_MAX, venueType, type CheckAnswer, type Venue } from '../../core/domain/meeting-day/venue';
import { compareText } from '../../core/format/intl';
import { i18n } from '#i18n';
import { useProjectId, useSession } from '../../state/project-context';
import { useRecord, useRecords } from '../../state/records';
import { href, navigate } from '../../state/router';
import { useSharedText } from '../../state/shared-text';
import { Button, SubmitRow } from '../../ui/Button';
import { RadioGroup } from '../../ui/form/ChoiceGroup';
import { CommandError } from '../../ui/form/CommandError';
import { SharedTextField } from '../../ui/form/SharedTextField';
import { useCommand } from '../../ui/form/use-command';
import { TextField } from '../../ui/TextField';

/** "6 yes · 1 no · 1 not checked · Church Lane" */
function checkSummary(venue: Venue): string {
  let yes = 0;
  let no = 0;
  for (const c of VENUE_CHECKS) {
    if (venue[c.key] === 'yes') yes++;
    else if (venue[c.key] === 'no') no++;
  }
  const open = VENUE_CHECKS.length - yes - no;
  const counts = t({
    message: `${yes} yes · ${no} no · ${open} not checked`,
    comment: 'How many checks of a venue’s accessibility were answered yes, no, or not yet',
  });
  return venue.address ? `${counts} · ${venue.address}` : counts;
}

function BackLink({ to, label }: { to: string; label: string }) {
  return (
    <a class="back-link" href={to}>
      <span aria-hidden="true">←</span> {label}
    </a>
  );
}

/** The group's list of places to meet, each with its accessibility checklist. */
export function VenuesScreen() {
  const projectId = useProjectId();
  const { doc } = useSession();
  const venues = (useRecords(venueType, undefined, { withArchived: true }) ?? []).sort((a, b) => compareText(a.name, b.name));
  const [name, setName] = useState('');
  const command = useCommand();
  const live = venues.filter((v) => !v.archived);
  const archived = venues.filter((v) => v.archived);
  const unused = archived.length;
  function add(e: Event) {
    e.preventDefault();
    const result = command.run(() => addVenue(doc, { name }));
    if (result.ok) navigate('p', projectId, 'meetings', 'venues', result.value.id);
  }
  return (
    <div class="venues">
      <BackLink to={href('p', projectId, 'meetings')} label={t`All meetings`} />
      <h2>{t`Venues`}</h2>
      <p class="lead">
        {t`Meet on neutral ground that is easy to reach, with no alcohol served, and check what each person needs to get in and take part. The checklist draws on the Iriss co-production project planner for neutral ground, no alcohol and public transport; the other checks are everyday accessibility checks added by the app.`}
      </p>
      {live.length === 0 ? (
        <p class="empty">{t`No venues yet.`}</p>
      ) : (
        <ul class="venue-list">
          {live.map((v) => (
            <li key={v.id} class="venue-item">
              <a href={href('p', projectId, 'meetings', 'venues', v.id)} class="venue-link">
                <span class="venue-name">{v.name}</span>
                <span class="venue-meta">{checkSummary(v)}</span>
              </a>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={add} noValidate class="card subform">
        <TextField
          label={t`Add a venue`}
          value={name}
          onInput={setName}
          required
          maxLength={160}
          error={command.error}
          hint={t`For example: St Mary’s church hall`}
        />
        <Button type="submit" variant="primary">
          {t`Add venue`}
        </Button>
      </form>
      {archived.length > 0 && (
        <details>
          <summary>{t`Venues no longer used (${unused})`}</summary>
          <ul class="venue-list">
            {archived.map((v) => (
              <li key={v.id} class="venue-item">
                <a href={href('p', projectId, 'meetings', 'venues', v.id)} class="venue-link">
                  {v.name}
                </a>
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

type Answer = CheckAnswer | 'unchecked';

function answers(): { value: Answer; label: string }[] {
  return [
    { value: 'yes', label: t({ message: 'Yes', comment: 'A venue check: the venue has it' }) },
    { value: 'no', label: t({ message: 'No', comment: 'A venue check: the venue does not have it' }) },
    { value: 'unchecked', label: t`Not checked` },
  ];
}

export function VenueScreen({ venueId }: { venueId: string }) {
  const projectId = useProjectId();
  const venue = useRecord(venueType, venueId, { withArchived: true });
  if (venue === undefined) return <p role="status">{t`Loading the venue…`}</p>;
  if (venue === null) {
    return (
      <div class="card">
        <h2>{t`This venue is not here`}</h2>
        <a href={href('p', projectId, 'meetings', 'venues')}>{t`See all venues`}</a>
      </div>
    );
  }
  return <VenueDetails venue={venue} />;
}

function VenueDetails({ venue }: { venue: Venue }) {
  const projectId = useProjectId();
  const { doc } = useSession();
  const notes = useSharedText(venueType, venue.id, 'notes');
  const [details, setDetails] = useState<{ name: string; address: string } | null>(null);
  const save = useCommand();
  const command = useCommand();
  function saveDetails(e: Event) {
    e.preventDefault();
    if (!details) return;
    if (save.run(() => updateVenue(doc, venue.id, details)).ok) setDetails(null);
  }
  return (
    <div class="venue">
      <BackLink to={href('p', projectId, 'meetings', 'venues')} label={t`All venues`} />
      <h2>{venue.name}</h2>
      {venue.archived && <p class="notice">{t`This venue is marked as no longer used.`}</p>}
      {details ? (
        <form onSubmit={saveDetails} noValidate class="card">
          <TextField
            label={t`Venue name`}
            value={details.name}
            onInput={(name) => setDetails({ ...details, name })}
            required
            maxLength={160}
            error={save.error}
          />
          <TextField label={t`Address`} value={details.address} onInput={(address) => setDetails({ ...details, address })} maxLength={300} />
          <SubmitRow label={t({ message: 'Save', comment: 'Button: save a venue’s name and address' })} onCancel={() => (setDetails(null), save.clear())} />
        </form>
      ) : (
        <p>
          {venue.address ?? t`No address yet.`}{' '}
          <Button variant="quiet" onClick={() => setDetails({ name: venue.name, address: venue.address ?? '' })}>
            {t`Change name or address`}
          </Button>
        </p>
      )}
      <section class="card" aria-labelledby="checklist-heading">
        <h3 id="checklist-heading">{t`Accessibility checklist`}</h3>
        <p class="hint">{t`Neutral ground, no alcohol and public transport come from the Iriss co-production project planner; the rest are everyday accessibility checks. Visit if you can, and ask someone who uses the access you are checking.`}</p>
        {VENUE_CHECKS.map((check) => (
          <div key={check.key} class="venue-check">
            <RadioGroup
              legend={i18n._(check.label)}
              hint={check.hint ? i18n._(check.hint) : undefined}
              inline
              options={answers()}
              value={venue[check.key] ?? 'unchecked'}
              onChange={(answer) => command.run(() => setVenueCheck(doc, venue.id, check.key, answer === 'unchecked' ? undefined : answer))}
            />
          </div>
        ))}
        <CommandError error={command.error} />
      </section>
      <section class="card" aria-labelledby="venue-notes-heading">
        <h3 id="venue-notes-heading">{t({ message: 'Notes', comment: 'Heading: notes about a venue' })}</h3>
        <SharedTextField
          text={notes}
          label={t`Notes about this venue`}
          hint={t`Who has the key, how warm it is, where the accessible entrance is.`}
          maxLength={VENUE_NOTES_MAX}
          rows={4}
        />
      </section>
      <Button onClick={() => command.run(() => archiveVenue(doc, venue.id, !venue.archived))}>
        {venue.archived ? t`Use this venue again` : t`No longer use this venue`}
      </Button>
    </div>
  );
}
