import { useEffect, useRef, useState } from 'preact/hooks';

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

/**
 * Which item of a list is open for changing. When it closes (saved or cancelled), the keyboard
 * goes back to the button that opened it: give that button `data-edit-opener={id}`.
 */
export function useEditInPlace() {
  const [editing, setEditing] = useState<string | null>(null);
  const closed = useRef<string | null>(null);
  useEffect(() => {
    if (editing !== null || closed.current === null) return;
    document.querySelector<HTMLElement>(`[data-edit-opener="${CSS.escape(closed.current)}"]`)?.focus();
    closed.current = null;
  }, [editing]);
  return {
    editing,
    open: (id: string) => setEditing(id),
    close: () => {
      closed.current = editing;
      setEditing(null);
    },
  };
}
