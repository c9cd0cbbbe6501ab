import { t } from '@lingui/core/macro';
import { useState } from 'preact/hooks';
import type { Result } from '../../core/result';
import { Button } from '../../ui/Button';
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
    <form
      class="plan-add"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
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
      <div class="row">
        <Button type="submit">{props.button}</Button>
        {props.onCancel && <Button onClick={props.onCancel}>{t`Cancel`}</Button>}
      </div>
    </form>
  );
}
