import { useEffect, useState } from 'preact/hooks';
import type * as Y from 'yjs';

/**
 * Reads a value out of a Y type and re-renders whenever anything inside it changes, on this
 * device or from another. Use for editors; lists and counts should read the projection.
 */
export function useYValue<T>(type: Y.AbstractType<any> | undefined, read: () => T): T {
  const [, setTick] = useState(0);
  useEffect(() => {
    if (!type) return;
    const onChange = () => setTick((t) => t + 1);
    type.observeDeep(onChange);
    return () => type.unobserveDeep(onChange);
  }, [type]);
  return read();
}
