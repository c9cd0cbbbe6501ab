import { plural, t } from '@lingui/core/macro';
import { personType, RECOGNITION_LABELS } from '../../core/domain/person';
import { contributionType } from '../../core/domain/team/contribution';
import { formatDay } from '../../core/format/dates';
import { compareText } from '../../core/format/intl';
import { formatHours, formatPence } from '../../core/format/numbers';
import { ledgerTotals, totalsMayAffectBenefits, type LedgerTotals } from '../../core/team/ledger';
import { newestFirst } from '../../core/team/order';
import { useProjectId } from '../../state/project-context';
import { useRecords } from '../../state/records';
import { href } from '../../state/router';
import { BenefitsCaution } from './BenefitsCaution';
import { contributionAmount, contributionKindText, lower } from './contribution-words';
import { Name } from './MemberBadges';
import { TotalsList } from './TotalsList';

/** How many entries the list shows; the totals count them all. */
const SHOWN_ENTRIES = 200;

/** "Expenses £12.00 · Vouchers £40.00 · Time credits 4 hours", leaving out what is nil. */
function totalsLine(totals: LedgerTotals): string {
  const parts: string[] = [];
  if (totals.expensesPence) {
    const amount = formatPence(totals.expensesPence);
    parts.push(t`Expenses ${amount}`);
  }
  if (totals.paymentsPence) {
    const amount = formatPence(totals.paymentsPence);
    parts.push(t`Payments ${amount}`);
  }
  if (totals.vouchersPence) {
    const amount = formatPence(totals.vouchersPence);
    parts.push(t`Vouchers ${amount}`);
  }
  if (totals.timeCreditHours) {
    const hours = formatHours(totals.timeCreditHours);
    parts.push(t`Time credits ${hours}`);
  }
  return parts.join(' · ') || t`Nothing yet`;
}

/** Expenses, payments, vouchers and time credits: totals per member and for the project. */
export function LedgerScreen() {
  const projectId = useProjectId();
  const records = useRecords(contributionType);
  const people = useRecords(personType);
  const back = href('p', projectId, 'team');
  if (!records || !people) return <p role="status">{t`Loading the ledger…`}</p>;
  const entries = newestFirst(records);
  const ledger = ledgerTotals(entries);
  const names = new Map(people.map((p) => [p.id, p]));
  const rows = [...ledger.byPerson.entries()]
    .map(([id, totals]) => ({ id, person: names.get(id), totals }))
    .sort((a, b) => compareText(a.person?.name ?? '', b.person?.name ?? ''));
  const showCaution = totalsMayAffectBenefits(ledger.project);
  const erasedMoney = formatPence(ledger.unattributed.moneyPence);
  const erasedHours = formatHours(ledger.unattributed.timeCreditHours);
  const count = entries.length;

  return (
    <div class="team ledger">
      <a class="back-link" href={back}>
        <span aria-hidden="true">←</span> {t`All members`}
      </a>
      <h2>{t`Expenses and rewards`}</h2>
      <p class="hint">
        {t`Based on the reciprocity advice in the Time to Shine toolkit and the Iriss co-production project planner: no one should be out of pocket, and everyone’s time has value. To add an entry, open a member.`}
      </p>
      <section class="card" aria-labelledby="project-totals-heading">
        <h3 id="project-totals-heading">{t`Project totals`}</h3>
        <TotalsList totals={ledger.project} testId="project-totals" />
        {ledger.unattributed.entries > 0 && (
          <p class="hint" data-testid="unattributed">
            {t`Includes ${erasedMoney} and ${erasedHours} for people who have since been erased.`}
          </p>
        )}
        {showCaution && <BenefitsCaution />}
      </section>

      <section aria-labelledby="per-member-heading">
        <h3 id="per-member-heading">{t`Per member`}</h3>
        {rows.length === 0 ? (
          <p class="empty">{t`Nothing recorded yet.`}</p>
        ) : (
          <ul class="ledger-list" data-testid="ledger-members">
            {rows.map(({ id, person, totals }) => {
              const wants = person?.recognition && lower(RECOGNITION_LABELS[person.recognition]);
              return (
                <li key={id} class="card ledger-member">
                  <p class="ledger-name">
                    {person ? (
                      <a href={href('p', projectId, 'team', 'member', id)}>
                        <Name person={person} />
                      </a>
                    ) : (
                      t`A former member`
                    )}
                    {wants && (
                      <span class="member-meta">
                        {' · '}
                        {t({ message: `wants: ${wants}`, comment: 'After a member’s name: how they would like their time recognised' })}
                      </span>
                    )}
                  </p>
                  <p>{totalsLine(totals)}</p>
                  {totalsMayAffectBenefits(totals) && <p class="hint">{t`Includes payments or vouchers: check this has not affected their benefits.`}</p>}
                </li>
              );
            })}
          </ul>
        )}
      </section>

      <section aria-labelledby="entries-heading">
        <h3 id="entries-heading">{t`All entries`}</h3>
        {count === 0 ? (
          <p class="empty">{t`Nothing recorded yet.`}</p>
        ) : (
          <ul class="entry-list">
            {entries.slice(0, SHOWN_ENTRIES).map((c) => {
              const person = c.personId ? names.get(c.personId) : undefined;
              return (
                <li key={c.id} class="entry">
                  <span class="entry-main">
                    <strong>{contributionAmount(c)}</strong> · {contributionKindText(c)} · {person ? <Name person={person} /> : t`a former member`}
                  </span>
                  <span class="entry-meta">
                    {formatDay(c.date, 'date')} · <bdi>{c.forWhat}</bdi>
                  </span>
                </li>
              );
            })}
          </ul>
        )}
        {count > SHOWN_ENTRIES && (
          <p class="hint">
            {plural(count, { one: `Showing the latest ${SHOWN_ENTRIES} of # entry.`, other: `Showing the latest ${SHOWN_ENTRIES} of # entries.` })}
          </p>
        )}
      </section>
    </div>
  );
}
