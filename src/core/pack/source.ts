import type * as Y from 'yjs';
import { readAll } from '../commands/records';
import { readProjectMeta } from '../commands/project';
import type { ProjectMeta } from '../domain/project-meta';
import type { RecordOf, RecordType } from '../domain/record-type';

/** What a pack is made from: the project's details and its current (not archived) records. */
export interface ProjectSource {
  readonly meta: ProjectMeta;
  records<T extends RecordType>(type: T): RecordOf<T>[];
}

/** Reads records from the project doc, validating each once and keeping them for the rest of the pack. */
export function sourceFromDoc(doc: Y.Doc): ProjectSource | null {
  const meta = readProjectMeta(doc);
  if (!meta) return null;
  const cache = new Map<string, unknown[]>();
  return {
    meta,
    records<T extends RecordType>(type: T): RecordOf<T>[] {
      let list = cache.get(type.collection);
      if (!list) cache.set(type.collection, (list = readAll(doc, type).filter((r) => !r.archived)));
      return list as RecordOf<T>[];
    },
  };
}
