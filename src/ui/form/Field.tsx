import { t } from '@lingui/core/macro';
import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';

export interface FieldFrame {
  label: ComponentChildren;
  hint?: ComponentChildren | undefined;
  error?: string | null | undefined;
  /** Leave out for fields that must be filled: the rest say "(optional)". */
  required?: boolean | undefined;
  /** When a heading on the screen already names the field, the label is for screen readers only. */
  labelHidden?: boolean | undefined;
  class?: string | undefined;
}

/** Ids that tie a control to its label, hint and error, so screen readers read them together. */
export function useFieldIds(hint: unknown, error: unknown) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return { id, hintId, errorId, describedBy: [hintId, errorId].filter(Boolean).join(' ') || undefined };
}

/** A form field's frame: its label, hint, the control, and what went wrong. Every field in the kit uses it. */
export function Field(props: FieldFrame & { ids: ReturnType<typeof useFieldIds>; children: ComponentChildren }) {
  const { ids } = props;
  return (
    <div class={['field', props.error ? 'field-error' : '', props.class ?? ''].filter(Boolean).join(' ')}>
      <label for={ids.id} class={props.labelHidden ? 'visually-hidden' : undefined}>
        {props.label}
        {!props.required && <span class="optional"> {t({ message: '(optional)', comment: 'After the name of a form field that may be left empty' })}</span>}
      </label>
      {props.hint && (
        <p class="hint" id={ids.hintId}>
          {props.hint}
        </p>
      )}
      {props.children}
      {props.error && (
        <p class="error" id={ids.errorId} role="alert">
          {props.error}
        </p>
      )}
    </div>
  );
}
