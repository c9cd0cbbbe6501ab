import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

/**
 * Reads from Dexie and re-renders whenever the data behind the query changes (on this tab
 * or another). Returns `undefined` until the first result arrives.
 */
export function useLiveQuery<T>(query: () => Promise<T> | T, deps: readonly unknown[]): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: (v) => setValue(() => v),
      error: (e) => console.error('Live query failed', e),
    });
    return () => subscription.unsubscribe();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return value;
}
