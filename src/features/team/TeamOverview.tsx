import { useState } from 'preact/hooks';
import { ROLE_LABELS, STATUS_LABELS, STATUSES, type MemberStatus, type Role } from '../../core/domain/person';
import type { ProjectSession } from '../../core/projects/project-session';
import { groupBalance, ROLE_ORDER } from '../../core/team/balance';
import { href } from '../../state/router';
import { LinkButton } from '../../ui/Button';
import { TextField } from '../../ui/TextField';
import { BalanceSummary } from './BalanceSummary';
import { optionsFrom, SelectField } from './fields';
import { MemberBadges, Name, pronounsText, roleAndStatus } from './MemberBadges';
import { teamNotice, useBarriers, usePeople } from './use-team';

/** The team at a glance: balance, who is in it, and ways in to each person. */
export function TeamOverview({ session }: { session: ProjectSession }) {
  const people = usePeople(session.projectId);
  const barriers = useBarriers(session.projectId);
  const [role, setRole] = useState<Role | ''>('');
  const [status, setStatus] = useState<MemberStatus | ''>('');
  const [search, setSearch] = useState('');
  const notice = teamNotice.value;
  const p = (...parts: string[]) => href('p', session.projectId, 'team', ...parts);

  if (people === undefined) return <p role="status">Loading the team…</p>;
  const balance = groupBalance(people);
  const needle = search.trim().toLocaleLowerCase('en-GB');
  const shown = people.filter((m) => (role === '' || m.role === role) && (status === '' || m.status === status) && (!needle || m.name.toLocaleLowerCase('en-GB').includes(needle)));

  return (
    <div class="team">
      {notice && (
        <p class="notice team-notice" role="status">
          {notice}
        </p>
      )}
      <div class="team-actions row">
        <LinkButton variant="primary" href={p('new')}>
          Add a member
        </LinkButton>
        <LinkButton href={p('ledger')}>Expenses and rewards</LinkButton>
        <LinkButton href={p('barriers')}>Could not take part</LinkButton>
      </div>

      <section class="card" aria-labelledby="balance-heading">
        <h2 id="balance-heading">Balance of the group</h2>
        <BalanceSummary balance={balance} />
        <p data-testid="status-counts">
          Also: {balance.byStatus.interested} interested, {balance.byStatus['stepped-back']} stepped back, {balance.byStatus.left} left.
        </p>
        <p>
          Interested but could not take part: <strong data-testid="barrier-count">{barriers?.length ?? 0}</strong>.{' '}
          <a href={p('barriers')}>See the reasons</a>
        </p>
      </section>

      <section aria-labelledby="members-heading">
        <h2 id="members-heading">Members</h2>
        <div class="filters">
          <TextField label="Find by name" value={search} onInput={setSearch} required />
          <SelectField label="Show role" value={role} onChange={setRole} emptyLabel="All roles" options={optionsFrom(ROLE_ORDER, ROLE_LABELS)} required />
          <SelectField label="Show status" value={status} onChange={setStatus} emptyLabel="All statuses" options={optionsFrom(STATUSES, STATUS_LABELS)} required />
        </div>
        <p role="status" class="hint">
          {people.length === 0 ? '' : `Showing ${shown.length} of ${people.length}.`}
        </p>
        {people.length === 0 ? (
          <p class="empty">No members yet. Add the people who are interested or taking part. Anyone can choose not to give any detail except a name.</p>
        ) : shown.length === 0 ? (
          <p class="empty">No members match these choices.</p>
        ) : (
          <ul class="member-list" data-testid="member-list">
            {shown.map((m) => (
              <li key={m.id} class="member-item">
                <a class="member-link" href={p('member', m.id)}>
                  <Name person={m} />
                  {pronounsText(m) && <span class="pronouns"> ({pronounsText(m)})</span>}
                </a>
                <span class="member-meta">{roleAndStatus(m)}</span>
                {m.organisation && m.organisation !== 'prefer-not-to-say' && <span class="member-meta"><bdi>{m.organisation}</bdi></span>}
                <MemberBadges person={m} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
