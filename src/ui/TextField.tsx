import { t } from '@lingui/core/macro';
import { useId } from 'preact/hooks';

export interface TextFieldProps {
  label: string;
  value: string;
  onInput: (value: string) => void;
  hint?: string;
  error?: string | null;
  maxLength?: number;
  multiline?: boolean;
  required?: boolean;
  type?: 'text' | 'email' | 'tel' | 'date' | 'time' | 'number' | 'password';
  autoFocus?: boolean;
  inputMode?: 'numeric' | 'text' | 'decimal' | 'tel' | 'email';
  autoComplete?: string;
  name?: string;
}

/** A labelled text input with its hint and error read out by screen readers. */
export function TextField(props: TextFieldProps) {
  const id = useId();
  const hintId = props.hint ? `${id}-hint` : undefined;
  const errorId = props.error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    name: props.name,
    value: props.value,
    maxLength: props.maxLength,
    required: props.required,
    autoFocus: props.autoFocus,
    'aria-describedby': describedBy,
    'aria-invalid': props.error ? true : undefined,
    onInput: (e: Event) => props.onInput((e.currentTarget as HTMLInputElement).value),
  };
  return (
    <div class={`field${props.error ? ' field-error' : ''}`}>
      <label for={id}>
        {props.label}
        {props.required ? null : (
          <span class="optional"> {t({ message: '(optional)', comment: 'After the name of a form field that may be left empty' })}</span>
        )}
      </label>
      {props.hint && (
        <p class="hint" id={hintId}>
          {props.hint}
        </p>
      )}
      {props.multiline ? (
        <textarea {...common} rows={4} />
      ) : (
        <input {...common} type={props.type ?? 'text'} inputMode={props.inputMode} autoComplete={props.autoComplete ?? 'off'} />
      )}
      {props.error && (
        <p class="error" id={errorId} role="alert">
          {props.error}
        </p>
      )}
    </div>
  );
}
