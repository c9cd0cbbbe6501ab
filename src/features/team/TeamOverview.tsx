import { t } from '@lingui/core/macro';
import { useState } from 'preact/hooks';
import { PREFER_NOT_TO_SAY } from '../../core/domain/base';
import { personType, ROLE_LABELS, STATUS_LABELS, STATUSES, type MemberStatus, type Role } from '../../core/domain/person';
import { barrierType } from '../../core/domain/team/barrier';
import { formatLocale } from '../../core/format/intl';
import { groupBalance, ROLE_ORDER } from '../../core/team/balance';
import { byName } from '../../core/team/order';
import { useProjectId } from '../../state/project-context';
import { useRecords } from '../../state/records';
import { href } from '../../state/router';
import { LinkButton } from '../../ui/Button';
import { optionsFrom, SelectField } from '../../ui/form/SelectField';
import { TextField } from '../../ui/TextField';
import { couldNotTakePart } from '../../core/read/figures';
import { BalanceSummary } from './BalanceSummary';
import { MemberBadges, Name, pronounsText, roleAndStatus } from './MemberBadges';
import { teamNotice } from './team-notice';

/** The team at a glance: balance, who is in it, and ways in to each person. */
export function TeamOverview() {
  const projectId = useProjectId();
  const people = useRecords(personType);
  const barriers = useRecords(barrierType);
  const [role, setRole] = useState<Role | ''>('');
  const [status, setStatus] = useState<MemberStatus | ''>('');
  const [search, setSearch] = useState('');
  const notice = teamNotice.value;
  const p = (...parts: string[]) => href('p', projectId, 'team', ...parts);

  if (people === undefined) return <p role="status">{t`Loading the team…`}</p>;
  const everyone = byName(people);
  const balance = groupBalance(everyone);
  const needle = search.trim().toLocaleLowerCase(formatLocale());
  const shown = everyone.filter(
    (m) => (role === '' || m.role === role) && (status === '' || m.status === status) && (!needle || m.name.toLocaleLowerCase(formatLocale()).includes(needle)),
  );
  const { interested, 'stepped-back': steppedBack, left } = balance.byStatus;
  const shownCount = shown.length;
  const total = everyone.length;

  return (
    <div class="team">
      {notice && (
        <p class="notice team-notice" role="status">
          {notice}
        </p>
      )}
      <div class="team-actions row">
        <LinkButton variant="primary" href={p('new')}>
          {t`Add a member`}
        </LinkButton>
        <LinkButton href={p('ledger')}>{t`Expenses and rewards`}</LinkButton>
        <LinkButton href={p('barriers')}>{t`Could not take part`}</LinkButton>
        <LinkButton href={p('import')}>{t`Bring in a list`}</LinkButton>
        <LinkButton href={p('privacy')}>{t`Data protection`}</LinkButton>
      </div>

      <section class="card" aria-labelledby="balance-heading">
        <h2 id="balance-heading">{t`Balance of the group`}</h2>
        <BalanceSummary balance={balance} />
        <p data-testid="status-counts">{t`Also: ${interested} members interested but not taking part yet, ${steppedBack} stepped back, ${left} left.`}</p>
        <p>
          {t`People who wanted to join but could not take part (not members):`}{' '}
          <strong data-testid="barrier-count">{couldNotTakePart(barriers ?? []).total}</strong>.{' '}
          <a href={p('barriers')}>{t`See the reasons`}</a>
        </p>
      </section>

      <section aria-labelledby="members-heading">
        <h2 id="members-heading">{t`Members`}</h2>
        <div class="filters">
          <TextField label={t`Find by name`} value={search} onInput={setSearch} required />
          <SelectField label={t`Show role`} value={role} onChange={setRole} emptyLabel={t`All roles`} options={optionsFrom(ROLE_ORDER, ROLE_LABELS)} required />
          <SelectField
            label={t`Show status`}
            value={status}
            onChange={setStatus}
            emptyLabel={t`All statuses`}
            options={optionsFrom(STATUSES, STATUS_LABELS)}
            required
          />
        </div>
        <p role="status" class="hint">
          {total === 0 ? '' : t`Showing ${shownCount} of ${total}.`}
        </p>
        {total === 0 ? (
          <p class="empty">{t`No members yet. Add the people who are interested or taking part. Anyone can choose not to give any detail except a name.`}</p>
        ) : shownCount === 0 ? (
          <p class="empty">{t`No members match these choices.`}</p>
        ) : (
          <ul class="member-list" data-testid="member-list">
            {shown.map((m) => (
              <li key={m.id} class="member-item">
                <a class="member-link" href={p('member', m.id)}>
                  <Name person={m} />
                  {pronounsText(m) && <span class="pronouns"> ({pronounsText(m)})</span>}
                </a>
                <span class="member-meta">{roleAndStatus(m)}</span>
                {m.organisation && m.organisation !== PREFER_NOT_TO_SAY && (
                  <span class="member-meta">
                    <bdi>{m.organisation}</bdi>
                  </span>
                )}
                <MemberBadges person={m} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
