import * as Y from 'yjs';
import type { z } from 'zod';
import { getRecordMap, readRawRecord } from '../doc/project-doc';
import { cleanTyping, explain } from '../domain/fields';
import { parseStoredRecord } from '../domain/parse-record';
import type { RecordType } from '../domain/record-type';
import { fail, ok, type Result } from '../result';
import type { TextSplice } from '../text/splice';
import { transact } from './records';

type TextFieldOf<T extends RecordType> = Extract<keyof z.infer<T['schema']>, string>;

/**
 * The one way typing reaches a long text field (notes, a document's section, the group's
 * words). The edit goes into the field's Y.Text exactly where it was made, so two people
 * typing in the same text at once both keep their words. Pasted control characters are
 * dropped; the record's own rules (such as its length limit) are checked first, and an edit
 * that breaks them changes nothing, except that text already too long can always be cut.
 * Returns the whole text as stored after the edit.
 */
export function editText<T extends RecordType>(doc: Y.Doc, type: T, id: string, field: TextFieldOf<T>, splice: TextSplice): Result<string> {
  if (!type.textFields?.includes(field)) return fail(`That part of the ${type.noun} cannot be typed into.`);
  const record = getRecordMap(doc, type, id);
  if (!record) return fail(`That ${type.noun} is no longer here. It may have been removed on another device.`);
  const stored = record.get(field);
  const current = stored instanceof Y.Text ? stored.toString() : typeof stored === 'string' ? stored : '';
  const index = Math.max(0, Math.min(Math.trunc(splice.index), current.length));
  const remove = Math.max(0, Math.min(Math.trunc(splice.remove), current.length - index));
  const insert = cleanTyping(splice.insert);
  const next = current.slice(0, index) + insert + current.slice(index + remove);
  if (next === current) return ok(current);
  if (next.length >= current.length) {
    const before = parseStoredRecord(type, readRawRecord(record));
    if (!before.ok) return before;
    const checked = type.schema.safeParse({ ...before.value, [field]: next });
    if (!checked.success) return fail(explain(checked.error));
  }
  transact(doc, () => {
    let text = record.get(field);
    if (!(text instanceof Y.Text)) {
      text = new Y.Text(current);
      record.set(field, text);
    }
    if (remove > 0) (text as Y.Text).delete(index, remove);
    if (insert) (text as Y.Text).insert(index, insert);
  });
  return ok(next);
}
