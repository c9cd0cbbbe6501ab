import type { RecordOf, RecordType } from '../../core/domain/record-type';
import { projectedRecords } from '../../core/projection/queries';
import { db } from '../../state/app-db';
import { useLiveQuery } from '../../state/use-live-query';

/** The project's current (not archived) records of one kind, from the projection; undefined while loading. */
export function useRecords<T extends RecordType>(projectId: string, type: T): RecordOf<T>[] | undefined {
  return useLiveQuery(
    async () => {
      const records = await projectedRecords<RecordOf<T>>(db, projectId, type.collection);
      return records.filter((r) => !r.archived);
    },
    [projectId, type.collection],
  );
}

/** How many current records of one kind the project has. */
export function useRecordCount(projectId: string, type: RecordType): number | undefined {
  const records = useRecords(projectId, type);
  return records?.length;
}
