import { t } from '@lingui/core/macro';
import type { JSX } from 'preact';
import type { Result } from '../../core/result';
import { useEditInPlace } from '../../ui/edit-in-place';
import { CommandError } from '../../ui/form/CommandError';
import { InlineEdit } from '../../ui/form/InlineEdit';
import { ItemActions } from '../../ui/form/ItemActions';
import { useCommand } from '../../ui/form/use-command';
import { useConfirm } from '../../ui/form/use-confirm';

export interface OrderedTitleProps {
  id: string;
  title: string;
  /** How the title is shown (a heading at the item's level). */
  show: (title: string) => JSX.Element;
  /** Set to put the title and its buttons side by side in a box of this class. */
  headClass?: string;
  /** The item with its kind, for screen readers: "aim “Better respite”". */
  name: string;
  /** The label of the field that changes the title. */
  label: string;
  maxLength: number;
  first: boolean;
  last: boolean;
  onSave: (title: string) => Result<unknown>;
  onMove: (direction: -1 | 1) => Result<unknown>;
  /** What removing takes away, asked before it is done. */
  removeQuestion: { title: string; body: string };
  onRemove: () => Result<unknown>;
}

/**
 * The title of one item in a list the group puts in order (an aim, an outcome, an objective,
 * a document's section), with Change, Move up, Move down and Remove. Change opens the title in
 * place; Remove asks first.
 */
export function OrderedTitle(props: OrderedTitleProps) {
  const edit = useEditInPlace();
  const command = useCommand();
  const [confirm, dialog] = useConfirm();
  const remove = async () => {
    const { title, body } = props.removeQuestion;
    const yes = await confirm({ title, body: <p>{body}</p>, confirmLabel: t`Remove`, cancelLabel: t`Cancel`, danger: true });
    if (yes) command.run(props.onRemove);
  };
  return (
    <>
      {edit.editing === props.id ? (
        <InlineEdit label={props.label} initial={props.title} maxLength={props.maxLength} onSave={props.onSave} onDone={edit.close} />
      ) : (
        <div class={props.headClass}>
          {props.show(props.title)}
          <ItemActions
            name={props.name}
            first={props.first}
            last={props.last}
            editOpener={props.id}
            onEdit={() => edit.open(props.id)}
            onMove={(direction) => command.run(() => props.onMove(direction))}
            onRemove={() => void remove()}
          />
        </div>
      )}
      <CommandError error={command.error} />
      {dialog}
    </>
  );
}
