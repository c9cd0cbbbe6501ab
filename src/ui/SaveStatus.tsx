import type { Signal } from '@preact/signals';
import { useState } from 'preact/hooks';
import type { SaveState } from '../core/doc/doc-store';
import { Button } from './Button';

/**
 * "Saved on this device" appears only once IndexedDB has the change. A failure is explained
 * and can be retried; the change stays in memory until it is saved.
 */
export function SaveStatus({ state, onRetry }: { state: Signal<SaveState>; onRetry: () => Promise<void> }) {
  const [retrying, setRetrying] = useState(false);
  const current = state.value;
  if (current.kind === 'failed') {
    return (
      <div class="save-status save-failed" role="alert">
        <span>{current.message}</span>
        <Button
          variant="primary"
          disabled={retrying}
          onClick={async () => {
            setRetrying(true);
            await onRetry().catch(() => undefined);
            setRetrying(false);
          }}
        >
          {retrying ? 'Trying…' : 'Try again'}
        </Button>
      </div>
    );
  }
  return (
    <p class={`save-status save-${current.kind}`} role="status" aria-live="polite" data-save-state={current.kind}>
      {current.kind === 'saved' ? '✓ Saved on this device' : 'Saving…'}
    </p>
  );
}
