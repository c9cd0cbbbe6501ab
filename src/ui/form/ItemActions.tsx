import { t } from '@lingui/core/macro';
import { Button } from '../Button';
import './form.css';

export interface ItemActionsProps {
  /** The item's own words, so each button says which item it acts on to a screen reader. */
  name: string;
  onEdit?: () => void;
  /** Moves the item one place up or down in the group's order. */
  onMove?: (direction: -1 | 1) => void;
  onRemove?: () => void;
  first?: boolean;
  last?: boolean;
  /** Set on the Change button, so the keyboard returns to it when an inline edit closes. */
  editOpener?: string;
}

/** Change, move up, move down and remove, for one item of a list the group puts in order. */
export function ItemActions(props: ItemActionsProps) {
  const { name } = props;
  return (
    <div class="item-actions">
      {props.onEdit && (
        <Button variant="quiet" onClick={props.onEdit} aria-label={t`Change ${name}`} data-edit-opener={props.editOpener}>
          {t({ message: 'Change', comment: 'Button: change the wording or details of an item already saved' })}
        </Button>
      )}
      {props.onMove && (
        <>
          <Button variant="quiet" onClick={() => props.onMove!(-1)} disabled={props.first} aria-label={t`Move up: ${name}`}>
            {t`Move up`}
          </Button>
          <Button variant="quiet" onClick={() => props.onMove!(1)} disabled={props.last} aria-label={t`Move down: ${name}`}>
            {t`Move down`}
          </Button>
        </>
      )}
      {props.onRemove && (
        <Button variant="quiet" onClick={props.onRemove} aria-label={t`Remove ${name}`}>
          {t`Remove`}
        </Button>
      )}
    </div>
  );
}
