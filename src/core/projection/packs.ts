import type { RecordRow } from '../db/database';

/**
 * Collections with many small records that are read together (feedback responses, attendance
 * marks) are projected as packs: one row holding every record with the same pack key. Writing
 * 20,000 rows to IndexedDB takes seconds on a tablet; writing 500 packs does not.
 *
 * A pack row's id starts with '#', which no record id can, and its `n` is how many records
 * it holds; every record in a pack shares the pack's first index key (k1).
 */
export interface PackData {
  records: Record<string, Record<string, unknown>>;
}

const PACK_PREFIX = '#';

export const packRowId = (packKey: string) => PACK_PREFIX + packKey;

export function isPackRow(row: Pick<RecordRow, 'id'>): boolean {
  return row.id.startsWith(PACK_PREFIX);
}
