import { formatNumber } from '../format/intl';
import type { MergePlan, RecordChange } from './merge';
import { fieldWords } from './field-words';

/* What a merge plan will do, in words for the restore screen. */

const PLURALS: Record<string, string> = {
  activity: 'activities',
  'meeting series': 'meeting series',
  'meeting notes': 'sets of meeting notes',
  'record of a paper sent': 'records of papers sent',
  'part of the cycle': 'parts of the cycle',
  'outcome status': 'outcome statuses',
  '“you said, we did” entry': '“you said, we did” entries',
};

export function plural(noun: string, count: number): string {
  return count === 1 ? noun : (PLURALS[noun] ?? `${noun}s`);
}

/** "3 meetings and 1 member", largest first; "nothing" when the list is empty. */
function counted(changes: readonly RecordChange[]): string {
  const byNoun = new Map<string, number>();
  for (const c of changes) byNoun.set(c.noun, (byNoun.get(c.noun) ?? 0) + 1);
  const parts = [...byNoun].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([noun, n]) => `${formatNumber(n)} ${plural(noun, n)}`);
  if (!parts.length) return 'nothing';
  return parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

/** "adds 3 meetings, changes 2 members and removes nothing" (with the project's details when they change). */
export function mergeSummary(plan: MergePlan): string {
  const of = (kind: RecordChange['kind']) => plan.changes.filter((c) => c.kind === kind);
  const changes = counted(of('change'));
  const details = plan.details.length ? `the project’s ${plan.details.map(fieldWords).join(' and ')}` : '';
  const changed = details ? (changes === 'nothing' ? details : `${changes} and ${details}`) : changes;
  return `adds ${counted(of('add'))}, changes ${changed} and removes ${counted(of('remove'))}`;
}

/** One line of the list of changes: "Member “Ben Baker”: email, consent." */
export function changeLine(change: RecordChange): string {
  const what = change.label ? `${capital(change.noun)} “${change.label}”` : `${/^[aeiou]/i.test(change.noun) ? 'An' : 'A'} ${change.noun}`;
  if (change.kind === 'add') return `${what}: new.`;
  if (change.kind === 'remove') return `${what}: ${change.erased ? 'erased on another device' : 'removed'}.`;
  return `${what}: ${change.fields.map(fieldWords).join(', ')}.`;
}

/** The removals in one sentence, for the question asked before they happen. */
export function removalWarning(plan: MergePlan): string {
  const removed = plan.changes.filter((c) => c.kind === 'remove');
  return `This file removes ${counted(removed)} from this project. They are not archived: once merged, they are gone from this device, and from the others when it next syncs.`;
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
