import { t } from '@lingui/core/macro';
import type { LazyState } from '../state/use-lazy';
import { Button } from '../ui/Button';

/**
 * What shows while a part of the app loads, or if it cannot (a copy of the app left behind by
 * an update, or storage cleared by the browser): never an endless "Opening…".
 */
export function LazyMessage({ state, loading }: { state: LazyState<unknown>; loading: string }) {
  if (state.kind === 'failed') {
    return (
      <div class="notice" role="alert">
        <p>{t`This part of Common Ground could not be loaded on this device. Reloading the app usually fixes it; your projects are safe.`}</p>
        <Button onClick={() => location.reload()}>{t`Reload the app`}</Button>
      </div>
    );
  }
  return (
    <p role="status" class="loading">
      {loading}
    </p>
  );
}
