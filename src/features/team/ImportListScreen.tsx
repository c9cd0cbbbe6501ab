import { plural, t } from '@lingui/core/macro';
import { useId, useMemo, useState } from 'preact/hooks';
import { MAX_LIST_BYTES } from '../../core/backup/limits';
import { readListFile, type ListTable } from '../../core/backup/list-file';
import {
  guessColumns,
  MEMBER_FIELDS,
  planMembers,
  planStakeholders,
  STAKEHOLDER_FIELDS,
  type ColumnMap,
  type ImportPlan,
  type ListDefaults,
  type ListField,
  type ListKind,
  type PlannedRow,
} from '../../core/backup/people-import';
import { importMembers, importStakeholders } from '../../core/commands/team-import';
import { personType, ROLE_LABELS, ROLES, STATUS_LABELS, STATUSES } from '../../core/domain/person';
import { INVOLVEMENT, INVOLVEMENT_LABELS, STAKEHOLDER_KIND_LABELS, STAKEHOLDER_KINDS, stakeholderType } from '../../core/domain/plan/stakeholder';
import { today } from '../../core/format/calendar';
import { formatNumber } from '../../core/format/intl';
import { formatBytes } from '../../core/format/numbers';
import { fail } from '../../core/result';
import { useProjectId, useSession } from '../../state/project-context';
import { useRecords } from '../../state/records';
import { href } from '../../state/router';
import { Button, LinkButton } from '../../ui/Button';
import { Checkbox, RadioGroup } from '../../ui/form/ChoiceGroup';
import { CommandError } from '../../ui/form/CommandError';
import { optionsFrom, SelectField } from '../../ui/form/SelectField';
import { useCommand } from '../../ui/form/use-command';
import { ListPreview, RowsToCheck, type Planned } from './ImportListRows';

/** Rows ready to add, and the likely duplicates the facilitator chose to add anyway, in the list's order. */
function rowsToAdd<T>(plan: ImportPlan<T>, addAnyway: ReadonlySet<number>): PlannedRow<T>[] {
  return [...plan.ready, ...plan.duplicates.filter((d) => addAnyway.has(d.row))].sort((a, b) => a.row - b.row);
}

const START: ListDefaults = { role: 'other', status: 'interested', kind: 'organisation', involvement: 'not-yet' };

function fieldLabel(field: ListField): string {
  switch (field) {
    case 'name':
      return t({ message: 'Name', comment: 'Which column of a spreadsheet holds the whole name' });
    case 'firstName':
      return t`First name (if there is no whole name)`;
    case 'lastName':
      return t`Last name (if there is no whole name)`;
    case 'email':
      return t`Email`;
    case 'phone':
      return t`Phone`;
    case 'organisation':
      return t`Organisation`;
    case 'pronouns':
      return t`Pronouns`;
    case 'role':
      return t`Role`;
    case 'status':
      return t`Status`;
    case 'kind':
      return t`Person or organisation`;
    case 'why':
      return t`Why they should be involved`;
    case 'involvement':
      return t`Involved yet?`;
  }
}

/**
 * Brings in members or stakeholders from a spreadsheet saved as CSV: the file goes through
 * the list gate, the facilitator says which column is which and sees who would be added,
 * who may already be here and which rows cannot be used, and then everyone is added in one
 * change, or nobody.
 */
