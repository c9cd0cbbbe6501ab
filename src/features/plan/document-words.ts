import { t } from '@lingui/core/macro';
import type { DocumentStatus } from '../../core/domain/plan/document-version';
import type { DocumentKind } from '../../core/domain/plan/plan-document';
import type { TagTone } from '../../ui/Tag';

export function statusTone(status: DocumentStatus): TagTone {
  return status === 'agreed' ? 'good' : status === 'discussed' ? 'warn' : 'plain';
}

/** What each step means, as a choice of what happened. */
export function stepWords(status: DocumentStatus): string {
  switch (status) {
    case 'draft':
      return t`Back to draft for more work`;
    case 'discussed':
      return t`Discussed by the group`;
    case 'agreed':
      return t`Agreed by the group`;
  }
}

export function documentIntro(kind: DocumentKind): string {
  return kind === 'terms'
    ? t`How your group works: its purpose, who is in it, roles, how decisions are made and more. Build it together, section by section.`
    : t`How members agree to treat each other. Keep them short, so they can be read out at the start of every meeting.`;
}
