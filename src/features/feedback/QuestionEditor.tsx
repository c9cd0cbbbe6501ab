import { t } from '@lingui/core/macro';
import { MAX_OPTIONS, QUESTION_KIND_LABELS, QUESTION_KINDS, type Question, type QuestionKind } from '../../core/domain/questionnaire';
import { Field, useFieldIds } from '../../ui/form/Field';
import { ItemActions } from '../../ui/form/ItemActions';
import { optionsFrom, SelectField, type Option } from '../../ui/form/SelectField';

interface Props {
  question: Question;
  number: number;
  total: number;
  measures: readonly Option<string>[];
  onChange: (q: Question) => void;
  onMove: (by: number) => void;
  onRemove: () => void;
}

/** One question in the editor: its wording, its kind, its options, and the measure it gives evidence for. */
export function QuestionEditor({ question, number, total, measures, onChange, onMove, onRemove }: Props) {
  const setKind = (kind: QuestionKind) => {
    const { options: _options, ...rest } = question;
    onChange(kind === 'choice' ? { ...rest, kind, options: question.options ?? ['', ''] } : { ...rest, kind });
  };
  const setMeasure = (measureId: string) => {
    const { measureId: _old, ...rest } = question;
    onChange(measureId ? { ...rest, measureId } : rest);
  };
  const name = t`Question ${number}`;
  return (
    <fieldset class="question-editor">
      <legend>{name}</legend>
      <Wording value={question.text} onInput={(text) => onChange({ ...question, text })} />
      <SelectField
        label={t`How people answer`}
        required
        value={question.kind}
        options={optionsFrom(QUESTION_KINDS, QUESTION_KIND_LABELS)}
        onChange={(kind) => kind && setKind(kind)}
      />
      {question.kind === 'choice' && (
        <ChoiceOptions options={question.options ?? []} onInput={(options) => onChange({ ...question, options: options.slice(0, MAX_OPTIONS + 1) })} />
      )}
      {measures.length > 0 && (
        <SelectField
          label={t`Evidence for a measure in the plan`}
          value={question.measureId ?? ''}
          options={measures}
          emptyLabel={t`Not linked`}
          onChange={setMeasure}
        />
      )}
      <ItemActions name={name} onMove={onMove} onRemove={onRemove} first={number === 1} last={number === total} />
    </fieldset>
  );
}

function Wording({ value, onInput }: { value: string; onInput: (text: string) => void }) {
  const ids = useFieldIds(undefined, undefined);
  return (
    <Field label={t`Wording`} required ids={ids}>
      <textarea id={ids.id} rows={2} maxLength={500} value={value} onInput={(e) => onInput((e.currentTarget as HTMLTextAreaElement).value)} />
    </Field>
  );
}

function ChoiceOptions({ options, onInput }: { options: readonly string[]; onInput: (options: string[]) => void }) {
  const hint = t`Two to ${MAX_OPTIONS} options.`;
  const ids = useFieldIds(hint, undefined);
  return (
    <Field label={t`Options, one on each line`} hint={hint} required ids={ids}>
      <textarea
        id={ids.id}
        aria-describedby={ids.describedBy}
        rows={4}
        value={options.join('\n')}
        onInput={(e) => onInput((e.currentTarget as HTMLTextAreaElement).value.split('\n'))}
      />
    </Field>
  );
}
