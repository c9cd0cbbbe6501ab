import { t } from '@lingui/core/macro';
import { LazyMessage } from '../../app/LazyMessage';
import { lazyModule, useLazy } from '../../state/use-lazy';
import type { SectionProps } from '../section';
import { AddMemberScreen } from './AddMemberScreen';
import { BarriersScreen } from './BarriersScreen';
import { LedgerScreen } from './LedgerScreen';
import { MemberScreen } from './MemberScreen';
import { TeamOverview } from './TeamOverview';
import './team.css';

const importScreen = lazyModule(() => import('./ImportListScreen'));
const privacyScreen = lazyModule(() => import('./PrivacyScreen'));

export function Screen({ rest }: SectionProps) {
  const [page, id] = rest;
  if (page === 'new') return <AddMemberScreen />;
  if (page === 'member' && id) return <MemberScreen personId={id} />;
  if (page === 'ledger') return <LedgerScreen />;
  if (page === 'barriers') return <BarriersScreen />;
  if (page === 'import') return <ImportRoute />;
  if (page === 'privacy') return <PrivacyRoute />;
  return <TeamOverview />;
}

function ImportRoute() {
  const screen = useLazy(importScreen);
  return screen.kind === 'ready' ? <screen.module.ImportListScreen /> : <LazyMessage state={screen} loading={t`Opening…`} />;
}

function PrivacyRoute() {
  const screen = useLazy(privacyScreen);
  return screen.kind === 'ready' ? <screen.module.PrivacyScreen /> : <LazyMessage state={screen} loading={t`Opening…`} />;
}
