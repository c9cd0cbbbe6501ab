import { t } from '@lingui/core/macro';
import type { ProjectSession } from '../../core/projects/project-session';
import { conflictRecordLabel } from '../../core/sync/conflict-label';
import { useOpenConflicts } from '../../state/sync-conflicts';
import { ConflictRow } from './ConflictNotice';
import { fieldLabel } from './conflict-text';

/** Every field in this project that was changed on two devices at once, with the way back. */
export function ConflictsCard({ session }: { session: ProjectSession }) {
  const open = useOpenConflicts(session);
  if (open.length === 0) return null;
  return (
    <section class="card sync-card" aria-labelledby="conflicts-heading">
      <h2 id="conflicts-heading">{t`Changed on two devices`}</h2>
      <p>{t`These were changed on two devices at the same time. Both devices now show the same value; you can use the other one instead.`}</p>
      {open.map((c) => (
        <ConflictRow key={c.id} session={session} conflict={c} label={fieldLabel(c.field)} context={conflictRecordLabel(session.doc, c)} />
      ))}
    </section>
  );
}
