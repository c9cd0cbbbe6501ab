import { t } from '@lingui/core/macro';
import { href } from '../../state/router';
import { LinkButton } from '../../ui/Button';
import { StopSyncingButton } from './DevicesCard';
import type { SyncView } from './sync-signals';
import { whenItHappened } from './when';

/** Sharing stopped for this device: a reset left it out, or the server turned it away. How to carry on. */
export function NotSyncingCard({ projectId, view, now }: { projectId: string; view: SyncView; now: Date }) {
  const actions = (
    <div class="row">
      <LinkButton href={href('join')} variant="primary">
        {t`Paste a new invite link`}
      </LinkButton>
      <StopSyncingButton projectId={projectId} />
    </div>
  );
  if (view.leftOut) {
    const byName = view.leftOut.byName;
    const when = whenItHappened(view.leftOut.at, now);
    return (
      <section class="card sync-card" aria-labelledby="left-out-heading">
        <h2 id="left-out-heading">{t`This device was left out`}</h2>
        <p>{t`“${byName}” reset sharing ${when}, and this device was not kept. Everything already on this device stays here, but its changes no longer reach the team, and theirs no longer arrive.`}</p>
        <p>{t`If that was a mistake, ask a facilitator whose device was kept for a new invite link. A link from a device that was left out cannot bring it back.`}</p>
        {actions}
      </section>
    );
  }
  return (
    <section class="card sync-card" aria-labelledby="rejoin-heading">
      <h2 id="rejoin-heading">{t`Keep working together`}</h2>
      <p>{t`Everything already on this device stays here. To send and get changes again, open a new invite link made on a device of the team that still syncs: their changes and yours will join up. This device shows which device made a link before it changes anything.`}</p>
      {actions}
    </section>
  );
}
