import { plural, t } from '@lingui/core/macro';
import type { CheckedProject, FileOrigin } from '../../core/backup/restore';
import { formatDateWith } from '../../core/format/intl';

/* What the restore card says about a checked backup file, before anything is restored. */

/** Who vouches for the file, in words that do not claim more than the check proves. */
export function originWords(origin: FileOrigin | undefined): { text: string; warn: boolean } {
  switch (origin?.kind) {
    case 'passphrase':
      return { text: t`It opened with its passphrase, so it is exactly as it was made.`, warn: false };
    case 'key':
      return origin.holder === 'device'
        ? { text: t`It was made on this device and has not been changed since.`, warn: false }
        : { text: t`It was made by a device your project is shared with, and has not been changed since.`, warn: false };
    default:
      return {
        text: t`This file has no passphrase, and this device cannot confirm who made it or that it has not been changed. Only use it if you know where it came from.`,
        warn: true,
      };
  }
}

/** "This is a backup of “Riverside Carers”, made on 3 March 2026 at 10:15, with 12 members, 30 meetings, 0 feedback responses." */
export function whatIsInIt(project: CheckedProject): string {
  const c = project.counts;
  const name = project.name;
  const members = c.people ?? 0;
  const meetings = c.meetings ?? 0;
  const responses = c.responses ?? 0;
  const held = t({
    message: `${plural(members, { one: '# member', other: '# members' })}, ${plural(meetings, { one: '# meeting', other: '# meetings' })}, ${plural(responses, { one: '# feedback response', other: '# feedback responses' })}`,
    comment: 'What a backup file holds, after “with”',
  });
  if (!project.header) return t`This is a backup of “${name}”, with ${held}. Every part of it has been checked.`;
  const made = formatDateWith(new Date(project.header.created), { dateStyle: 'long', timeStyle: 'short' });
  return t`This is a backup of “${name}”, made on ${made}, with ${held}. Every part of it has been checked.`;
}
