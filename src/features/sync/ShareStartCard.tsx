import { t } from '@lingui/core/macro';
import { useEffect, useState } from 'preact/hooks';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/TextField';
import { guessDeviceName } from './device-name';

const actions = () => import('./background');

/** A project not shared from this device yet: name the device, and share. */
export function ShareStartCard({ projectId }: { projectId: string }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [deviceName, setDeviceName] = useDeviceName();
  return (
    <section class="card sync-card" aria-labelledby="share-heading">
      <h2 id="share-heading">{t`Share this project with other facilitators`}</h2>
      <p>{t`Sharing keeps this project the same on your device and on the devices of the people you invite. Changes made without a signal are kept, and are sent when there is a connection. Everyone’s changes meet up, and nothing is lost.`}</p>
      <p>{t`Everything is locked (encrypted) on this device before it is sent. The sync server passes it on, but cannot read it.`}</p>
      <TextField
        label={t`Name of this device`}
        hint={t`The other facilitators see this name on their devices, and on the invite links this device makes, for example “Sam’s tablet”.`}
        value={deviceName}
        onInput={setDeviceName}
        maxLength={60}
        required
      />
      <Button
        variant="primary"
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          const result = await (await actions()).shareProject(projectId, deviceName);
          setBusy(false);
          if (!result.ok) setError(result.message);
        }}
      >
        {busy ? t`Please wait…` : t`Share this project`}
      </Button>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}

/** This device's name, or a first guess, for the field that sets it. */
function useDeviceName(): [string, (name: string) => void] {
  const [name, setName] = useState('');
  useEffect(() => {
    let live = true;
    void actions()
      .then((a) => a.thisDeviceName())
      .then((known) => live && setName((current) => current || known || guessDeviceName()));
    return () => {
      live = false;
    };
  }, []);
  return [name, setName];
}
