import * as Y from 'yjs';
import { getRecordMap } from '../doc/project-doc';
import { cleanTyping } from '../domain/fields';
import type { RecordType } from '../domain/record-type';
import { fail, ok, type Result } from '../result';
import { transact } from './records';
import { formatNumber } from '../format/intl';

/** One edit to a piece of text: at `index`, remove `remove` characters and put `insert` there. */
export interface TextSplice {
  index: number;
  remove: number;
  insert: string;
}


/**
 * Applies one edit to a long text field held as Y.Text, exactly where it was made, so typing
 * on two devices at once merges. Nothing changes if the result would be too long.
 */
export function spliceText(doc: Y.Doc, type: RecordType, id: string, field: string, splice: TextSplice, max: number, label: string): Result<string> {
  if (!type.textFields?.includes(field)) return fail(`${label} cannot be edited this way.`);
  const record = getRecordMap(doc, type, id);
  if (!record) return fail(`That ${type.noun} is no longer here. It may have been removed on another device.`);
  let text = record.get(field);
  const current = text instanceof Y.Text ? text.toString() : typeof text === 'string' ? text : '';
  const insert = cleanTyping(splice.insert);
  const index = Math.max(0, Math.min(Math.trunc(splice.index), current.length));
  const remove = Math.max(0, Math.min(Math.trunc(splice.remove), current.length - index));
  const nextLength = current.length - remove + insert.length;
  if (nextLength > max && nextLength > current.length) {
    return fail(`${label} is too long: keep it to ${formatNumber(max)} characters or fewer.`);
  }
  transact(doc, () => {
    if (!(text instanceof Y.Text)) {
      text = new Y.Text(current);
      record.set(field, text);
    }
    const ytext = text as Y.Text;
    if (remove > 0) ytext.delete(index, remove);
    if (insert) ytext.insert(index, insert);
  });
  return ok((text as Y.Text).toString());
}
