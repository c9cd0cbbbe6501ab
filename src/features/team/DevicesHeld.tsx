import { t } from '@lingui/core/macro';
import { deviceType } from '../../core/domain/sharing/device';
import { dayOf } from '../../core/format/calendar';
import { formatDay, formatTime } from '../../core/format/dates';
import { useProjectId } from '../../state/project-context';
import { useRecords } from '../../state/records';
import { href } from '../../state/router';

/** Which devices hold the project (from sharing), and when each was last in touch, so a lost one can be dealt with. */
export function DevicesHeld() {
  const projectId = useProjectId();
  const devices = useRecords(deviceType);
  if (!devices) return <p role="status">{t`Loading…`}</p>;
  return (
    <section class="card" aria-labelledby="devices-held-heading">
      <h3 id="devices-held-heading">{t`Devices that hold this project`}</h3>
      {devices.length === 0 ? (
        <p>{t`The project is not shared: it is on this device only.`}</p>
      ) : (
        <ul class="plain-list">
          {devices.map((d) => {
            const name = d.name;
            const added = formatDay(dayOf(d.createdAt), 'date');
            const seen = d.lastSeenAt ? `${formatDay(dayOf(d.lastSeenAt), 'date')} ${formatTime(new Date(d.lastSeenAt))}` : null;
            return (
              <li key={d.id}>
                <strong>{name}</strong> {seen ? t`added ${added}, last in touch ${seen}` : t`added ${added}, not in touch since`}
              </li>
            );
          })}
        </ul>
      )}
      <p>
        {t`A device that is lost, or a facilitator who has left, keeps what it already has. To stop it getting anything new, reset sharing and leave that device out.`}{' '}
        <a href={href('p', projectId, 'share')}>{t`Work together`}</a>
      </p>
    </section>
  );
}
