import { plural, t } from '@lingui/core/macro';
import { ROLE_LABELS } from '../../core/domain/person';
import { ROLE_ORDER, type GroupBalance } from '../../core/team/balance';
import { balanceSentence, warningSentence } from './balance-words';

/**
 * Two bars, lived experience and professionals, so the balance can be seen at a glance. Laid
 * out by the page rather than drawn, so a label of any length in any language fits beside its bar.
 */
function BalanceBars({ balance }: { balance: GroupBalance }) {
  const { livedExperience, professional } = balance;
  const max = Math.max(livedExperience, professional, 1);
  const rows = [
    { key: 'lived', label: t`Lived experience`, value: livedExperience },
    { key: 'professional', label: t`Professionals`, value: professional },
  ];
  return (
    <div class="balance-bars" role="img" aria-label={t`Lived experience ${livedExperience}, professionals ${professional}`}>
      {rows.map((r) => (
        <div key={r.key} class={`balance-bar balance-bar-${r.key}`}>
          <span class="balance-bar-label">{r.label}</span>
          <span class="balance-bar-value">
            <span class="balance-bar-fill" style={{ width: `calc((100% - 3rem) * ${r.value / max})` }} />
            <strong>{r.value}</strong>
          </span>
        </div>
      ))}
    </div>
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
