import { t } from '@lingui/core/macro';
import { type Result, ok, fail } from '../result';
import { newId } from '../ids';
import { explain } from './fields';
import type { BaseRecord, RecordType } from './record-type';

/** Validates a record read from a doc, migrating it first if an older version wrote it. */
export function parseStoredRecord(type: RecordType, raw: Record<string, unknown>): Result<BaseRecord> {
  const from = typeof raw.v === 'number' ? raw.v : 1;
  let data = raw;
  if (from < type.version) {
    const noun = type.noun;
    if (!type.migrate) return fail(t`This ${noun} was saved by an older version and cannot be read.`);
    data = { ...type.migrate(raw, from), v: type.version };
  } else if (from > type.version) {
    const noun = type.noun;
    return fail(t`This ${noun} was saved by a newer version of Common Ground. Update the app to see it.`);
  }
  const parsed = type.schema.safeParse(data);
  return parsed.success ? ok(parsed.data) : fail(explain(parsed.error));
}

/** Whether `input` would pass as a new record of its kind, exactly as `insertRecord` checks it, without writing anything. */
export function checkNewRecord(type: RecordType, input: Record<string, unknown>): Result<void> {
  const parsed = type.schema.safeParse({ ...input, id: input.id ?? newId(), v: type.version, createdAt: new Date().toISOString() });
  return parsed.success ? ok(undefined) : fail(explain(parsed.error));
}
