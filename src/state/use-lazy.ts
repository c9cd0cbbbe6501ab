import { useEffect, useState } from 'preact/hooks';

/** A module the first screen does not need, loaded once (it is precached, so this works offline). */
export interface LazyModule<T> {
  /** The module, if it has loaded. */
  readonly loaded: T | undefined;
  load(): Promise<T>;
  /** Loads it when the browser is idle, so a screen the person is likely to open next is ready. */
  warm(): void;
}

export function lazyModule<T>(importer: () => Promise<T>): LazyModule<T> {
  let promise: Promise<T> | undefined;
  const lazy = {
    loaded: undefined as T | undefined,
    load() {
      promise ??= importer().then(
        (m) => (lazy.loaded = m),
        (error: unknown) => {
          promise = undefined; // a later visit can try again
          throw error;
        },
      );
      return promise;
    },
    warm() {
      if (promise) return;
      const idle = (globalThis as { requestIdleCallback?: (fn: () => void, opts?: { timeout: number }) => void }).requestIdleCallback;
      const start = () => void lazy.load().catch(() => undefined);
      if (idle) idle(start, { timeout: 3000 });
      else setTimeout(start, 200);
    },
  };
  return lazy;
}

export type LazyState<T> = { kind: 'loading' } | { kind: 'ready'; module: T } | { kind: 'failed' };

/** The module, drawn at once when it is already loaded, or after it loads; or that it could not load. */
export function useLazy<T>(lazy: LazyModule<T>): LazyState<T> {
  const [state, setState] = useState<LazyState<T>>(() => (lazy.loaded !== undefined ? { kind: 'ready', module: lazy.loaded } : { kind: 'loading' }));
  useEffect(() => {
    if (state.kind === 'ready') return;
    let live = true;
    lazy.load().then(
      (module) => live && setState({ kind: 'ready', module }),
      () => live && setState({ kind: 'failed' }),
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [lazy]);
  return state;
}
