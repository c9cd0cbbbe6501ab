import type { CommonGroundDb, RecordRow } from '../db/database';
import type { IndexFieldOf, RecordOf, RecordType } from '../domain/record-type';
import { isPackRow, type PackData } from './packs';

/**
 * Reading the projection. Screens ask here rather than querying Dexie themselves, because a
 * row is not always one record: collections with many small records (feedback responses,
 * attendance marks) are stored as packs of records, and these helpers unpack them.
 */

/** Which records of a collection: all, those with one first index key, a range of them, or any of several. */
export type RecordFilter = { k1?: string } | { k1From: string; k1To: string } | { k1In: readonly string[] };

const LOW = -Infinity;
const HIGH = Infinity;
/** Above any record id (ids are plain ASCII). */
const LAST = '\uffff';
/** Above any string in IndexedDB's ordering, so a range covers every k1. */
const ABOVE_ALL_TEXT = [] as unknown as string;

function rowsOf(db: CommonGroundDb, projectId: string, collection: string, filter: RecordFilter = {}) {
  const byK1 = db.records.where('[projectId+collection+k1+n]');
  if ('k1In' in filter) {
    if (filter.k1In.length === 0) return null;
    return byK1.inAnyRange(filter.k1In.map((k1) => [[projectId, collection, k1, LOW], [projectId, collection, k1, HIGH]]));
  }
  if ('k1From' in filter) return byK1.between([projectId, collection, filter.k1From, LOW], [projectId, collection, filter.k1To, HIGH], true, true);
  if (filter.k1 !== undefined) return byK1.between([projectId, collection, filter.k1, LOW], [projectId, collection, filter.k1, HIGH], true, true);
  return db.records.where('[projectId+collection+id]').between([projectId, collection, ''], [projectId, collection, LAST], true, true);
}

/** The records themselves, in id order. */
export function unpackRows<T>(rows: readonly RecordRow[]): T[] {
  const records: T[] = [];
  let packed = false;
  for (const row of rows) {
    if (isPackRow(row)) {
      packed = true;
      for (const record of Object.values((row.data as unknown as PackData).records)) records.push(record as T);
    } else records.push(row.data as unknown as T);
  }
  if (packed) records.sort((a, b) => compareIds((a as { id: string }).id, (b as { id: string }).id));
  return records;
}

const compareIds = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Records of one collection (validated by the projector), optionally only some. */
export async function projectedRecords<T>(db: CommonGroundDb, projectId: string, collection: string, filter?: RecordFilter): Promise<T[]> {
  const rows = rowsOf(db, projectId, collection, filter);
  return rows ? unpackRows<T>(await rows.toArray()) : [];
}

/** One record by id, for collections that are not packed. */
export async function projectedRecord<T>(db: CommonGroundDb, projectId: string, collection: string, id: string): Promise<T | undefined> {
  return (await db.records.get([projectId, collection, id]))?.data as T | undefined;
}

/** Ids of a collection's records, without reading the records (not for packed collections). */
export async function projectedIds(db: CommonGroundDb, projectId: string, collection: string): Promise<string[]> {
  const keys = await db.records.where('[projectId+collection+id]').between([projectId, collection, ''], [projectId, collection, LAST], true, true).primaryKeys();
  return keys.map((key) => key[2]);
}

/**
 * How many records match, read from index keys alone (each row's key carries how many
 * records it holds), so counting 20,000 responses does not read them.
 */
export async function countProjected(db: CommonGroundDb, projectId: string, collection: string, filter: { k1?: string } = {}): Promise<number> {
  const byK1 = db.records.where('[projectId+collection+k1+n]');
  const range =
    filter.k1 !== undefined
      ? byK1.between([projectId, collection, filter.k1, LOW], [projectId, collection, filter.k1, HIGH], true, true)
      : byK1.between([projectId, collection, '', LOW], [projectId, collection, ABOVE_ALL_TEXT, HIGH], true, true);
  const keys = (await range.keys()) as unknown as [string, string, string, number][];
  let total = 0;
  for (const key of keys) total += key[3];
  return total;
}

/**
 * Which records to read, by the field their type is indexed by (see `index` on each record
 * type): one value, any of several, or a range from…to (both included). No filter: all.
 */
export type IndexFilter<T extends RecordType> = Partial<Record<IndexFieldOf<T>, string | readonly string[] | { from: string; to: string }>>;

/** The row filter for an index filter on a record type. */
export function rowFilter<T extends RecordType>(type: T, filter: IndexFilter<T> | undefined): RecordFilter {
  if (!filter) return {};
  const entries = Object.entries(filter) as [string, string | readonly string[] | { from: string; to: string } | undefined][];
  const [field, value] = entries.find(([, v]) => v !== undefined) ?? [];
  if (field === undefined || value === undefined) return {};
  if (field !== type.index?.k1) throw new Error(`${type.collection} records are not indexed by ${field}`);
  if (typeof value === 'string') return { k1: value };
  if ('from' in value) return { k1From: value.from, k1To: value.to };
  return { k1In: value as readonly string[] };
}

/** The records of a type, validated by the projector; archived ones only when asked for. */
export async function readProjected<T extends RecordType>(
  db: CommonGroundDb,
  projectId: string,
  type: T,
  filter?: IndexFilter<T>,
  options: { withArchived?: boolean } = {},
): Promise<RecordOf<T>[]> {
  const records = await projectedRecords<RecordOf<T>>(db, projectId, type.collection, rowFilter(type, filter));
  return options.withArchived ? records : records.filter((r) => !r.archived);
}

/** How many records of a type there are (archived ones too), counted from index keys alone. */
export function countRecords<T extends RecordType>(db: CommonGroundDb, projectId: string, type: T, filter?: Partial<Record<IndexFieldOf<T>, string>>): Promise<number> {
  const k1 = filter ? Object.values(filter).find((v): v is string => typeof v === 'string') : undefined;
  if (filter && Object.keys(filter)[0] !== undefined && Object.keys(filter)[0] !== type.index?.k1) {
    throw new Error(`${type.collection} records are not indexed by ${Object.keys(filter)[0]}`);
  }
  return countProjected(db, projectId, type.collection, k1 === undefined ? {} : { k1 });
}

/** One record by id (not for packed collections, whose rows hold many records). */
export async function readProjectedRecord<T extends RecordType>(db: CommonGroundDb, projectId: string, type: T, id: string): Promise<RecordOf<T> | undefined> {
  if (type.packBy) throw new Error(`${type.collection} records are read in packs; filter by ${type.index?.k1 ?? 'their index'} instead`);
  return projectedRecord<RecordOf<T>>(db, projectId, type.collection, id);
}
