import type { GroupBalance } from '../../core/team/balance';
import { ROLE_ORDER } from '../../core/team/balance';
import { ROLE_LABELS } from '../../core/domain/person';
import { balanceSentence, GROUP_SIZE_CREDIT, ROUGHLY_EQUAL_EXPLAINED, warningSentence } from './balance-words';

/** Two bars, lived experience and professionals, so the balance can be seen at a glance. */
function BalanceBars({ balance }: { balance: GroupBalance }) {
  const max = Math.max(balance.livedExperience, balance.professional, 1);
  const rows = [
    { label: 'Lived experience', value: balance.livedExperience, colour: 'var(--brand)' },
    { label: 'Professionals', value: balance.professional, colour: '#7a5a00' },
  ];
  return (
    <svg class="balance-bars" viewBox="0 0 300 64" role="img" aria-label={`Lived experience ${balance.livedExperience}, professionals ${balance.professional}`}>
      {rows.map((r, i) => (
        <g key={r.label} transform={`translate(0 ${i * 32})`}>
          <text x="0" y="19" font-size="14" fill="currentColor">
            {r.label}
          </text>
          <rect x="130" y="5" width={Math.max(2, (r.value / max) * 140)} height="20" rx="4" fill={r.colour} />
          <text x={136 + Math.max(2, (r.value / max) * 140)} y="20" font-size="14" font-weight="700" fill="currentColor">
            {r.value}
          </text>
        </g>
      ))}
    </svg>
  );
}

export function BalanceSummary({ balance, compact = false }: { balance: GroupBalance; compact?: boolean }) {
  const roles = ROLE_ORDER.filter((r) => balance.activeByRole[r] > 0);
  return (
    <div class="balance">
      <p class="balance-headline">
        <strong data-testid="active-count">{balance.active}</strong> active {balance.active === 1 ? 'member' : 'members'}
      </p>
      {balance.active > 0 && <BalanceBars balance={balance} />}
      <p data-testid="balance-verdict">{balanceSentence(balance)}</p>
      {balance.warnings.length > 0 && (
        <ul class="balance-warnings" aria-label="Worth a look">
          {balance.warnings.map((w) => (
            <li key={w} class="notice">
              {warningSentence(w, balance)}
            </li>
          ))}
        </ul>
      )}
      {!compact && roles.length > 0 && (
        <>
          <h3>Active members by role</h3>
          <dl class="facts role-counts">
            {roles.map((r) => [<dt key={`${r}-t`}>{ROLE_LABELS[r]}</dt>, <dd key={`${r}-d`}>{balance.activeByRole[r]}</dd>])}
          </dl>
        </>
      )}
      {!compact && (
        <details class="explain">
          <summary>How we work this out</summary>
          <p>{ROUGHLY_EQUAL_EXPLAINED}</p>
          <p>{GROUP_SIZE_CREDIT}</p>
        </details>
      )}
    </div>
  );
}
