import type { ComponentChildren, JSX } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { ConfirmDialog } from '../ConfirmDialog';

export interface ConfirmQuestion {
  title: string;
  body: ComponentChildren;
  confirmLabel: string;
  cancelLabel?: string;
  danger?: boolean;
}

/**
 * Asks before something that cannot easily be undone: `if (await confirm({…})) erase()`.
 * Put the returned dialog anywhere in the screen. Only one question is open at a time; a new
 * one answers the old one "no".
 */
export function useConfirm(): [confirm: (question: ConfirmQuestion) => Promise<boolean>, dialog: JSX.Element | null] {
  const [question, setQuestion] = useState<ConfirmQuestion | null>(null);
  const answer = useRef<((yes: boolean) => void) | null>(null);
  const settle = (yes: boolean) => {
    answer.current?.(yes);
    answer.current = null;
    setQuestion(null);
  };
  const confirm = (next: ConfirmQuestion) =>
    new Promise<boolean>((resolve) => {
      answer.current?.(false);
      answer.current = resolve;
      setQuestion(next);
    });
  const dialog = question ? (
    <ConfirmDialog
      open
      title={question.title}
      confirmLabel={question.confirmLabel}
      {...(question.cancelLabel ? { cancelLabel: question.cancelLabel } : {})}
      danger={question.danger ?? false}
      onConfirm={() => settle(true)}
      onCancel={() => settle(false)}
    >
      {question.body}
    </ConfirmDialog>
  ) : null;
  return [confirm, dialog];
}
