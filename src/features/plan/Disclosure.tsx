import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { Button } from '../../ui/Button';

/**
 * A button that opens something below it: a small form that closes itself with `close`, or,
 * with `hideLabel`, something to read that the same button hides again.
 */
export function Disclosure({ label, hideLabel, children, ariaLabel }: { label: string; hideLabel?: string; ariaLabel?: string; children: (close: () => void) => ComponentChildren }) {
  const [open, setOpen] = useState(false);
  const close = () => setOpen(false);
  if (!open)
    return (
      <Button onClick={() => setOpen(true)} aria-expanded={false} aria-label={ariaLabel}>
        {label}
      </Button>
    );
  if (hideLabel)
    return (
      <>
        <Button onClick={close} aria-expanded>
          {hideLabel}
        </Button>
        <div class="plan-disclosure">{children(close)}</div>
      </>
    );
  return <div class="plan-disclosure">{children(close)}</div>;
}
