import { t } from '@lingui/core/macro';
import { useId } from 'preact/hooks';
import type { PackProgress } from '../../core/pack/build';

/** A progress bar with words, read out politely by screen readers. */
export function Progress({ what, progress }: { what: string; progress: PackProgress }) {
  const id = useId();
  const now = progress.label;
  return (
    <div class="pack-progress" role="status" aria-live="polite">
      <label for={id}>{t({ message: `${what}: ${now}…`, comment: 'A progress bar’s words: what is being made, then the part being made now' })}</label>
      <progress id={id} max={Math.max(1, progress.total)} value={progress.done} />
    </div>
  );
}
