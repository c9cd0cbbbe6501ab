import type { ProjectSession } from '../../core/projects/project-session';
import { RECOGNITION_LABELS } from '../../core/domain/person';
import { ledgerTotals, totalsMayAffectBenefits, type LedgerTotals } from '../../core/team/ledger';
import { formatHours, formatPounds } from '../../core/team/money';
import { href } from '../../state/router';
import { BenefitsCaution } from './BenefitsCaution';
import { contributionAmount, contributionKindText, TotalsList } from './ContributionsCard';
import { formatDay } from './format';
import { Name } from './MemberBadges';
import { useContributions, usePeople } from './use-team';
import { compareText } from '../../core/format/intl';

/** "Expenses £12.00 · Vouchers £40.00 · Time credits 4 hours", leaving out what is nil. */
function totalsLine(t: LedgerTotals): string {
  const parts: string[] = [];
  if (t.expensesPence) parts.push(`Expenses ${formatPounds(t.expensesPence)}`);
  if (t.paymentsPence) parts.push(`Payments ${formatPounds(t.paymentsPence)}`);
  if (t.vouchersPence) parts.push(`Vouchers ${formatPounds(t.vouchersPence)}`);
  if (t.timeCreditHours) parts.push(`Time credits ${formatHours(t.timeCreditHours)}`);
  return parts.join(' · ') || 'Nothing yet';
}

/** Expenses, payments, vouchers and time credits: totals per member and for the project. */
export function LedgerScreen({ session }: { session: ProjectSession }) {
  const entries = useContributions(session.projectId);
  const people = usePeople(session.projectId);
  const back = href('p', session.projectId, 'team');
  if (!entries || !people) return <p role="status">Loading the ledger…</p>;
  const ledger = ledgerTotals(entries);
  const names = new Map(people.map((p) => [p.id, p]));
  const rows = [...ledger.byPerson.entries()]
    .map(([id, totals]) => ({ id, person: names.get(id), totals }))
    .sort((a, b) => compareText(a.person?.name ?? '', b.person?.name ?? ''));
  const showCaution = totalsMayAffectBenefits(ledger.project);

  return (
    <div class="team ledger">
      <a class="back-link" href={back}>
        <span aria-hidden="true">←</span> All members
      </a>
      <h2>Expenses and rewards</h2>
      <p class="hint">Based on the reciprocity advice in the Time to Shine toolkit and the Iriss co-production project planner: no one should be out of pocket, and everyone’s time has value. To add an entry, open a member.</p>
      <section class="card" aria-labelledby="project-totals-heading">
        <h3 id="project-totals-heading">Project totals</h3>
        <TotalsList totals={ledger.project} testId="project-totals" />
        {ledger.unattributed.entries > 0 && (
          <p class="hint" data-testid="unattributed">
            Includes {formatPounds(ledger.unattributed.moneyPence)} and {formatHours(ledger.unattributed.timeCreditHours)} for people who have since been erased.
          </p>
        )}
        {showCaution && <BenefitsCaution />}
      </section>

      <section aria-labelledby="per-member-heading">
        <h3 id="per-member-heading">Per member</h3>
        {rows.length === 0 ? (
          <p class="empty">Nothing recorded yet.</p>
        ) : (
          <ul class="ledger-list" data-testid="ledger-members">
            {rows.map(({ id, person, totals }) => (
              <li key={id} class="card ledger-member">
                <p class="ledger-name">
                  {person ? (
                    <a href={href('p', session.projectId, 'team', 'member', id)}>
                      <Name person={person} />
                    </a>
                  ) : (
                    'A former member'
                  )}
                  {person?.recognition && <span class="member-meta"> · wants: {RECOGNITION_LABELS[person.recognition].toLowerCase()}</span>}
                </p>
                <p>{totalsLine(totals)}</p>
                {totalsMayAffectBenefits(totals) && <p class="hint">Includes payments or vouchers: check this has not affected their benefits.</p>}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="entries-heading">
        <h3 id="entries-heading">All entries</h3>
        {entries.length === 0 ? (
          <p class="empty">Nothing recorded yet.</p>
        ) : (
          <ul class="entry-list">
            {entries.slice(0, 200).map((c) => {
              const person = c.personId ? names.get(c.personId) : undefined;
              return (
                <li key={c.id} class="entry">
                  <span class="entry-main">
                    <strong>{contributionAmount(c)}</strong> · {contributionKindText(c)} · {person ? <Name person={person} /> : 'a former member'}
                  </span>
                  <span class="entry-meta">
                    {formatDay(c.date)} · <bdi>{c.forWhat}</bdi>
                  </span>
                </li>
              );
            })}
          </ul>
        )}
        {entries.length > 200 && <p class="hint">Showing the latest 200 of {entries.length} entries.</p>}
      </section>
    </div>
  );
}
