import { useEffect, useState } from 'preact/hooks';
import * as Y from 'yjs';
import { collectionMap } from '../../core/doc/project-doc';
import type { BaseRecord, RecordType } from '../../core/domain/record-type';
import type { ProjectSession } from '../../core/projects/project-session';
import { projectedRecord, projectedRecords } from '../../core/projection/queries';
import { db } from '../../state/app-db';
import { useLiveQuery } from '../../state/use-live-query';

/**
 * Records of one type from the projection (already validated by the projector), optionally
 * only those whose first index key (usually the meeting id) matches. Undefined while loading.
 */
export function useRecords<T extends BaseRecord>(session: ProjectSession, type: RecordType, k1?: string): T[] | undefined {
  const projectId = session.projectId;
  return useLiveQuery(async () => {
    return projectedRecords<T>(db, projectId, type.collection, k1 === undefined ? {} : { k1 });
  }, [projectId, type.collection, k1]);
}

/** One record from the projection: undefined while loading, null when it is not there. */
export function useRecord<T extends BaseRecord>(session: ProjectSession, type: RecordType, id: string): T | null | undefined {
  const projectId = session.projectId;
  return useLiveQuery(async () => (await projectedRecord<T>(db, projectId, type.collection, id)) ?? null, [projectId, type.collection, id]);
}

/**
 * Ids of records in the doc that match `keep`, straight from the Y.Doc so a record made a
 * moment ago on this device is there at once. Watches only records being added or removed.
 */
export function useDocRecordIds(session: ProjectSession, type: RecordType, keep: (record: Y.Map<unknown>) => boolean, deps: readonly unknown[]): string[] {
  const map = collectionMap(session.doc, type.collection);
  const read = () => {
    const ids: { id: string; createdAt: string }[] = [];
    map.forEach((record, id) => {
      if (record instanceof Y.Map && record.get('archived') !== true && keep(record)) ids.push({ id, createdAt: String(record.get('createdAt') ?? '') });
    });
    return ids.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id)).map((r) => r.id);
  };
  const [ids, setIds] = useState(read);
  useEffect(() => {
    const update = () =>
      setIds((prev) => {
        const next = read();
        return next.length === prev.length && next.every((id, i) => id === prev[i]) ? prev : next;
      });
    update();
    map.observe(update);
    return () => map.unobserve(update);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [map, ...deps]);
  return ids;
}

/** A map of people by id, for showing names. */
export function byId<T extends BaseRecord>(records: readonly T[] | undefined): Map<string, T> {
  return new Map((records ?? []).map((r) => [r.id, r]));
}
