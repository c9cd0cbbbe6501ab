import { t } from '@lingui/core/macro';
import type { DocumentStatus, DocumentVersion } from '../domain/plan/document-version';

/** Versions oldest first. Two steps recorded at once on two devices both stay, in a fixed order. */
export function versionsInOrder<T extends Pick<DocumentVersion, 'number' | 'date' | 'createdAt' | 'id'>>(versions: readonly T[]): T[] {
  return [...versions].sort(
    (a, b) => a.number - b.number || a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id),
  );
}

export function currentVersion<T extends Pick<DocumentVersion, 'number' | 'date' | 'createdAt' | 'id'>>(versions: readonly T[]): T | undefined {
  return versionsInOrder(versions).at(-1);
}

/**
 * Which steps may follow the current status. A draft is discussed before it is agreed; a
 * discussed draft can go back for more work; an agreed document can be reopened as a new draft.
 */
export const NEXT_STEPS: Record<DocumentStatus, readonly DocumentStatus[]> = {
  draft: ['discussed'],
  discussed: ['agreed', 'draft'],
  agreed: ['draft'],
};

export function canMoveTo(from: DocumentStatus, to: DocumentStatus): boolean {
  return NEXT_STEPS[from].includes(to);
}

/** Why a step is not allowed, in words for the facilitator. */
export function whyNot(from: DocumentStatus, to: DocumentStatus): string {
  if (from === to)
    return { draft: () => t`It is already a draft.`, discussed: () => t`It is already discussed.`, agreed: () => t`It is already agreed.` }[to]();
  if (from === 'draft' && to === 'agreed') return t`Discuss the draft with the group before you mark it agreed.`;
  return t`That step does not follow from where the document is now.`;
}
