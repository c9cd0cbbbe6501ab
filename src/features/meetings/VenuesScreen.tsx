import { useState } from 'preact/hooks';
import type * as Y from 'yjs';
import { addVenue, archiveVenue, setVenueCheck, updateVenue } from '../../core/commands/meeting-day-venues';
import { editTextField } from '../../core/commands/meeting-day-text';
import { getRecordMap } from '../../core/doc/project-doc';
import { VENUE_CHECKS, venueType, type CheckAnswer, type Venue } from '../../core/domain/meeting-day/venue';
import type { ProjectSession } from '../../core/projects/project-session';
import { href, navigate } from '../../state/router';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/TextField';
import { useRecord, useRecords } from './use-records';
import { YTextArea } from './YTextArea';
import { compareText } from '../../core/format/intl';

function checkedCount(venue: Venue): { yes: number; no: number; open: number } {
  let yes = 0;
  let no = 0;
  for (const c of VENUE_CHECKS) {
    if (venue[c.key] === 'yes') yes++;
    else if (venue[c.key] === 'no') no++;
  }
  return { yes, no, open: VENUE_CHECKS.length - yes - no };
}

/** The group's list of places to meet, each with its accessibility checklist. */
export function VenuesScreen({ session }: { session: ProjectSession }) {
  const venues = (useRecords<Venue>(session, venueType) ?? []).sort((a, b) => compareText(a.name, b.name));
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const live = venues.filter((v) => !v.archived);
  const archived = venues.filter((v) => v.archived);
  function add(e: Event) {
    e.preventDefault();
    const result = addVenue(session.doc, { name });
    if (!result.ok) return setError(result.message);
    navigate('p', session.projectId, 'meetings', 'venues', result.value.id);
  }
  return (
    <div class="venues">
      <a class="back-link" href={href('p', session.projectId, 'meetings')}>
        <span aria-hidden="true">←</span> All meetings
      </a>
      <h2>Venues</h2>
      <p class="lead">
        Meet on neutral ground that is easy to reach, with no alcohol served, and check what each person needs to get in and take part. Checklist based on the
        Iriss co-production project planner.
      </p>
      {live.length === 0 ? (
        <p class="empty">No venues yet.</p>
      ) : (
        <ul class="venue-list">
          {live.map((v) => {
            const c = checkedCount(v);
            return (
              <li key={v.id} class="venue-item">
                <a href={href('p', session.projectId, 'meetings', 'venues', v.id)} class="venue-link">
                  <span class="venue-name">{v.name}</span>
                  <span class="venue-meta">
                    {c.yes} yes · {c.no} no · {c.open} not checked{v.address ? ` · ${v.address}` : ''}
                  </span>
                </a>
              </li>
            );
          })}
        </ul>
      )}
      <form onSubmit={add} noValidate class="card subform">
        <TextField label="Add a venue" value={name} onInput={setName} required maxLength={160} error={error} hint="For example: St Mary’s church hall" />
        <Button type="submit" variant="primary">
          Add venue
        </Button>
      </form>
      {archived.length > 0 && (
        <details>
          <summary>Venues no longer used ({archived.length})</summary>
          <ul class="venue-list">
            {archived.map((v) => (
              <li key={v.id} class="venue-item">
                <a href={href('p', session.projectId, 'meetings', 'venues', v.id)} class="venue-link">
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

const ANSWERS: { value: CheckAnswer | ''; label: string }[] = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
  { value: '', label: 'Not checked' },
];

export function VenueScreen({ session, venueId }: { session: ProjectSession; venueId: string }) {
  const venue = useRecord<Venue>(session, venueType, venueId);
  const [details, setDetails] = useState<{ name: string; address: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  if (venue === undefined) return <p role="status">Loading the venue…</p>;
  if (venue === null) {
    return (
      <div class="card">
        <h2>This venue is not here</h2>
        <a href={href('p', session.projectId, 'meetings', 'venues')}>See all venues</a>
      </div>
    );
  }
  const notes = getRecordMap(session.doc, venueType, venueId)?.get('notes') as Y.Text | undefined;
  function saveDetails(e: Event) {
    e.preventDefault();
    if (!details) return;
    const result = updateVenue(session.doc, venueId, details);
    if (!result.ok) return setError(result.message);
    setError(null);
    setDetails(null);
  }
  return (
    <div class="venue">
      <a class="back-link" href={href('p', session.projectId, 'meetings', 'venues')}>
        <span aria-hidden="true">←</span> All venues
      </a>
      <h2>{venue.name}</h2>
      {venue.archived && <p class="notice">This venue is marked as no longer used.</p>}
      {details ? (
        <form onSubmit={saveDetails} noValidate class="card">
          <TextField label="Venue name" value={details.name} onInput={(name) => setDetails({ ...details, name })} required maxLength={160} error={error} />
          <TextField label="Address" value={details.address} onInput={(address) => setDetails({ ...details, address })} maxLength={300} />
          <div class="row">
            <Button type="submit" variant="primary">
              Save
            </Button>
            <Button onClick={() => setDetails(null)}>Cancel</Button>
          </div>
        </form>
      ) : (
        <p>
          {venue.address ?? 'No address yet.'}{' '}
          <Button variant="quiet" onClick={() => setDetails({ name: venue.name, address: venue.address ?? '' })}>
            Change name or address
          </Button>
        </p>
      )}
      <section class="card" aria-labelledby="checklist-heading">
        <h3 id="checklist-heading">Accessibility checklist</h3>
        <p class="hint">Based on the Iriss co-production project planner. Visit if you can, and ask someone who uses the access you are checking.</p>
        {VENUE_CHECKS.map((check) => (
          <fieldset key={check.key} class="venue-check">
            <legend>{check.label}</legend>
            {check.hint && <p class="hint">{check.hint}</p>}
            <div class="answer-row">
              {ANSWERS.map((a) => (
                <label key={a.value} class="choice answer-choice">
                  <input
                    type="radio"
                    name={`check-${check.key}`}
                    value={a.value}
                    checked={(venue[check.key] ?? '') === a.value}
                    onChange={() => setVenueCheck(session.doc, venueId, check.key, a.value || undefined)}
                  />
                  <span>{a.label}</span>
                </label>
              ))}
            </div>
          </fieldset>
        ))}
      </section>
      <section class="card" aria-labelledby="venue-notes-heading">
        <h3 id="venue-notes-heading">Notes</h3>
        <YTextArea
          id="venue-notes"
          label="Notes about this venue"
          hint="Who has the key, how warm it is, where the accessible entrance is."
          text={notes}
          rows={4}
          write={(v) => editTextField(session.doc, venueType, venueId, 'notes', v)}
        />
      </section>
      <Button onClick={() => archiveVenue(session.doc, venueId, !venue.archived)}>
        {venue.archived ? 'Use this venue again' : 'No longer use this venue'}
      </Button>
    </div>
  );
}
