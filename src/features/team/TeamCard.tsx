import { groupBalance } from '../../core/team/balance';
import { href } from '../../state/router';
import type { DashboardCardProps } from '../section';
import { balanceSentence, warningSentence } from './balance-words';
import { usePeople } from './use-team';
import './team.css';

/** The team at a glance on the project dashboard: how many are active, and the group's balance. */
export function TeamCard({ projectId }: DashboardCardProps) {
  const people = usePeople(projectId);
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
          <a href={href('p', projectId, 'team', 'new')}>Add the first member</a>
        </p>
      )}
    </div>
  );
}
