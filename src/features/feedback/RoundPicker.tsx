import { t } from '@lingui/core/macro';
import type { ResultsFilter } from '../../core/feedback/results';
import { formatDay } from '../../core/format/dates';
import { RadioGroup } from '../../ui/form/ChoiceGroup';
import { Field, useFieldIds } from '../../ui/form/Field';
import { SelectField, type Option } from '../../ui/form/SelectField';

/** Which answers a set of results covers: all of them, one meeting's, or those between two days. */
export type Round = { kind: 'all' } | { kind: 'meeting'; meetingId: string } | { kind: 'dates'; from: string; to: string };

export const toFilter = (round: Round): ResultsFilter =>
  round.kind === 'meeting'
    ? { meetingIds: [round.meetingId] }
    : round.kind === 'dates'
      ? { ...(round.from ? { from: round.from } : {}), ...(round.to ? { to: round.to } : {}) }
      : {};

/** Chooses a round: the kind first, then the meeting or the two days. `meetings` are newest first. */
export function RoundPicker({
  legend,
  round,
  onChange,
  meetings,
  allowAll,
}: {
  legend: string;
  round: Round;
  onChange: (r: Round) => void;
  meetings: readonly Option<string>[];
  allowAll?: boolean;
}) {
  const kinds: Option<Round['kind']>[] = [
    ...(allowAll ? [{ value: 'all' as const, label: t`All answers` }] : []),
    ...(meetings.length > 0 ? [{ value: 'meeting' as const, label: t`One meeting` }] : []),
    { value: 'dates', label: t`Between two dates` },
  ];
  const choose = (kind: Round['kind']) =>
    onChange(kind === 'all' ? { kind } : kind === 'meeting' ? { kind, meetingId: meetings[0]?.value ?? '' } : { kind, from: '', to: '' });
  return (
    <div class="round-picker">
      <RadioGroup legend={legend} options={kinds} value={round.kind} onChange={choose} />
      {round.kind === 'meeting' && (
        <SelectField
          label={t`Meeting`}
          required
          value={round.meetingId}
          options={meetings}
          onChange={(meetingId) => onChange({ kind: 'meeting', meetingId })}
        />
      )}
      {round.kind === 'dates' && <DateRange from={round.from} to={round.to} onChange={(from, to) => onChange({ kind: 'dates', from, to })} />}
    </div>
  );
}

function DateRange({ from, to, onChange }: { from: string; to: string; onChange: (from: string, to: string) => void }) {
  const fromIds = useFieldIds(undefined, undefined);
  const toIds = useFieldIds(undefined, undefined);
  const first = from ? formatDay(from, 'weekday') : '';
  const last = to ? formatDay(to, 'weekday') : '';
  return (
    <div class="date-range">
      <Field label={t({ message: 'From', comment: 'The first day of a range of dates' })} required ids={fromIds}>
        <input id={fromIds.id} type="date" value={from} onInput={(e) => onChange((e.currentTarget as HTMLInputElement).value, to)} />
      </Field>
      <Field label={t({ message: 'To', comment: 'The last day of a range of dates' })} required ids={toIds}>
        <input id={toIds.id} type="date" value={to} onInput={(e) => onChange(from, (e.currentTarget as HTMLInputElement).value)} />
      </Field>
      {from && to && from > to && <p class="error">{t`The first date is after the second. Swap them round.`}</p>}
      {from && to && <p class="hint">{t({ message: `${first} to ${last}`, comment: 'A range of dates, each written with its day of the week' })}</p>}
    </div>
  );
}
