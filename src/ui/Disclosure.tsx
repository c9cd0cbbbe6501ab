import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { Button } from './Button';
import './disclosure.css';

/**
 * A button that opens something in place below it: a small form that closes itself with
 * `close`, or, with `hideLabel`, something to read that the same button hides again.
 */
export function Disclosure({
  label,
  hideLabel,
  children,
  ariaLabel,
}: {
  label: string;
  hideLabel?: string;
  ariaLabel?: string;
  children: (close: () => void) => ComponentChildren;
}) {
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
        <div class="disclosure">{children(close)}</div>
      </>
    );
  return <div class="disclosure">{children(close)}</div>;
}
