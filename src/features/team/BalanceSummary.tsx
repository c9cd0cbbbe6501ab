import { plural, t } from '@lingui/core/macro';
import { ROLE_LABELS } from '../../core/domain/person';
import { ROLE_ORDER, type GroupBalance } from '../../core/team/balance';
import { balanceSentence, warningSentence } from './balance-words';

/** Two bars, lived experience and professionals, so the balance can be seen at a glance. */
function BalanceBars({ balance }: { balance: GroupBalance }) {
  const max = Math.max(balance.livedExperience, balance.professional, 1);
  const { livedExperience, professional } = balance;
  const rows = [
    { key: 'lived', label: t`Lived experience`, value: livedExperience, colour: 'var(--brand)' },
    { key: 'professional', label: t`Professionals`, value: professional, colour: '#7a5a00' },
  ];
  return (
    <svg class="balance-bars" viewBox="0 0 300 64" role="img" aria-label={t`Lived experience ${livedExperience}, professionals ${professional}`}>
      {rows.map((r, i) => (
        <g key={r.key} transform={`translate(0 ${i * 32})`}>
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

export function BalanceSummary({ balance }: { balance: GroupBalance }) {
  const roles = ROLE_ORDER.filter((r) => balance.activeByRole[r] > 0);
  const active = balance.active;
  return (
    <div class="balance">
      <p class="balance-headline">
        <strong data-testid="active-count">{active}</strong> {plural(active, { one: 'active member', other: 'active members' })}
      </p>
      {active > 0 && <BalanceBars balance={balance} />}
      <p data-testid="balance-verdict">{balanceSentence(balance)}</p>
      {balance.warnings.length > 0 && (
        <ul class="balance-warnings" aria-label={t`Worth a look`}>
          {balance.warnings.map((w) => (
            <li key={w} class="notice">
              {warningSentence(w, balance)}
            </li>
          ))}
        </ul>
      )}
      {roles.length > 0 && (
        <>
          <h3>{t`Active members by role`}</h3>
          <dl class="facts role-counts">{roles.map((r) => [<dt key={`${r}-t`}>{ROLE_LABELS[r]}</dt>, <dd key={`${r}-d`}>{balance.activeByRole[r]}</dd>])}</dl>
        </>
      )}
      <details class="explain">
        <summary>{t`How we work this out`}</summary>
        <p>
          {t`We call the two sides roughly equal when they differ by one person at most, or the smaller side is at least four fifths of the larger. Carers and family count with lived experience; community organisations count with professionals.`}
        </p>
        <p>{t`Based on the Iriss co-production project planner: between 6 and 20 people works best.`}</p>
      </details>
    </div>
  );
}
