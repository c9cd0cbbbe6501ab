import { t } from '@lingui/core/macro';
import { useState } from 'preact/hooks';
import { useConfirm } from '../../ui/form/use-confirm';
import { Button, SubmitRow } from '../../ui/Button';
import { TextField } from '../../ui/TextField';
import type { TeamRow } from './background';
import { whenItHappened } from './when';

const actions = () => import('./background');

/** The devices that share this project, by name, with when each last synced; and this device's own choices. */
export function DevicesCard({ projectId, team, now }: { projectId: string; team: TeamRow[]; now: Date }) {
  const current = team.filter((d) => d.standing === 'current');
  const past = team.filter((d) => d.standing !== 'current');
  const me = team.find((d) => d.thisDevice);
  return (
    <section class="card sync-card" aria-labelledby="devices-heading">
      <h2 id="devices-heading">{t`Devices`}</h2>
      <ul class="device-list" aria-label={t`Devices that share this project`}>
        {current.map((d) => (
          <DeviceRow key={d.id} device={d} now={now} />
        ))}
      </ul>
      {past.length > 0 && (
        <>
          <h3>{t`No longer sharing`}</h3>
          <ul class="device-list" aria-label={t`Devices that no longer share this project`}>
            {past.map((d) => (
              <DeviceRow key={d.id} device={d} now={now} />
            ))}
          </ul>
        </>
      )}
      <ThisDevice projectId={projectId} name={me?.name ?? null} />
    </section>
  );
}

/** When a device last synced, or why it no longer shares, in words. */
export function deviceFacts(device: TeamRow, now: Date): string {
  if (device.standing === 'removed') {
    if (!device.removedOn) return t`Left out when sharing was reset`;
    const when = whenItHappened(device.removedOn, now);
    return t`Left out when sharing was reset ${when}`;
  }
  if (device.standing === 'unconfirmed') return t`Has not synced since sharing last changed`;
  if (!device.lastSeenAt) return t`Not synced yet`;
  const when = whenItHappened(device.lastSeenAt, now);
  return t`Last synced ${when}`;
}

function DeviceRow({ device, now }: { device: TeamRow; now: Date }) {
  const name = device.name;
  const facts = deviceFacts(device, now);
  const added = whenItHappened(device.addedAt, now);
  return (
    <li class="device-row">
      <strong>{device.thisDevice ? t`${name} (this device)` : name}</strong>
      <span class="hint">{t`${facts} · added ${added}`}</span>
    </li>
  );
}

/** Renaming this device, and stopping sync here. */
function ThisDevice({ projectId, name }: { projectId: string; name: string | null }) {
  const [renaming, setRenaming] = useState(false);
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);
  if (renaming) {
    return (
      <form
        class="device-rename"
        noValidate
        onSubmit={async (e) => {
          e.preventDefault();
          const result = await (await actions()).renameHere(projectId, draft);
          if (!result.ok) return setError(result.message);
          setError(null);
          setRenaming(false);
        }}
      >
        <TextField label={t`Name of this device`} value={draft} onInput={setDraft} error={error} maxLength={60} required />
        <SubmitRow label={t`Save the name`} onCancel={() => setRenaming(false)} />
      </form>
    );
  }
  return (
    <div class="row">
      {name && (
        <Button
          onClick={() => {
            setDraft(name);
            setRenaming(true);
          }}
        >
          {t`Rename this device`}
        </Button>
      )}
      <StopSyncingButton projectId={projectId} />
    </div>
  );
}

/** "Stop syncing on this device": the project stays here; nothing more is sent or received. */
export function StopSyncingButton({ projectId }: { projectId: string }) {
  const [confirm, dialog] = useConfirm();
  return (
    <>
      <Button
        variant="quiet"
        onClick={async () => {
          const yes = await confirm({
            title: t`Stop syncing this project on this device?`,
            confirmLabel: t`Stop syncing here`,
            body: (
              <>
                <p>{t`The project stays on this device, but changes here will not reach the others, and theirs will not reach you. Other devices carry on as before.`}</p>
                <p>{t`To sync again later, open an invite link from one of the other devices.`}</p>
              </>
            ),
          });
          if (yes) await (await actions()).stopSharingHere(projectId);
        }}
      >
        {t`Stop syncing on this device`}
      </Button>
      {dialog}
    </>
  );
}
