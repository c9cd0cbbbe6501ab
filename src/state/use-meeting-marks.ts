import { useEffect, useState } from 'preact/hooks';
import * as Y from 'yjs';
import { collectionMap } from '../core/doc/project-doc';
import { attendanceType, type Mark } from '../core/domain/attendance';
import { meetingMarks, readMark } from '../core/read/attendance';
import { useSession } from './project-context';

/**
 * Everyone's mark at one meeting of the open project, straight from the doc: a tap shows at
 * once, without waiting for IndexedDB or the projection. Only the records that changed are
 * read again, so a tap on a register of hundreds costs one record's read.
 */
export function useMeetingMarks(meetingId: string): ReadonlyMap<string, Mark> {
  const { doc } = useSession();
  const [marks, setMarks] = useState(() => meetingMarks(doc, meetingId));
  useEffect(() => {
    const map = collectionMap(doc, attendanceType.collection);
    const prefix = meetingId + ':';
    setMarks(meetingMarks(doc, meetingId));
    const onChange = (events: Y.YEvent<any>[]) => {
      const keys = new Set<string>();
      for (const event of events) {
        if (event.target === map) for (const key of event.changes.keys.keys()) keys.add(key);
        else if (typeof event.path[0] === 'string') keys.add(event.path[0]);
      }
      const mine = [...keys].filter((k) => k.startsWith(prefix));
      if (mine.length === 0) return;
      setMarks((prev) => {
        const next = new Map(prev);
        for (const key of mine) {
          const record = map.get(key);
          const entry = record instanceof Y.Map ? readMark(record, meetingId) : null;
          if (entry) next.set(entry.personId, entry.mark);
          else next.delete(key.slice(prefix.length));
        }
        return next;
      });
    };
    map.observeDeep(onChange);
    return () => map.unobserveDeep(onChange);
  }, [doc, meetingId]);
  return marks;
}
