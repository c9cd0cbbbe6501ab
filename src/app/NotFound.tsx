import { href } from '../state/router';
import { Page } from '../ui/Page';

export function NotFound({ message }: { message?: string }) {
  return (
    <Page title="Not found" back={{ href: href(), label: 'All projects' }}>
      <p>{message ?? 'There is nothing at this address. It may have been deleted from this device.'}</p>
    </Page>
  );
}
