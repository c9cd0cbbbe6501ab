import { t } from '@lingui/core/macro';
import { useState } from 'preact/hooks';
import type { Result } from '../../core/result';
import { SubmitRow } from '../Button';
import { useFocusFirstField } from '../edit-in-place';
import { TextField } from '../TextField';
import './form.css';

/**
 * A one-field form that opens in place to change some saved text: the keyboard goes to the
 * field, Save runs the command, Cancel closes; the command's message shows if it refuses.
 */
export function InlineEdit(props: {
  label: string;
  initial: string;
  maxLength: number;
  multiline?: boolean;
  onSave: (value: string) => Result<unknown>;
  onDone: () => void;
}) {
  const [value, setValue] = useState(props.initial);
  const [error, setError] = useState<string | null>(null);
  const ref = useFocusFirstField<HTMLFormElement>(true);
  return (
    <form
      ref={ref}
      class="inline-edit"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const result = props.onSave(value);
        if (!result.ok) return setError(result.message);
        props.onDone();
      }}
    >
      <TextField label={props.label} value={value} onInput={setValue} maxLength={props.maxLength} multiline={props.multiline} error={error} required />
      <SubmitRow label={t`Save`} onCancel={props.onDone} />
    </form>
  );
}
