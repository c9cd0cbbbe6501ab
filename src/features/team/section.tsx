import type { SectionProps } from '../section';
import { AddMemberScreen } from './AddMemberScreen';
import { BarriersScreen } from './BarriersScreen';
import { LedgerScreen } from './LedgerScreen';
import { MemberScreen } from './MemberScreen';
import { TeamOverview } from './TeamOverview';
import './team.css';

export function Screen({ rest }: SectionProps) {
  const [page, id] = rest;
  if (page === 'new') return <AddMemberScreen />;
  if (page === 'member' && id) return <MemberScreen personId={id} />;
  if (page === 'ledger') return <LedgerScreen />;
  if (page === 'barriers') return <BarriersScreen />;
  return <TeamOverview />;
}
