import { t } from '@lingui/core/macro';
import type { Mark } from '../../core/domain/attendance';

/** The word on a register button. */
export function markLabel(mark: Mark): string {
  switch (mark) {
    case 'present':
      return t({ message: 'Present', comment: 'Register button and column: the person came to the meeting' });
    case 'apologies':
      return t({ message: 'Apologies', comment: 'Register button and column: the person said beforehand they could not come' });
    case 'absent':
      return t({ message: 'Absent', comment: 'Register button and column: the person did not come and sent no word' });
  }
}

/** What the register says after a tap: "Ann Jones: present." */
export function markedMessage(name: string, mark: Mark): string {
  switch (mark) {
    case 'present':
      return t`${name}: present.`;
    case 'apologies':
      return t`${name}: apologies.`;
    case 'absent':
      return t`${name}: absent.`;
  }
}

/** What the register says after Undo: "Undone: Ann Jones is not marked again." */
export function undoneMessage(name: string, mark: Mark | undefined): string {
  switch (mark) {
    case 'present':
      return t`Undone: ${name} is present again.`;
    case 'apologies':
      return t`Undone: ${name} is apologies again.`;
    case 'absent':
      return t`Undone: ${name} is absent again.`;
    case undefined:
      return t`Undone: ${name} is not marked again.`;
  }
}
