import type { IndexFieldOf, RecordOf, RecordType } from '../core/domain/record-type';
import { countRecords, readProjected, readProjectedRecord, type IndexFilter } from '../core/projection/queries';
import { db } from './app-db';
import { useProjectId } from './project-context';
import { useLiveQuery } from './use-live-query';

/**
 * How screens read a project's records: from the projection (validated, indexed, shared by
 * every tab), live, typed by record type. Undefined while loading. Filters name the field the
 * type is indexed by: `useRecords(agendaItemType, { meetingId })`,
 * `useRecords(meetingType, { date: { from: today, to: nextWeek } })`.
 */
export function useRecords<T extends RecordType>(type: T, filter?: IndexFilter<T>, options: { withArchived?: boolean } = {}): RecordOf<T>[] | undefined {
  const projectId = useProjectId();
  const withArchived = options.withArchived ?? false;
  return useLiveQuery(() => readProjected(db, projectId, type, filter, { withArchived }), [projectId, type, JSON.stringify(filter ?? null), withArchived]);
}

/** One record: undefined while loading, null when it is not there (or archived, unless asked for). */
export function useRecord<T extends RecordType>(type: T, id: string, options: { withArchived?: boolean } = {}): RecordOf<T> | null | undefined {
  const projectId = useProjectId();
  const withArchived = options.withArchived ?? false;
  return useLiveQuery(async () => {
    const record = await readProjectedRecord(db, projectId, type, id);
    return record && (withArchived || !record.archived) ? record : null;
  }, [projectId, type, id, withArchived]);
}

/**
 * How many records, counted from index keys without reading them (so 20,000 answers cost
 * nothing). Archived records are counted too: use `useRecords(…).length` where they matter.
 */
export function useRecordCount<T extends RecordType>(type: T, filter?: Partial<Record<IndexFieldOf<T>, string>>): number | undefined {
  const projectId = useProjectId();
  return useLiveQuery(() => countRecords(db, projectId, type, filter), [projectId, type, JSON.stringify(filter ?? null)]);
}
