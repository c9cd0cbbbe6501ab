import { t } from '@lingui/core/macro';
import { href } from '../state/router';
import { Page } from '../ui/Page';

export function NotFound({ message }: { message?: string }) {
  return (
    <Page title={t`Not found`} back={{ href: href(), label: t({ message: 'All projects', comment: 'Link back to the list of projects on this device' }) }}>
      <p>{message ?? t`There is nothing at this address. It may have been deleted from this device.`}</p>
    </Page>
  );
}
