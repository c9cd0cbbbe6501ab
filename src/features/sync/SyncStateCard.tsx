import { t } from '@lingui/core/macro';
import { describeSync, describeTime } from '../../core/sync/status';
import { browserOnline, type SyncView } from './sync-signals';

/** How this project's sync is going: a headline, what the server last confirmed, what waits. */
export function SyncStateCard({ view, now }: { view: SyncView; now: Date }) {
  const summary = view.state ? describeSync(view.state, { online: browserOnline.value, now }) : null;
  const pending = view.state?.pendingCount ?? 0;
  const since = describeTime(view.state?.pendingSince ?? now.toISOString(), now);
  const unreadable = view.unreadable;
  return (
    <section class="card sync-card" aria-labelledby="status-heading">
      <h2 id="status-heading">{t({ message: 'Sync', comment: 'Heading: how this project is kept in step with other devices' })}</h2>
      {summary ? (
        <p class={`sync-summary sync-${summary.tone}`} data-sync-tone={summary.tone}>
          <span class="sync-dot" aria-hidden="true" />
          <strong>{summary.headline}</strong>
        </p>
      ) : (
        <p>{t`Starting…`}</p>
      )}
      {summary && <p>{summary.detail}</p>}
      <dl class="sync-facts">
        <dt>{t`Last confirmed by the sync server`}</dt>
        <dd>{view.state?.confirmedAt ? describeTime(view.state.confirmedAt, now) : t`Not yet`}</dd>
        <dt>{t`Changes on this device not yet on the server`}</dt>
        <dd>{pending ? t`${pending}, since ${since}` : t({ message: 'None', comment: 'No changes are waiting to be sent' })}</dd>
        {unreadable > 0 && (
          <>
            <dt>{t`Changes from the server that could not be read`}</dt>
            <dd>{t`${unreadable} (left out)`}</dd>
          </>
        )}
      </dl>
      {view.state?.problem && <p class="notice">{view.state.problem}</p>}
      {view.resetPending && (
        <p class="notice">
          {t`Sharing was reset on this device. The devices you kept will move over, and the old sharing will be closed on the sync server, as soon as this device has a connection. Until then, devices with the old invite can still see what was there before the reset, but nothing new.`}
        </p>
      )}
    </section>
  );
}
