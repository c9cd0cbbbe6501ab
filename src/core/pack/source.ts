import type * as Y from 'yjs';
import { readAll } from '../commands/records';
import { readProjectMeta } from '../commands/project';
import type { ProjectMeta } from '../domain/project-meta';
import type { RecordOf, RecordType } from '../domain/record-type';

/** What a pack is made from: the project's details and its records. */
export interface ProjectSource {
  readonly meta: ProjectMeta;
  /** Current records; with `archived`, archived ones too (to know every name to hide). */
  records<T extends RecordType>(type: T, options?: { archived?: boolean }): RecordOf<T>[];
}

/** Reads records from the project doc, validating each once and keeping them for the rest of the pack. */
export function sourceFromDoc(doc: Y.Doc): ProjectSource | null {
  const meta = readProjectMeta(doc);
  if (!meta) return null;
  const cache = new Map<string, unknown[]>();
  const every = (type: RecordType) => {
    let list = cache.get(type.collection);
    if (!list) cache.set(type.collection, (list = readAll(doc, type)));
    return list as { archived?: boolean }[];
  };
  const current = new Map<string, unknown[]>();
  return {
    meta,
    records<T extends RecordType>(type: T, options?: { archived?: boolean }): RecordOf<T>[] {
      if (options?.archived) return every(type) as RecordOf<T>[];
      let list = current.get(type.collection);
      if (!list) current.set(type.collection, (list = every(type).filter((r) => !r.archived)));
      return list as RecordOf<T>[];
    },
  };
}
