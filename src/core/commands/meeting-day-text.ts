import * as Y from 'yjs';
import { getRecordMap, readRawRecord } from '../doc/project-doc';
import { cleanTyping, explain } from '../domain/fields';
import { parseStoredRecord } from '../domain/parse-record';
import type { RecordType } from '../domain/record-type';
import { fail, ok, type Result } from '../result';
import { applyTextChange, transact } from './records';

/**
 * Writes what someone is typing into a Y.Text field, changing only the part that differs so
 * two facilitators typing at once both keep their words. Unlike `updateRecord` it keeps a
 * trailing space or new line, so the text under the cursor is never trimmed mid-sentence;
 * the value is still checked against the record's rules (length) first.
 */
export function editTextField(doc: Y.Doc, type: RecordType, id: string, field: string, next: string): Result<string> {
  const ymap = getRecordMap(doc, type, id);
  if (!ymap) return fail(`That ${type.noun} is no longer here. It may have been removed on another device.`);
  if (!(type.textFields ?? []).includes(field)) return fail(`That part of the ${type.noun} cannot be typed into.`);
  const text = cleanTyping(next);
  const current = parseStoredRecord(type, readRawRecord(ymap));
  if (!current.ok) return current;
  const parsed = type.schema.safeParse({ ...current.value, [field]: text });
  if (!parsed.success) return fail(explain(parsed.error));
  transact(doc, () => {
    const existing = ymap.get(field);
    if (existing instanceof Y.Text) applyTextChange(existing, text);
    else ymap.set(field, new Y.Text(text));
  });
  return ok(text);
}
