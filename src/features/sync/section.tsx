import { t } from '@lingui/core/macro';
import { useState } from 'preact/hooks';
import { canEncrypt } from '../../core/sync/crypto';
import type { SectionProps } from '../section';
import { ConflictsCard } from './ConflictsCard';
import { DevicesCard } from './DevicesCard';
import { InviteCard } from './InviteCard';
import { NotSyncingCard } from './NotSyncingCard';
import { ResetCard } from './ResetCard';
import { ShareStartCard } from './ShareStartCard';
import { minuteTick, syncView } from './sync-signals';
import { SyncStateCard } from './SyncStateCard';
import { useTeam } from './use-team';
import './sync.css';

/**
 * "Work together": share the project, see how sync is going and which devices share it,
 * invite a device, and reset sharing to leave one out.
 */
export function Screen({ session }: SectionProps) {
  const projectId = session.projectId;
  const view = syncView(projectId).value;
  const now = new Date(minuteTick.value);
  const [resetNote, setResetNote] = useState<string | null>(null);
  const team = useTeam(projectId, `${view.sharing}:${view.leftOut?.at ?? ''}:${view.state?.phase ?? ''}`);
  if (!canEncrypt()) {
    return (
      <p class="notice">{t`Sharing needs the app to be opened over a secure connection (an address starting with https://). Ask whoever runs your sync server to set that up.`}</p>
    );
  }
  if (!view.shared) return <ShareStartCard projectId={projectId} />;
  const stopped = view.leftOut !== null || view.state?.phase === 'refused';
  return (
    <>
      <SyncStateCard view={view} now={now} />
      <ConflictsCard session={session} />
      {stopped ? (
        <NotSyncingCard projectId={projectId} view={view} now={now} />
      ) : (
        <>
          {team && <DevicesCard projectId={projectId} team={team} now={now} />}
          <InviteCard projectId={projectId} resetAt={view.sharing} />
          {team && <ResetCard projectId={projectId} team={team} now={now} message={resetNote} setMessage={setResetNote} />}
        </>
      )}
    </>
  );
}
