import type { SectionProps } from '../section';
import { AddMemberScreen } from './AddMemberScreen';
import { BarriersScreen } from './BarriersScreen';
import { LedgerScreen } from './LedgerScreen';
import { MemberScreen } from './MemberScreen';
import { TeamOverview } from './TeamOverview';
import './team.css';

export function Screen({ session, rest }: SectionProps) {
  const [page, id] = rest;
  if (page === 'new') return <AddMemberScreen session={session} />;
  if (page === 'member' && id) return <MemberScreen session={session} personId={id} />;
  if (page === 'ledger') return <LedgerScreen session={session} />;
  if (page === 'barriers') return <BarriersScreen session={session} />;
  return <TeamOverview session={session} />;
}
