import { useEffect, useRef, useState } from 'preact/hooks';
import type * as Y from 'yjs';
import type { Result } from '../../core/result';

export interface YTextAreaProps {
  id: string;
  label: string;
  hint?: string;
  /** The shared text, or undefined before anything has been written. */
  text: Y.Text | undefined;
  /** Saves what is in the box (creating the record on the first keystroke if need be). */
  write: (value: string) => Result<unknown>;
  rows?: number;
}

/**
 * A text box bound to a Y.Text: each keystroke is saved as a small change, and words typed
 * on another device appear in place without moving the cursor away from where you are typing.
 */
export function YTextArea({ id, label, hint, text, write, rows = 6 }: YTextAreaProps) {
  const ref = useRef<HTMLTextAreaElement>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const el = ref.current;
    if (!el || !text) return;
    if (el.value !== text.toString()) el.value = text.toString();
    const onChange = (event: Y.YTextEvent) => {
      const next = text.toString();
      if (el.value === next) return;
      const focused = document.activeElement === el;
      let start = el.selectionStart;
      let end = el.selectionEnd;
      let pos = 0;
      for (const op of event.delta) {
        if (op.retain) pos += op.retain;
        else if (op.insert !== undefined) {
          const n = typeof op.insert === 'string' ? op.insert.length : 1;
          if (pos < start) start += n;
          if (pos < end) end += n;
          pos += n;
        } else if (op.delete) {
          if (pos < start) start -= Math.min(op.delete, start - pos);
          if (pos < end) end -= Math.min(op.delete, end - pos);
        }
      }
      el.value = next;
      if (focused) el.setSelectionRange(start, end);
    };
    text.observe(onChange);
    return () => text.unobserve(onChange);
  }, [text]);

  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div class={`field field-wide${error ? ' field-error' : ''}`}>
      <label for={id}>{label}</label>
      {hint && (
        <p class="hint" id={hintId}>
          {hint}
        </p>
      )}
      <textarea
        id={id}
        ref={ref}
        rows={rows}
        aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}
        aria-invalid={error ? true : undefined}
        onInput={(e) => {
          const result = write((e.currentTarget as HTMLTextAreaElement).value);
          setError(result.ok ? null : `Not saved: ${result.message}`);
        }}
      />
      {error && (
        <p class="error" id={errorId} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
