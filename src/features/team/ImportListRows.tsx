import { plural, t } from '@lingui/core/macro';
import type { StakeholderInput } from '../../core/commands/plan-maps';
import type { NewMember } from '../../core/commands/team-members';
import type { ImportPlan } from '../../core/backup/people-import';
import { ROLE_LABELS, STATUS_LABELS } from '../../core/domain/person';
import { INVOLVEMENT_LABELS, STAKEHOLDER_KIND_LABELS } from '../../core/domain/plan/stakeholder';
import { formatNumber } from '../../core/format/intl';
import { Checkbox } from '../../ui/form/ChoiceGroup';

export type Planned = { kind: 'members'; plan: ImportPlan<NewMember> } | { kind: 'stakeholders'; plan: ImportPlan<StakeholderInput> };

/** Rows shown as they would be added; the rest are counted. */
const PREVIEW_ROWS = 10;

/** The first rows as they would be added, so a wrong column shows at once. */
export function ListPreview({ planned }: { planned: Planned }) {
  const rows = planned.plan.ready.slice(0, PREVIEW_ROWS);
  if (rows.length === 0) return null;
  const more = planned.plan.ready.length - rows.length;
  return (
    <div class="import-scroll" tabIndex={0} role="region" aria-labelledby="import-preview-caption">
      <table class="import-preview" data-testid="import-preview">
        <caption id="import-preview-caption">{t`How the first rows would be added`}</caption>
        <thead>
          <tr>
            <th scope="col">{t({ message: 'Row', comment: 'A row number of the spreadsheet' })}</th>
            <th scope="col">{t`Name`}</th>
            {planned.kind === 'members' ? (
              <>
                <th scope="col">{t`Email`}</th>
                <th scope="col">{t`Phone`}</th>
                <th scope="col">{t`Role`}</th>
                <th scope="col">{t`Status`}</th>
              </>
            ) : (
              <>
                <th scope="col">{t`Person or organisation`}</th>
                <th scope="col">{t`Involved yet?`}</th>
              </>
            )}
          </tr>
        </thead>
        <tbody>
          {planned.kind === 'members'
            ? planned.plan.ready.slice(0, PREVIEW_ROWS).map(({ row, input }) => (
                <tr key={row}>
                  <td>{formatNumber(row)}</td>
                  <th scope="row">{input.name}</th>
                  <td>{input.email}</td>
                  <td>{input.phone}</td>
                  <td>{ROLE_LABELS[input.role]}</td>
                  <td>{STATUS_LABELS[input.status]}</td>
                </tr>
              ))
            : planned.plan.ready.slice(0, PREVIEW_ROWS).map(({ row, input }) => (
                <tr key={row}>
                  <td>{formatNumber(row)}</td>
                  <th scope="row">{input.name}</th>
                  <td>{STAKEHOLDER_KIND_LABELS[input.kind]}</td>
                  <td>{INVOLVEMENT_LABELS[input.involvement]}</td>
                </tr>
              ))}
        </tbody>
      </table>
      {more > 0 && <p class="hint">{plural(more, { one: 'and # more row ready to add.', other: 'and # more rows ready to add.' })}</p>}
    </div>
  );
}

/** Rows that look like someone already here (each can be added anyway), and rows that cannot be used, with why. */
export function RowsToCheck({
  plan,
  addAnyway,
  onAddAnyway,
}: {
  plan: ImportPlan<unknown>;
  addAnyway: ReadonlySet<number>;
  onAddAnyway: (row: number, on: boolean) => void;
}) {
  return (
    <>
      {plan.duplicates.length > 0 && (
        <div class="import-check" data-testid="import-duplicates">
          <h3>{t`Probably already here`}</h3>
          <p class="hint">{t`These rows have the same name, email or phone as someone else. They are left out unless you tick them.`}</p>
          <ul class="plain-list">
            {plan.duplicates.map((d) => {
              const row = formatNumber(d.row);
              const name = d.name;
              const other = d.duplicateOf ?? '';
              return (
                <li key={d.row}>
                  <Checkbox label={t`Row ${row}: ${name} (looks like ${other}). Add anyway`} checked={addAnyway.has(d.row)} onChange={(on) => onAddAnyway(d.row, on)} />
                </li>
              );
            })}
          </ul>
        </div>
      )}
      {plan.bad.length > 0 && (
        <div class="import-check" data-testid="import-bad">
          <h3>{t`Rows that cannot be used`}</h3>
          <ul>
            {plan.bad.map((b) => {
              const row = formatNumber(b.row);
              const reasons = b.reasons.join(' ');
              return <li key={b.row}>{t`Row ${row}: ${reasons}`}</li>;
            })}
          </ul>
        </div>
      )}
    </>
  );
}
