import type { Section, SectionProps } from '../section';
import { groupBalance } from '../../core/team/balance';
import { href } from '../../state/router';
import { AddMemberScreen } from './AddMemberScreen';
import { balanceSentence, warningSentence } from './balance-words';
import { BarriersScreen } from './BarriersScreen';
import { LedgerScreen } from './LedgerScreen';
import { MemberScreen } from './MemberScreen';
import { TeamOverview } from './TeamOverview';
import { usePeople } from './use-team';
import './team.css';

function TeamScreen({ session, rest }: SectionProps) {
  const [page, id] = rest;
  if (page === 'new') return <AddMemberScreen session={session} />;
  if (page === 'member' && id) return <MemberScreen session={session} personId={id} />;
  if (page === 'ledger') return <LedgerScreen session={session} />;
  if (page === 'barriers') return <BarriersScreen session={session} />;
  return <TeamOverview session={session} />;
}

function TeamCard({ session }: SectionProps) {
  const people = usePeople(session.projectId);
  if (!people) return <p role="status">Loading…</p>;
  const balance = groupBalance(people);
  return (
    <div class="team-card" data-testid="team-card">
      <p>
        <strong>{balance.active}</strong> active {balance.active === 1 ? 'member' : 'members'}
        {people.length > balance.active ? ` of ${people.length}` : ''}.
      </p>
      {balance.active > 0 && <p>{balanceSentence(balance)}</p>}
      {balance.warnings.map((w) => (
        <p key={w} class="notice">
          {warningSentence(w, balance)}
        </p>
      ))}
      {people.length === 0 && (
        <p>
          <a href={href('p', session.projectId, 'team', 'new')}>Add the first member</a>
        </p>
      )}
    </div>
  );
}

export const teamSection: Section = {
  id: 'team',
  title: 'Team',
  summary: 'The people in the group, what each person needs to take part, their consent, and how their time is valued.',
  Screen: TeamScreen,
  DashboardCard: TeamCard,
};
