import { useState } from 'preact/hooks';
import { addYouSaidWeDid, archiveYouSaidWeDid, updateYouSaidWeDid } from '../../core/commands/review-you-said';
import { RAISED_KIND_LABELS, RAISED_KINDS, youSaidWeDidType, type RaisedKind, type YouSaidWeDid } from '../../core/domain/review/you-said-we-did';
import { todayIso } from '../../core/ids';
import { shortDate } from '../../core/pack/format';
import type { ProjectSession } from '../../core/projects/project-session';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { TextField } from '../../ui/TextField';
import { Subpage } from './Subpage';
import { useRecords } from './use-records';

/** The "you said, we did" log: what members raised, and what changed because of it. */
export function YouSaidScreen({ session }: { session: ProjectSession }) {
  const entries = useRecords(session.projectId, youSaidWeDidType);
  const [editing, setEditing] = useState<YouSaidWeDid | 'new' | null>(null);
  const [removing, setRemoving] = useState<YouSaidWeDid | null>(null);
  const sorted = entries ? [...entries].sort((a, b) => b.changedOn.localeCompare(a.changedOn)) : undefined;
  return (
    <Subpage projectId={session.projectId} title="You said, we did">
      <p class="lead">Show members that what they say changes things. Each line goes in the project pack.</p>
      {editing ? (
        <EntryForm session={session} entry={editing === 'new' ? null : editing} onDone={() => setEditing(null)} />
      ) : (
        <Button variant="primary" onClick={() => setEditing('new')}>
          Add to the log
        </Button>
      )}
      {sorted === undefined ? (
        <p role="status">Loading…</p>
      ) : sorted.length === 0 ? (
        <p class="empty">Nothing in the log yet.</p>
      ) : (
        <ul class="said-list">
          {sorted.map((e) => (
            <li key={e.id} class="card said-item">
              <p class="said-meta">
                {shortDate(e.changedOn)} · From: {RAISED_KIND_LABELS[e.raisedKind].toLowerCase()}
                {e.raisedOn ? `, raised ${shortDate(e.raisedOn)}` : ''}
              </p>
              <dl class="said-pair">
                <dt>You said</dt>
                <dd>{e.youSaid}</dd>
                <dt>We did</dt>
                <dd>{e.weDid}</dd>
              </dl>
              <div class="row">
                <Button variant="quiet" onClick={() => setEditing(e)} aria-label={`Change: ${e.youSaid.slice(0, 40)}`}>
                  Change
                </Button>
                <Button variant="quiet" onClick={() => setRemoving(e)} aria-label={`Remove: ${e.youSaid.slice(0, 40)}`}>
                  Remove
                </Button>
              </div>
            </li>
          ))}
        </ul>
      )}
      <ConfirmDialog
        open={removing !== null}
        title="Remove this from the log?"
        confirmLabel="Remove"
        danger
        onCancel={() => setRemoving(null)}
        onConfirm={() => {
          if (removing) archiveYouSaidWeDid(session.doc, removing.id);
          setRemoving(null);
        }}
      >
        <p>It will no longer show here or in project packs.</p>
      </ConfirmDialog>
    </Subpage>
  );
}

function EntryForm({ session, entry, onDone }: { session: ProjectSession; entry: YouSaidWeDid | null; onDone: () => void }) {
  const [raisedKind, setRaisedKind] = useState<RaisedKind>(entry?.raisedKind ?? 'feedback-theme');
  const [youSaid, setYouSaid] = useState(entry?.youSaid ?? '');
  const [weDid, setWeDid] = useState(entry?.weDid ?? '');
  const [raisedOn, setRaisedOn] = useState(entry?.raisedOn ?? '');
  const [changedOn, setChangedOn] = useState(entry?.changedOn ?? todayIso());
  const [error, setError] = useState<string | null>(null);
  function save(e: Event) {
    e.preventDefault();
    const input = { raisedKind, youSaid, weDid, changedOn, raisedOn: raisedOn || undefined };
    const result = entry ? updateYouSaidWeDid(session.doc, entry.id, input) : addYouSaidWeDid(session.doc, { ...input, ...(raisedOn ? { raisedOn } : {}) });
    if (!result.ok) return setError(result.message);
    onDone();
  }
  return (
    <form class="card review-form" onSubmit={save} noValidate aria-labelledby="said-form-heading">
      <h3 id="said-form-heading">{entry ? 'Change this line' : 'Add to the log'}</h3>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <fieldset>
        <legend>Where did it come from?</legend>
        {RAISED_KINDS.map((kind) => (
          <label class="choice" key={kind}>
            <input type="radio" name="raised-kind" checked={raisedKind === kind} onChange={() => setRaisedKind(kind)} />
            {RAISED_KIND_LABELS[kind]}
          </label>
        ))}
      </fieldset>
      <TextField label="You said" value={youSaid} onInput={setYouSaid} multiline required maxLength={2000} hint="What members raised, in their words if you can." />
      <TextField label="We did" value={weDid} onInput={setWeDid} multiline required maxLength={2000} hint="What changed because of it." />
      <div class="review-dates">
        <TextField label="When it was raised" type="date" value={raisedOn} onInput={setRaisedOn} />
        <TextField label="When it changed" type="date" value={changedOn} onInput={setChangedOn} required />
      </div>
      <div class="row">
        <Button type="submit" variant="primary">
          {entry ? 'Save changes' : 'Add to the log'}
        </Button>
        <Button onClick={onDone}>Cancel</Button>
      </div>
    </form>
  );
}
