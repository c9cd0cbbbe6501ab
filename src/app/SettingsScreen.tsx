import { t } from '@lingui/core/macro';
import { useEffect, useState } from 'preact/hooks';
import { formatBytes } from '../core/format/numbers';
import { href } from '../state/router';
import { requestPersistentStorage, storageReport, type StorageReport } from '../state/storage';
import { DeviceLockCard } from '../features/lock/DeviceLockCard';
import { InstallCard } from './InstallCard';
import { LanguageCard } from './LanguageCard';
import { Button } from '../ui/Button';
import { Page } from '../ui/Page';

/** How this device is looking after the app's data, and which version is running. */
export function SettingsScreen() {
  const [report, setReport] = useState<StorageReport | null>(null);
  const [refused, setRefused] = useState(false);
  const refresh = () => storageReport().then(setReport);
  useEffect(() => {
    void refresh();
  }, []);
  const nearlyFull = report?.usedBytes != null && report.quotaBytes != null && report.usedBytes / report.quotaBytes > 0.8;

  return (
    <Page title={t`Settings`} back={{ href: href(), label: t`All projects` }}>
      <section class="card" aria-labelledby="storage-heading">
        <h2 id="storage-heading">{t`Storage on this device`}</h2>
        {report === null ? (
          <p role="status">{t`Checking…`}</p>
        ) : (
          <dl class="facts">
            <dt>{t`Space used by Common Ground`}</dt>
            <dd data-testid="storage-used">{report.usedBytes === null ? t`Not known on this browser` : formatBytes(report.usedBytes)}</dd>
            <dt>{t`Space available to it`}</dt>
            <dd>{report.quotaBytes === null ? t`Not known on this browser` : formatBytes(report.quotaBytes)}</dd>
            <dt>{t`Kept safe when the device is short of space`}</dt>
            <dd data-testid="storage-persistent">
              {report.persistent === null
                ? t`Not known on this browser`
                : report.persistent
                  ? t({ message: 'Yes', comment: 'Answer to: kept safe when the device is short of space?' })
                  : t`No — the browser may clear data if space runs very low`}
            </dd>
          </dl>
        )}
        {nearlyFull && (
          <p class="notice" role="alert">{t`This device is nearly out of space for Common Ground. Make a backup of each project and free some space.`}</p>
        )}
        {report && report.persistent === false && (
          <Button
            onClick={async () => {
              setRefused(!(await requestPersistentStorage({ again: true })));
              await refresh();
            }}
          >{t`Ask the browser to keep data safe`}</Button>
        )}
        {refused && (
          <p class="notice" role="status" data-testid="persist-refused">
            {t`The browser said no. Browsers often agree once Common Ground is installed on the home screen and used for a while. Until then, make a backup of each project now and then, so nothing is lost if the browser clears its data.`}
          </p>
        )}
      </section>
      <InstallCard />
      <LanguageCard />
      <DeviceLockCard />
      <section class="card" aria-labelledby="about-heading">
        <h2 id="about-heading">{t`About`}</h2>
        <dl class="facts">
          <dt>{t`App version`}</dt>
          <dd data-testid="app-version">{__APP_VERSION__}</dd>
        </dl>
        <p>{t`Common Ground keeps your projects on this device. Nothing is sent anywhere unless you share a project with other facilitators, and then only in a form the sync server cannot read.`}</p>
      </section>
    </Page>
  );
}
