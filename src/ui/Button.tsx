import { t } from '@lingui/core/macro';
import type { ComponentChildren, JSX } from 'preact';

type Variant = 'primary' | 'secondary' | 'danger' | 'quiet';

export interface ButtonProps extends Omit<JSX.HTMLAttributes<HTMLButtonElement>, 'class'> {
  variant?: Variant;
  children: ComponentChildren;
  type?: 'button' | 'submit' | 'reset';
  disabled?: boolean;
}

export function Button({ variant = 'secondary', type = 'button', children, ...rest }: ButtonProps) {
  return (
    <button type={type} class={`btn btn-${variant}`} {...rest}>
      {children}
    </button>
  );
}

/** A link that looks like a button, for moving between screens. */
export function LinkButton({ href, variant = 'secondary', children }: { href: string; variant?: Variant; children: ComponentChildren }) {
  return (
    <a href={href} class={`btn btn-${variant}`}>
      {children}
    </a>
  );
}

/** A form's submit button, with Cancel beside it when the form can be closed without saving. */
export function SubmitRow({ label, onCancel, variant = 'primary' }: { label: ComponentChildren; onCancel?: (() => void) | undefined; variant?: Variant }) {
  return (
    <div class="row">
      <Button type="submit" variant={variant}>
        {label}
      </Button>
      {onCancel && <Button onClick={onCancel}>{t`Cancel`}</Button>}
    </div>
  );
}
