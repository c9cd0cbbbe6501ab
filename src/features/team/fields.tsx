import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';

interface Option<T extends string> {
  value: T;
  label: string;
}

export const optionsFrom = <T extends string>(values: readonly T[], labels: Record<T, string>): Option<T>[] => values.map((value) => ({ value, label: labels[value] }));

/** A labelled drop-down list. */
export function SelectField<T extends string>(props: {
  label: string;
  value: T | '';
  options: Option<T>[];
  onChange: (value: T | '') => void;
  hint?: string;
  /** Text for the empty choice; leave out to require a choice. */
  emptyLabel?: string;
  required?: boolean;
}) {
  const id = useId();
  return (
    <div class="field">
      <label for={id}>
        {props.label}
        {props.required ? null : <span class="optional"> (optional)</span>}
      </label>
      {props.hint && (
        <p class="hint" id={`${id}-hint`}>
          {props.hint}
        </p>
      )}
      <select id={id} value={props.value} aria-describedby={props.hint ? `${id}-hint` : undefined} onChange={(e) => props.onChange((e.currentTarget as HTMLSelectElement).value as T | '')}>
        {props.emptyLabel !== undefined && <option value="">{props.emptyLabel}</option>}
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A group of tick boxes for choosing any number of things. */
export function CheckboxGroup<T extends string>(props: { legend: string; hint?: string; options: Option<T>[]; value: readonly T[]; onChange: (value: T[]) => void; disabled?: boolean }) {
  const id = useId();
  return (
    <fieldset class="choices" disabled={props.disabled} aria-describedby={props.hint ? `${id}-hint` : undefined}>
      <legend>{props.legend}</legend>
      {props.hint && (
        <p class="hint" id={`${id}-hint`}>
          {props.hint}
        </p>
      )}
      <div class="choice-grid">
      {props.options.map((o) => (
        <label class="choice" key={o.value}>
          <input
            type="checkbox"
            checked={props.value.includes(o.value)}
            onChange={(e) => {
              const on = (e.currentTarget as HTMLInputElement).checked;
              props.onChange(on ? [...props.value.filter((v) => v !== o.value), o.value] : props.value.filter((v) => v !== o.value));
            }}
          />
          <span>{o.label}</span>
        </label>
      ))}
      </div>
    </fieldset>
  );
}

/** A group of round buttons for choosing one thing. */
export function RadioGroup<T extends string>(props: { legend: string; hint?: string; options: Option<T>[]; value: T | ''; onChange: (value: T) => void; inline?: boolean }) {
  const id = useId();
  return (
    <fieldset class="choices" aria-describedby={props.hint ? `${id}-hint` : undefined}>
      <legend>{props.legend}</legend>
      {props.hint && (
        <p class="hint" id={`${id}-hint`}>
          {props.hint}
        </p>
      )}
      <div class={props.inline ? 'choice-row' : undefined}>
        {props.options.map((o) => (
          <label class="choice" key={o.value}>
            <input type="radio" name={id} value={o.value} checked={props.value === o.value} onChange={() => props.onChange(o.value)} />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** One tick box with its words. */
export function Checkbox(props: { label: ComponentChildren; checked: boolean; onChange: (checked: boolean) => void; disabled?: boolean }) {
  return (
    <label class="choice">
      <input type="checkbox" checked={props.checked} disabled={props.disabled} onChange={(e) => props.onChange((e.currentTarget as HTMLInputElement).checked)} />
      <span>{props.label}</span>
    </label>
  );
}

/** The outcome of a save, read out by screen readers. */
export function FormMessage({ message }: { message: { kind: 'ok' | 'error'; text: string } | null }) {
  if (!message) return <p class="form-message" role="status" aria-live="polite" />;
  return message.kind === 'error' ? (
    <p class="form-message error" role="alert">
      {message.text}
    </p>
  ) : (
    <p class="form-message form-ok" role="status" aria-live="polite">
      {message.text}
    </p>
  );
}
