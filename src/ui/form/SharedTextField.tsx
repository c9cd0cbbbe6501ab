import { t } from '@lingui/core/macro';
import { useEffect, useRef, useState } from 'preact/hooks';
import { formatNumber } from '../../core/format/intl';
import type { SharedText } from '../../core/text/splice';
import { Field, useFieldIds, type FieldFrame } from './Field';
import { TextBox } from './text-box';
import './form.css';

/**
 * The one box for long text several people may type into at once (notes, a document's
 * sections, the group's words). Each keystroke goes straight into the shared text at the place
 * it was typed; other devices' typing appears in place without moving the cursor off the
 * person's words. If the text refuses an edit (too long), the box goes back and says why.
 */
export function SharedTextField(
  props: Omit<FieldFrame, 'error' | 'required'> & { text: SharedText; maxLength: number; rows?: number; /** Shown in the empty box; never saved. */ placeholder?: string },
) {
  const ref = useRef<HTMLTextAreaElement>(null);
  const box = useRef<TextBox | null>(null);
  const [error, setError] = useState<string | null>(null);
  const ids = useFieldIds(true, error);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const current = new TextBox(props.text, el);
    box.current = current;
    return props.text.observe((delta) => current.remoteChange(delta, document.activeElement === el));
  }, [props.text]);
  const max = formatNumber(props.maxLength);
  const saved = t`Saved as you type. Up to ${max} characters.`;
  return (
    <Field
      {...props}
      required
      ids={ids}
      error={error}
      class="shared-text"
      hint={
        props.hint ? (
          <>
            {props.hint} {saved}
          </>
        ) : (
          saved
        )
      }
    >
      <textarea
        id={ids.id}
        ref={ref}
        rows={props.rows ?? 4}
        placeholder={props.placeholder}
        aria-describedby={ids.describedBy}
        aria-invalid={error ? true : undefined}
        onInput={() => setError(box.current?.typed() ?? null)}
      />
    </Field>
  );
}
