import { useEffect, useId, useRef, useState } from 'preact/hooks';
import * as Y from 'yjs';
import type { TextSplice } from '../../core/commands/plan-text';
import { shiftPosition, spliceBetween } from '../../core/text/splice';
import type { Result } from '../../core/result';
import { fieldOf } from './use-plan';
import { formatNumber } from '../../core/format/intl';

export interface SharedTextAreaProps {
  label: string;
  hint?: string;
  doc: Y.Doc;
  collection: string;
  recordId: string;
  field: string;
  onSplice: (splice: TextSplice) => Result<string>;
  /** Shown as a hint; the command gives the message when text would grow too long. */
  maxLength: number;
  /** When a visible heading already names the text, the label is for screen readers only. */
  labelHidden?: boolean;
}

/**
 * A text box whose every keystroke goes straight into the shared Y.Text at the place it was
 * typed, and which takes in other devices' typing without moving the cursor off its words.
 * So two facilitators writing in the same section both keep what they wrote.
 */
export function SharedTextArea(props: SharedTextAreaProps) {
  const id = useId();
  const ref = useRef<HTMLTextAreaElement>(null);
  const agreed = useRef('');
  const typing = useRef(false);
  const [error, setError] = useState<string | null>(null);
  const current = fieldOf(props.doc, props.collection, props.recordId, props.field);

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const text = current instanceof Y.Text ? current : undefined;
    const initial = text ? text.toString() : typeof current === 'string' ? current : '';
    el.value = initial;
    agreed.current = initial;
    if (!text) return;
    const onChange = (event: Y.YTextEvent) => {
      if (typing.current) return;
      const now = text.toString();
      if (el.value === now) {
        agreed.current = now;
        return;
      }
      const focused = document.activeElement === el;
      const start = el.selectionStart;
      const end = el.selectionEnd;
      el.value = now;
      agreed.current = now;
      if (focused) el.setSelectionRange(shiftPosition(start, event.delta), shiftPosition(end, event.delta));
    };
    text.observe(onChange);
    return () => text.unobserve(onChange);
  }, [current]);

  function onInput() {
    const el = ref.current;
    if (!el) return;
    const typed = el.value;
    const splice = spliceBetween(agreed.current, typed);
    if (!splice) return;
    typing.current = true;
    let result: Result<string>;
    try {
      result = props.onSplice(splice);
    } finally {
      typing.current = false;
    }
    if (!result.ok) {
      setError(result.message);
      el.value = agreed.current;
      el.setSelectionRange(splice.index, splice.index);
      return;
    }
    setError(null);
    if (result.value !== typed) {
      // Pasted text was cleaned: show what was kept, with the cursor after it.
      const tail = typed.length - (splice.index + splice.insert.length);
      const cursor = Math.max(0, result.value.length - tail);
      el.value = result.value;
      el.setSelectionRange(cursor, cursor);
    }
    agreed.current = result.value;
  }

  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <div class={`field plan-shared-text${error ? ' field-error' : ''}`}>
      <label for={id} class={props.labelHidden ? 'visually-hidden' : undefined}>
        {props.label}
      </label>
      <p class="hint" id={hintId}>
        {props.hint ? `${props.hint} ` : ''}Saved as you type. Up to {formatNumber(props.maxLength)} characters.
      </p>
      <textarea id={id} ref={ref} rows={4} onInput={onInput} aria-describedby={error ? `${hintId} ${errorId}` : hintId} aria-invalid={error ? true : undefined} />
      {error && (
        <p class="error" id={errorId} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
