import type { RecordOf, RecordType } from '../../core/domain/record-type';
import { db } from '../../state/app-db';
import { useLiveQuery } from '../../state/use-live-query';

/** The project's current (not archived) records of one kind, from the projection; undefined while loading. */
export function useRecords<T extends RecordType>(projectId: string, type: T): RecordOf<T>[] | undefined {
  return useLiveQuery(
    async () => {
      const rows = await db.records.where('[projectId+collection]').equals([projectId, type.collection]).toArray();
      return rows.map((r) => r.data as RecordOf<T>).filter((r) => !r.archived);
    },
    [projectId, type.collection],
  );
}

/** How many current records of one kind the project has. */
export function useRecordCount(projectId: string, type: RecordType): number | undefined {
  const records = useRecords(projectId, type);
  return records?.length;
}
