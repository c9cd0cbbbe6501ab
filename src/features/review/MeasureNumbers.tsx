import { t } from '@lingui/core/macro';
import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { addMeasureValue, removeMeasureValue, setMeasureTarget } from '../../core/commands/review-measures';
import {
  MEASURE_UNIT_LABELS,
  MEASURE_UNITS,
  measureTargetId,
  measureTargetType,
  measureValueType,
  type MeasureUnit,
} from '../../core/domain/review/measure-numbers';
import { today } from '../../core/format/calendar';
import { formatDay } from '../../core/format/dates';
import { progressChart, progressRows } from '../../core/review/progress-words';
import { measureProgress } from '../../core/review/measure-progress';
import { chartSvg } from '../../core/pack/chart-svg';
import { useSession } from '../../state/project-context';
import { useRecord, useRecords } from '../../state/records';
import { Button } from '../../ui/Button';
import { Disclosure } from '../../ui/Disclosure';
import { RadioGroup } from '../../ui/form/ChoiceGroup';
import { CommandError } from '../../ui/form/CommandError';
import { Form } from '../../ui/form/Form';
import { useCommand } from '../../ui/form/use-command';
import { TextField } from '../../ui/TextField';

/** A number from a box, or undefined when it is empty; anything else is passed on for the command to refuse. */
const numberFrom = (text: string): number | undefined => (text.trim() === '' ? undefined : Number(text.trim().replace(',', '.')));

/** A measure's numbers: starting figure, target and dated figures, as a chart with a table, and the forms to add them. */
export function MeasureNumbers({ measureId, measureTitle, counted }: { measureId: string; measureTitle: string; counted: number | undefined }) {
  const { doc } = useSession();
  const target = useRecord(measureTargetType, measureTargetId(measureId));
  const values = useRecords(measureValueType, { measureId });
  const command = useCommand();
  if (target === undefined || values === undefined) return null;
  const asOf = today();
  const progress = measureProgress(target ?? undefined, values, counted === undefined ? undefined : { value: counted, asOf });
  const id = `p-${measureId}`;
  return (
    <div class="measure-numbers">
      {progress && (
        <>
          <div
            class="pack-chart"
            // The chart is SVG made in core from escaped text.
            dangerouslySetInnerHTML={{ __html: chartSvg(progressChart(i18n, measureTitle, progress), id) }}
          />
          <div class="table-scroll" tabIndex={0} role="region" aria-label={t`Figures for this measure`}>
            <table class="result-table" data-testid={`numbers-${measureId}`}>
              <thead>
                <tr>
                  <th scope="col">{t({ message: 'When', comment: 'Table heading: the day a figure was counted' })}</th>
                  <th scope="col">{t({ message: 'Figure', comment: 'Table heading: the number counted for a measure' })}</th>
                  <th scope="col">{t({ message: 'Where it comes from', comment: 'Table heading: how a figure was counted' })}</th>
                </tr>
              </thead>
              <tbody>
                {progressRows(i18n, progress).map((row, i) => (
                  <tr key={i}>
                    <th scope="row">{row[0]}</th>
                    <td>{row[1]}</td>
                    <td>{row[2]}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {values.length > 0 && (
            <ul class="note-list">
              {values.map((v) => {
                const day = formatDay(v.date, 'date');
                const figure = v.value;
                return (
                  <li key={v.id}>
                    <span>{t`${day}: ${figure}`}</span>
                    <Button variant="quiet" aria-label={t`Remove the figure for ${day}`} onClick={() => command.run(() => removeMeasureValue(doc, v.id))}>
                      {t`Remove`}
                    </Button>
                  </li>
                );
              })}
            </ul>
          )}
          <CommandError error={command.error} />
        </>
      )}
      <Disclosure label={progress ? t`Change the starting figure or target` : t`Give this measure numbers: a starting figure and a target`}>
        {(close) => <TargetForm measureId={measureId} current={target ?? undefined} onDone={close} />}
      </Disclosure>
      <Disclosure label={t`Add a figure`}>{(close) => <ValueForm measureId={measureId} onDone={close} />}</Disclosure>
    </div>
  );
}

function TargetForm({
  measureId,
  current,
  onDone,
}: {
  measureId: string;
  current: { unit: MeasureUnit; baseline?: number; baselineOn?: string; target?: number; targetBy?: string } | undefined;
  onDone: () => void;
}) {
  const { doc } = useSession();
  const command = useCommand();
  const [unit, setUnit] = useState<MeasureUnit>(current?.unit ?? 'count');
  const [baseline, setBaseline] = useState(current?.baseline === undefined ? '' : String(current.baseline));
  const [baselineOn, setBaselineOn] = useState(current?.baselineOn ?? '');
  const [target, setTarget] = useState(current?.target === undefined ? '' : String(current.target));
  const [targetBy, setTargetBy] = useState(current?.targetBy ?? '');
  return (
    <Form
      class="measure-target-form"
      onSubmit={() => {
        const result = command.run(() =>
          setMeasureTarget(doc, measureId, {
            unit,
            baseline: numberFrom(baseline),
            ...(baselineOn ? { baselineOn } : {}),
            target: numberFrom(target),
            ...(targetBy ? { targetBy } : {}),
          }),
        );
        if (result.ok) onDone();
      }}
    >
      <RadioGroup
        legend={t`What do the numbers count?`}
        inline
        options={MEASURE_UNITS.map((value) => ({ value, label: i18n._(MEASURE_UNIT_LABELS[value]) }))}
        value={unit}
        onChange={setUnit}
      />
      <TextField label={t`Starting figure (baseline)`} value={baseline} onInput={setBaseline} inputMode="decimal" />
      <TextField label={t`Date of the starting figure`} type="date" value={baselineOn} onInput={setBaselineOn} />
      <TextField label={t`Target`} value={target} onInput={setTarget} inputMode="decimal" />
      <TextField label={t`Reach the target by`} type="date" value={targetBy} onInput={setTargetBy} />
      <CommandError error={command.error} />
      <Button type="submit">{t`Save the numbers`}</Button>
    </Form>
  );
}

function ValueForm({ measureId, onDone }: { measureId: string; onDone: () => void }) {
  const { doc } = useSession();
  const command = useCommand();
  const [date, setDate] = useState(today());
  const [value, setValue] = useState('');
  const [source, setSource] = useState('');
  return (
    <Form
      class="measure-value-form"
      onSubmit={() => {
        const figure = numberFrom(value);
        const result = command.run(() =>
          figure === undefined
            ? { ok: false as const, message: t`Write the figure as a number.` }
            : addMeasureValue(doc, { measureId, date, value: figure, ...(source.trim() ? { source } : {}) }),
        );
        if (result.ok) onDone();
      }}
    >
      <TextField label={t`Date`} type="date" value={date} onInput={setDate} required />
      <TextField label={t`Figure`} value={value} onInput={setValue} inputMode="decimal" required />
      <TextField
        label={t`Where it comes from and how it was counted`}
        value={source}
        onInput={setSource}
        maxLength={300}
        hint={t`For example: “head count at the June meeting”.`}
      />
      <CommandError error={command.error} />
      <Button type="submit">{t`Add figure`}</Button>
    </Form>
  );
}
