import { CommandError } from '../../ui/form/CommandError';

/**
 * Under a form: why the last save was refused, or a short note that it worked (read out
 * politely). Both in one place, so people know where to look.
 */
export function SaveOutcome({ error, saved }: { error: string | null; saved: string | null }) {
  return (
    <div class="form-message">
      <CommandError error={error} />
      <p class="form-ok" role="status">
        {error ? '' : (saved ?? '')}
      </p>
    </div>
  );
}
