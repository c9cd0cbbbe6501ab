import { useEffect, useRef } from 'preact/hooks';

/**
 * For a form that opens in place to change something already saved: when it appears, the
 * keyboard goes straight to its first field. Put the returned ref on the form.
 */
export function useFocusFirstField<T extends HTMLElement>(when: boolean) {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (when) ref.current?.querySelector<HTMLElement>('input, select, textarea')?.focus();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return ref;
}
