import { useEffect, useState } from 'preact/hooks';
import { href } from '../state/router';
import { formatBytes, requestPersistentStorage, storageReport, type StorageReport } from '../state/storage';
import { DeviceLockCard } from '../features/lock/DeviceLockCard';
import { LanguageCard } from './LanguageCard';
import { Button } from '../ui/Button';
import { Page } from '../ui/Page';

/** How this device is looking after the app's data, and which version is running. */
export function SettingsScreen() {
  const [report, setReport] = useState<StorageReport | null>(null);
  const refresh = () => storageReport().then(setReport);
  useEffect(() => {
    void refresh();
  }, []);
  const nearlyFull = report?.usedBytes != null && report.quotaBytes != null && report.usedBytes / report.quotaBytes > 0.8;

  return (
    <Page title="Settings" back={{ href: href(), label: 'All projects' }}>
      <section class="card" aria-labelledby="storage-heading">
        <h2 id="storage-heading">Storage on this device</h2>
        {report === null ? (
          <p role="status">Checking…</p>
        ) : (
          <dl class="facts">
            <dt>Space used by Common Ground</dt>
            <dd data-testid="storage-used">{report.usedBytes === null ? 'Not known on this browser' : formatBytes(report.usedBytes)}</dd>
            <dt>Space available to it</dt>
            <dd>{report.quotaBytes === null ? 'Not known on this browser' : formatBytes(report.quotaBytes)}</dd>
            <dt>Kept safe when the device is short of space</dt>
            <dd data-testid="storage-persistent">
              {report.persistent === null ? 'Not known on this browser' : report.persistent ? 'Yes' : 'No — the browser may clear data if space runs very low'}
            </dd>
          </dl>
        )}
        {nearlyFull && <p class="notice" role="alert">This device is nearly out of space for Common Ground. Make a backup of each project and free some space.</p>}
        {report && report.persistent === false && (
          <Button onClick={async () => { await requestPersistentStorage(); await refresh(); }}>Ask the browser to keep data safe</Button>
        )}
      </section>
      <LanguageCard />
      <DeviceLockCard />
      <section class="card" aria-labelledby="about-heading">
        <h2 id="about-heading">About</h2>
        <dl class="facts">
          <dt>App version</dt>
          <dd data-testid="app-version">{__APP_VERSION__}</dd>
        </dl>
        <p>Common Ground keeps your projects on this device. Nothing is sent anywhere unless you share a project with other facilitators, and then only in a form the sync server cannot read.</p>
      </section>
    </Page>
  );
}
