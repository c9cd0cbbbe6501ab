import { Field, useFieldIds, type FieldFrame } from './Field';

export interface Option<T extends string> {
  value: T;
  label: string;
}

/** Options in the order of `values`, each with its words. */
export const optionsFrom = <T extends string>(values: readonly T[], labels: Record<T, string>): Option<T>[] =>
  values.map((value) => ({ value, label: labels[value] }));

/**
 * A labelled drop-down list. With `emptyLabel` it starts with an empty choice (for "none" or
 * "choose…"); without one, a choice is always made.
 */
export function SelectField<T extends string>(
  props: FieldFrame & { value: T | ''; options: readonly Option<T>[]; onChange: (value: T | '') => void; emptyLabel?: string },
) {
  const ids = useFieldIds(props.hint, props.error);
  return (
    <Field {...props} ids={ids}>
      <select
        id={ids.id}
        value={props.value}
        required={props.required}
        aria-describedby={ids.describedBy}
        aria-invalid={props.error ? true : undefined}
        onChange={(e) => props.onChange((e.currentTarget as HTMLSelectElement).value as T | '')}
      >
        {props.emptyLabel !== undefined && <option value="">{props.emptyLabel}</option>}
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Field>
  );
}