export function ImportListScreen() {
  const projectId = useProjectId();
  const { doc } = useSession();
  const inputId = useId();
  const people = useRecords(personType, undefined, { withArchived: true });
  const stakeholders = useRecords(stakeholderType);
  const [kind, setKind] = useState<ListKind>('members');
  const [table, setTable] = useState<ListTable | null>(null);
  const [fileName, setFileName] = useState('');
  const [columns, setColumns] = useState<ColumnMap>({});
  const [defaults, setDefaults] = useState<ListDefaults>(START);
  const [addAnyway, setAddAnyway] = useState<ReadonlySet<number>>(new Set());
  const [skipAgreed, setSkipAgreed] = useState(false);
  const [added, setAdded] = useState<{ count: number; kind: ListKind } | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const command = useCommand();

  const planned = useMemo((): Planned | null => {
    if (!table || !people || !stakeholders) return null;
    return kind === 'members'
      ? { kind, plan: planMembers(table, columns, defaults, people, today()) }
      : { kind, plan: planStakeholders(table, columns, defaults, stakeholders) };
  }, [table, columns, defaults, kind, people, stakeholders]);
  const plan = planned?.plan;

  function restart(nextKind: ListKind, nextTable: ListTable | null) {
    setKind(nextKind);
    setTable(nextTable);
    setColumns(nextTable ? guessColumns(nextTable.header, nextKind) : {});
    setAddAnyway(new Set());
    setSkipAgreed(false);
    command.clear();
  }

  async function chosen(input: HTMLInputElement) {
    const file = input.files?.[0];
    input.value = '';
    setFileError(null);
    setAdded(null);
    if (!file) return;
    if (file.size > MAX_LIST_BYTES) {
      const size = formatBytes(file.size);
      const limit = formatBytes(MAX_LIST_BYTES);
      restart(kind, null);
      return setFileError(t`That file is ${size}, too large for a list of people (the limit is ${limit}). Nothing was added.`);
    }
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await file.arrayBuffer());
    } catch {
      restart(kind, null);
      return setFileError(t`That file could not be read. Try choosing it again.`);
    }
    const read = readListFile(bytes);
    if (!read.ok) {
      restart(kind, null);
      return setFileError(read.message);
    }
    setFileName(file.name);
    restart(kind, read.value);
  }

  function add() {
    if (!planned) return;
    if (planned.plan.bad.length > 0 && !skipAgreed)
      return command.run(() => fail(t`Tick the box to skip the rows that cannot be used, or fix them in the spreadsheet and choose the file again.`));
    const result = command.run(() =>
      planned.kind === 'members' ? importMembers(doc, rowsToAdd(planned.plan, addAnyway), today()) : importStakeholders(doc, rowsToAdd(planned.plan, addAnyway)),
    );
    if (result.ok) {
      setAdded({ count: result.value, kind: planned.kind });
      restart(planned.kind, null);
    }
  }

  const fields: readonly ListField[] = kind === 'members' ? MEMBER_FIELDS : STAKEHOLDER_FIELDS;
  const columnOptions = (table?.header ?? []).map((heading, i) => {
    const number = formatNumber(i + 1);
    return { value: String(i), label: heading ? t`Column ${number}: ${heading}` : t`Column ${number}` };
  });
  const toAdd = plan ? plan.ready.length + plan.duplicates.filter((d) => addAnyway.has(d.row)).length : 0;
  const readyCount = formatNumber(plan?.ready.length ?? 0);
  const duplicateCount = formatNumber(plan?.duplicates.length ?? 0);
  const badCount = formatNumber(plan?.bad.length ?? 0);

  return (
    <div class="team import-list">
      <a class="back-link" href={href('p', projectId, 'team')}>
        <span aria-hidden="true">←</span> {t`All members`}
      </a>
      <section class="card" aria-labelledby="import-heading">
        <h2 id="import-heading">{t`Bring in a list`}</h2>
        <p>{t`Bring in people from a spreadsheet instead of typing them again. Save the spreadsheet as CSV first. You choose which column is which and see who would be added before anything changes.`}</p>
        <RadioGroup<ListKind>
          legend={t`Who is on the list?`}
          options={[
            { value: 'members', label: t`Members of the group` },
            { value: 'stakeholders', label: t`Stakeholders, for the plan’s map` },
          ]}
          value={kind}
          onChange={(next) => restart(next, table)}
          inline
        />
        <div class="field">
          <label for={inputId}>{t`Choose the CSV file`}</label>
          <p class="hint" id={`${inputId}-hint`}>{t`Commas or semicolons between cells, any usual text encoding. The first row must be the column headings.`}</p>
          <input id={inputId} type="file" accept=".csv,.txt,text/csv,text/plain" aria-describedby={`${inputId}-hint`} data-testid="list-input" onChange={(e) => void chosen(e.currentTarget as HTMLInputElement)} />
        </div>
        <CommandError error={fileError} />
        {added && (
          <div class="notice" role="status">
            <p>
              {added.kind === 'members'
                ? plural(added.count, { one: '# member was added.', other: '# members were added.' })
                : plural(added.count, { one: '# stakeholder was added to the plan’s map.', other: '# stakeholders were added to the plan’s map.' })}
            </p>
            <LinkButton href={added.kind === 'members' ? href('p', projectId, 'team') : href('p', projectId, 'plan')}>
              {added.kind === 'members' ? t`See the members` : t`Go to the plan`}
            </LinkButton>
          </div>
        )}
      </section>

      {table && (
        <section class="card" aria-labelledby="columns-heading">
          <h2 id="columns-heading">{t`Which column is which`}</h2>
          <p class="hint">
            {plural(table.rows.length, { one: `# row read from ${fileName}.`, other: `# rows read from ${fileName}.` })}
          </p>
          <div class="filters">
            {fields.map((field) => (
              <SelectField
                key={field}
                label={fieldLabel(field)}
                value={columns[field] === undefined ? '' : String(columns[field])}
                emptyLabel={t`Not in this list`}
                options={columnOptions}
                required
                onChange={(value) => setColumns({ ...columns, [field]: value === '' ? undefined : Number(value) })}
              />
            ))}
          </div>
          <h3>{t`When a cell is empty`}</h3>
          <div class="filters">
            {kind === 'members' ? (
              <>
                <SelectField label={t`Role to give`} value={defaults.role} options={optionsFrom(ROLES, ROLE_LABELS)} required onChange={(v) => v && setDefaults({ ...defaults, role: v })} />
                <SelectField label={t`Status to give`} value={defaults.status} options={optionsFrom(STATUSES, STATUS_LABELS)} required onChange={(v) => v && setDefaults({ ...defaults, status: v })} />
              </>
            ) : (
              <>
                <SelectField label={t`Person or organisation`} value={defaults.kind} options={optionsFrom(STAKEHOLDER_KINDS, STAKEHOLDER_KIND_LABELS)} required onChange={(v) => v && setDefaults({ ...defaults, kind: v })} />
                <SelectField label={t`Involved yet?`} value={defaults.involvement} options={optionsFrom(INVOLVEMENT, INVOLVEMENT_LABELS)} required onChange={(v) => v && setDefaults({ ...defaults, involvement: v })} />
              </>
            )}
          </div>
        </section>
      )}

      {table && planned && plan && (
        <section class="card" aria-labelledby="check-heading">
          <h2 id="check-heading">{t`Check before adding`}</h2>
          <p role="status" data-testid="import-summary">
            {t`Ready to add: ${readyCount}. Probably already here: ${duplicateCount}. Cannot be used: ${badCount}.`}
          </p>
          <ListPreview planned={planned} />
          <RowsToCheck
            plan={plan}
            addAnyway={addAnyway}
            onAddAnyway={(row, on) => {
              const next = new Set(addAnyway);
              if (on) next.add(row);
              else next.delete(row);
              setAddAnyway(next);
            }}
          />
          {plan.bad.length > 0 && (
            <Checkbox
              label={plural(plan.bad.length, { one: 'Skip the row that cannot be used and add the others', other: 'Skip the # rows that cannot be used and add the others' })}
              checked={skipAgreed}
              onChange={setSkipAgreed}
            />
          )}
          <CommandError error={command.error} />
          <div class="row">
            <Button variant="primary" onClick={add} disabled={toAdd === 0}>
              {kind === 'members' ? plural(toAdd, { one: 'Add # member', other: 'Add # members' }) : plural(toAdd, { one: 'Add # stakeholder', other: 'Add # stakeholders' })}
            </Button>
            <Button onClick={() => restart(kind, null)}>{t`Cancel`}</Button>
          </div>
        </section>
      )}
    </div>
  );
}
