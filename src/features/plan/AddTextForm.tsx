import { useState } from 'preact/hooks';
import type { Result } from '../../core/result';
import { SubmitRow } from '../../ui/Button';
import { Form } from '../../ui/form/Form';
import { TextField } from '../../ui/TextField';

/** A single text box and an Add button; clears itself (and closes, if it can) when the add works. */
export function AddTextForm(props: {
  label: string;
  hint?: string;
  button: string;
  maxLength: number;
  onAdd: (text: string) => Result<unknown>;
  onCancel?: () => void;
  autoFocus?: boolean;
}) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  return (
    <Form
      class="plan-add"
      onSubmit={() => {
        const result = props.onAdd(text);
        if (!result.ok) return setError(result.message);
        setError(null);
        setText('');
        props.onCancel?.();
      }}
    >
      <TextField
        label={props.label}
        hint={props.hint}
        value={text}
        onInput={setText}
        maxLength={props.maxLength}
        required
        error={error}
        autoFocus={props.autoFocus}
      />
      <SubmitRow label={props.button} onCancel={props.onCancel} variant="secondary" />
    </Form>
  );
}
