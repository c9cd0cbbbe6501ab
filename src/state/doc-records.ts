import { useEffect, useRef, useState } from 'preact/hooks';
import type * as Y from 'yjs';
import type { RecordOf, RecordType } from '../core/domain/record-type';
import { readAll, readRecord } from '../core/read/records';
import { useSession } from './project-context';

/**
 * Editors read the open project's doc rather than the projection: a change shows at once,
 * keystroke by keystroke, from this device or another. Lists and counts should read the
 * projection (records.ts). The value keeps its identity until the record really changes, so
 * it can be an effect's dependency.
 */
function useDocValue<T>(type: RecordType, read: (doc: Y.Doc) => T): T {
  const { doc } = useSession();
  const last = useRef<{ json: string; value: T } | null>(null);
  const current = () => {
    const value = read(doc);
    const json = JSON.stringify(value ?? null);
    if (last.current?.json !== json) last.current = { json, value };
    return last.current.value;
  };
  const [, redraw] = useState(0);
  useEffect(() => {
    const collection = doc.getMap(type.collection);
    const onChange = () => {
      const before = last.current?.value;
      if (current() !== before) redraw((n) => n + 1);
    };
    collection.observeDeep(onChange);
    return () => collection.unobserveDeep(onChange);
    // `read` is the caller's inline function: what it reads is fixed by the type and id.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [doc, type]);
  return current();
}

/** One record as it stands in the doc (validated); undefined when it is not there. */
export function useDocRecord<T extends RecordType>(type: T, id: string): RecordOf<T> | undefined {
  return useDocValue(type, (doc) => readRecord(doc, type, id));
}

/** The records of a type in the doc that pass `keep` (archived ones left out). */
export function useDocRecords<T extends RecordType>(type: T, keep: (record: RecordOf<T>) => boolean = () => true): RecordOf<T>[] {
  return useDocValue(type, (doc) => readAll(doc, type).filter((r) => !r.archived && keep(r)));
}
