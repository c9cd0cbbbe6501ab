import * as Y from 'yjs';
import { getRecordMap } from '../doc/project-doc';
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

// The same characters the field helpers strip: they come with pasted rich text and break exports.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u200B\u2028\u2029\uFEFF]/g;

/** Cleans pasted text the way the long-text field helper does, without trimming (the person is still typing). */
export function cleanInsert(text: string): string {
  return text.normalize('NFC').replace(/\r\n?/g, '\n').replace(CONTROL, '');
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
  const insert = cleanInsert(splice.insert);
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
