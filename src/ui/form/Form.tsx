import type { ComponentChildren, JSX } from 'preact';

type FormProps = Omit<JSX.HTMLAttributes<HTMLFormElement>, 'onSubmit' | 'noValidate'> & {
  /** Runs when the form is sent (button or Enter); the page never reloads. */
  onSubmit: () => void;
  children: ComponentChildren;
};

/**
 * A form the app checks itself: the commands say what is wrong in plain words, so the
 * browser's own bubbles are off, and sending it runs `onSubmit` instead of loading a page.
 */
export function Form({ onSubmit, children, ...attributes }: FormProps) {
  return (
    <form
      {...attributes}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      {children}
    </form>
  );
}
