import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { Button } from '../../ui/Button';

/** A button that opens a small form below it; the form closes itself with `close`. */
export function Disclosure({ label, children, ariaLabel }: { label: string; ariaLabel?: string; children: (close: () => void) => ComponentChildren }) {
  const [open, setOpen] = useState(false);
  if (!open)
    return (
      <Button onClick={() => setOpen(true)} aria-expanded={false} aria-label={ariaLabel}>
        {label}
      </Button>
    );
  return <div class="plan-disclosure">{children(() => setOpen(false))}</div>;
}
