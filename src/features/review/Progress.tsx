import { useId } from 'preact/hooks';
import type { PackProgress } from '../../core/pack/build';

/** A progress bar with words, read out politely by screen readers. */
export function Progress({ what, progress }: { what: string; progress: PackProgress }) {
  const id = useId();
  return (
    <div class="pack-progress" role="status" aria-live="polite">
      <label for={id}>
        {what}: {progress.label}…
      </label>
      <progress id={id} max={Math.max(1, progress.total)} value={progress.done} />
    </div>
  );
}
