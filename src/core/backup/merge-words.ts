import { t } from '@lingui/core/macro';
import { i18n } from '#i18n';
import { compareText, formatList, formatNumber } from '../format/intl';
import type { MergePlan, RecordChange } from './merge';
import { fieldWords } from './field-words';

/*
 * What a merge plan will do, in words for the restore screen. The kinds of record ("meeting",
 * "member") are the record types' nouns in the chosen language. English makes their plurals
 * and articles here; Welsh keeps a noun singular after a number and has no "a"/"an".
 */

const english = () => i18n.locale === 'en';

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
  if (count === 1 || !english()) return noun;
  return PLURALS[noun] ?? `${noun}s`;
}

/** "3 meetings and 1 member", largest first; "nothing" when the list is empty. */
function counted(changes: readonly RecordChange[]): string {
  const byNoun = new Map<string, number>();
  for (const c of changes) byNoun.set(c.noun, (byNoun.get(c.noun) ?? 0) + 1);
  const parts = [...byNoun]
    .sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]))
    .map(([noun, n]) => {
      const count = formatNumber(n);
      const kind = plural(noun, n);
      return t({ message: `${count} ${kind}`, comment: 'A number of records of one kind, such as “3 meetings”' });
    });
  return parts.length ? formatList(parts) : t({ message: 'nothing', comment: 'In “adds nothing, changes 2 members and removes nothing”' });
}

/** "adds 3 meetings, changes 2 members and removes nothing" (with the project's details when they change). */
export function mergeSummary(plan: MergePlan): string {
  const of = (kind: RecordChange['kind']) => plan.changes.filter((c) => c.kind === kind);
  const added = counted(of('add'));
  const removed = counted(of('remove'));
  const changes = of('change');
  let changed = counted(changes);
  if (plan.details.length) {
    const fields = formatList(plan.details.map(fieldWords));
    const details = t`the project’s ${fields}`;
    changed = changes.length ? t({ message: `${changed} and ${details}`, comment: 'Records changed, and the project’s own details changed' }) : details;
  }
  return t({ message: `adds ${added}, changes ${changed} and removes ${removed}`, comment: 'Ends the sentence “Merging the file …”' });
}

/** One line of the list of changes: "Member “Ben Baker”: email, consent." */
export function changeLine(change: RecordChange): string {
  const noun = change.noun;
  const label = change.label;
  const what = label
    ? t({ message: `${noun} “${label}”`, comment: 'A kind of record and its name, such as Member “Ben Baker”' })
    : english()
      ? `${/^[aeiou]/i.test(noun) ? 'An' : 'A'} ${noun}`
      : noun;
  const thing = what.charAt(0).toUpperCase() + what.slice(1);
  if (change.kind === 'add') return t`${thing}: new.`;
  if (change.kind === 'remove') return change.erased ? t`${thing}: erased on another device.` : t`${thing}: removed.`;
  const fields = formatList(change.fields.map(fieldWords), 'unit');
  return t({ message: `${thing}: ${fields}.`, comment: 'A record the merge changes, then the fields it changes' });
}

/** The removals in one sentence, for the question asked before they happen. */
export function removalWarning(plan: MergePlan): string {
  const removed = counted(plan.changes.filter((c) => c.kind === 'remove'));
  return t`This file removes ${removed} from this project. They are not archived: once merged, they are gone from this device, and from the others when it next syncs.`;
}
