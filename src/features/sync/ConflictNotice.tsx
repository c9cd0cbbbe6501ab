import { useState } from 'preact/hooks';
import type { ProjectSession } from '../../core/projects/project-session';
import { collectionMap, metaMap } from '../../core/doc/project-doc';
import { forgetConflict, isStillOpen, loadConflicts, restoreOtherValue } from '../../core/sync/conflict-store';
import { PROJECT_DETAILS, type FieldConflict } from '../../core/sync/conflicts';
import { describeTime } from '../../core/sync/status';
import { db } from '../../state/app-db';
import { useLiveQuery } from '../../state/use-live-query';
import { useYValue } from '../../state/use-y';
import { Button } from '../../ui/Button';
import { describeValue, fieldLabel } from './conflict-text';
import './sync.css';

export interface ConflictNoticeProps {
  session: ProjectSession;
  /** The record's collection ("people", "meetings"…), or "meta" for the project's details. */
  collection: string;
  /** The record's id ("" for the project's details). */
  id: string;
  /** Labels the record screen uses for its fields, e.g. { name: 'Name', pronouns: 'Pronouns' }. */
  fieldLabels?: Record<string, string>;
}

/**
 * On a record: fields that were changed on two devices at the same time, which value was
 * kept, and a button to use the other one instead. Shows nothing when there is nothing to say.
 */
export function ConflictNotice({ session, collection, id, fieldLabels }: ConflictNoticeProps) {
  const all = useLiveQuery(() => loadConflicts(db, session.projectId), [session.projectId]);
  const watched = collection === PROJECT_DETAILS ? metaMap(session.doc) : collectionMap(session.doc, collection);
  const open = useYValue(watched, () => (all ?? []).filter((c) => c.collection === collection && c.recordId === id && isStillOpen(session.doc, c)));
  if (open.length === 0) return null;
  return (
    <div class="conflicts">
      {open.map((c) => (
        <ConflictRow key={c.id} session={session} conflict={c} label={fieldLabel(c.field, fieldLabels)} />
      ))}
    </div>
  );
}

export function ConflictRow({ session, conflict, label, context }: { session: ProjectSession; conflict: FieldConflict; label: string; context?: string }) {
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const kept = describeValue(conflict.kept);
  const other = describeValue(conflict.other);
  return (
    <div class="conflict-notice" role="note" data-conflict-field={conflict.field}>
      <p class="conflict-title">
        <strong>
          {context ? `${context}: ` : ''}
          {label} was changed on two devices at the same time.
        </strong>
      </p>
      <p>
        Kept: “{kept}”. The other device had: “{other}”. <span class="hint">(Noticed {describeTime(conflict.at, new Date())}.)</span>
      </p>
      <div class="row">
        <Button
          disabled={busy}
          onClick={async () => {
            setBusy(true);
            const result = await restoreOtherValue(db, session.projectId, session.doc, conflict);
            setBusy(false);
            if (!result.ok) setMessage(result.message);
          }}
        >
          Use “{describeValue(conflict.other, 30)}” instead
        </Button>
        <Button variant="quiet" disabled={busy} onClick={() => forgetConflict(db, session.projectId, conflict.id)}>
          Keep “{describeValue(conflict.kept, 30)}”
        </Button>
      </div>
      {message && (
        <p class="error" role="alert">
          {message}
        </p>
      )}
    </div>
  );
}
