import { useId, useRef, useState } from 'preact/hooks';
import { cleanText } from '../../core/domain/fields';
import type { Result } from '../../core/result';

export interface WordsFieldProps {
  label: string;
  hint?: string;
  /** The saved words (from the project doc, so they change when another device types). */
  value: string;
  /** Saves the words; the saved version is cleaned (trimmed), so the box keeps its own draft while typing. */
  onSave: (words: string) => Result<unknown>;
  maxLength?: number;
  rows?: number;
}

/**
 * A box for several lines of the group's own words, saved as they are typed. Changes from
 * another device appear straight away, even mid-sentence, so nobody's words are lost.
 */
export function WordsField({ label, hint, value, onSave, maxLength, rows = 4 }: WordsFieldProps) {
  const id = useId();
  const [, rerender] = useState(0);
  const [error, setError] = useState<string | null>(null);
  // The box keeps its own draft (the saved words are trimmed, so a space just typed would vanish).
  const draft = useRef(value);
  const lastSaved = useRef(value);
  // Decided while rendering, with the newest saved words: an effect could run late and undo a keystroke.
  if (value !== lastSaved.current) {
    // Someone else changed these words: show theirs, so typing here builds on them.
    lastSaved.current = value;
    draft.current = value;
  }
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div class={`field words-field${error ? ' field-error' : ''}`}>
      <label for={id}>{label}</label>
      {hint && (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <textarea
        id={id}
        rows={rows}
        value={draft.current}
        maxLength={maxLength}
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
        onInput={(e) => {
          const words = (e.currentTarget as HTMLTextAreaElement).value;
          draft.current = words;
          const saved = onSave(words);
          if (saved.ok) {
            lastSaved.current = cleanText(words, true);
            setError(null);
          } else setError(saved.message);
          rerender((n) => n + 1);
        }}
      />
      {error && (
        <p class="error" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
