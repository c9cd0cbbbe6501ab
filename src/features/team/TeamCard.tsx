import { plural, t } from '@lingui/core/macro';
import { personType } from '../../core/domain/person';
import { groupBalance } from '../../core/team/balance';
import { useProjectId } from '../../state/project-context';
import { useRecords } from '../../state/records';
import { href } from '../../state/router';
import { LinkButton } from '../../ui/Button';
import { balanceSentence, warningSentence } from './balance-words';
import './team.css';

/** The team at a glance on the project dashboard: how many are active, and the group's balance. */
export function TeamCard() {
  const projectId = useProjectId();
  const people = useRecords(personType);
  if (!people) return <p role="status">{t`Loading…`}</p>;
  const balance = groupBalance(people);
  const active = balance.active;
  const everyone = people.length;
  return (
    <div class="team-card" data-testid="team-card">
      <p>
        <strong>{active}</strong>{' '}
        {everyone > active
          ? plural(active, { one: `active member of ${everyone}.`, other: `active members of ${everyone}.` })
          : plural(active, { one: 'active member.', other: 'active members.' })}
      </p>
      {active > 0 && <p>{balanceSentence(balance)}</p>}
      {balance.warnings.map((w) => (
        <p key={w} class="notice">
          {warningSentence(w, balance)}
        </p>
      ))}
      {everyone === 0 && (
        <LinkButton href={href('p', projectId, 'team', 'new')}>{t`Add the first member`}</LinkButton>
      )}
    </div>
  );
}
