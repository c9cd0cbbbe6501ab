import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import * as Y from 'yjs';
import { markAttendance, restoreAttendance } from '../../core/commands/attendance';
import { transact } from '../../core/commands/records';
import { collectionMap } from '../../core/doc/project-doc';
import { attendanceId, attendanceType, type Mark } from '../../core/domain/attendance';
import { useMeetingMarks } from './use-marks';
import { readMark } from '../../core/read/attendance';

export const MARK_LABELS: Record<Mark, string> = { present: 'Present', apologies: 'Apologies', absent: 'Absent' };

export interface RegisterMessage {
  text: string;
  error?: boolean;
}

interface Change {
  personId: string;
  previous: Mark | undefined;
}

const NONE: ReadonlyMap<string, Mark> = new Map();

function markInDoc(doc: Y.Doc, meetingId: string, personId: string): Mark | undefined {
  const record = collectionMap(doc, attendanceType.collection).get(attendanceId(meetingId, personId));
  return record instanceof Y.Map ? readMark(record, meetingId)?.mark : undefined;
}

/**
 * The register's marks, with taps shown at once. A tap changes what the row shows straight
 * away; the mark is written to the doc just after the next frame is drawn (or at once if the
 * page is hidden or the facilitator taps Undo), so the button responds before any saving work.
 */
export function useRegister(doc: Y.Doc, meetingId: string, nameOf: (personId: string) => string, say: (message: RegisterMessage) => void) {
  const saved = useMeetingMarks(doc, meetingId);
  const [optimistic, setOptimistic] = useState(NONE);
  const marks = useMemo(() => (optimistic.size ? new Map([...saved, ...optimistic]) : saved), [saved, optimistic]);
  const pending = useRef(new Map<string, Mark>());
  const scheduled = useRef(false);
  const history = useRef<Change[]>([]);
  const [, setHistoryVersion] = useState(0);
  const latest = useRef({ marks, nameOf, say });
  latest.current = { marks, nameOf, say };

  const flush = useCallback(() => {
    scheduled.current = false;
    const writes = [...pending.current];
    pending.current.clear();
    if (writes.length === 0) return;
    const changes: Change[] = [];
    let problem: string | null = null;
    transact(doc, () => {
      for (const [personId, mark] of writes) {
        const previous = markInDoc(doc, meetingId, personId);
        if (previous === mark) continue;
        const result = markAttendance(doc, meetingId, personId, mark);
        if (result.ok) changes.push({ personId, previous });
        else problem = result.message;
      }
    });
    history.current = [...history.current, ...changes].slice(-50);
    setHistoryVersion((v) => v + 1);
    setOptimistic((shown) => {
      let next: Map<string, Mark> | null = null;
      for (const [personId, mark] of writes) {
        if (shown.get(personId) !== mark) continue;
        next ??= new Map(shown);
        next.delete(personId);
      }
      return next ?? shown;
    });
    if (problem) latest.current.say({ text: problem, error: true });
  }, [doc, meetingId]);

  const mark = useCallback(
    (personId: string, next: Mark) => {
      if (latest.current.marks.get(personId) === next) return;
      pending.current.set(personId, next);
      setOptimistic((shown) => new Map(shown).set(personId, next));
      latest.current.say({ text: `${latest.current.nameOf(personId)}: ${MARK_LABELS[next].toLowerCase()}.` });
      if (scheduled.current) return;
      scheduled.current = true;
      requestAnimationFrame(() => setTimeout(flush, 0));
    },
    [flush],
  );

  const undo = useCallback(() => {
    flush();
    const last = history.current.at(-1);
    if (!last) return;
    const result = restoreAttendance(doc, meetingId, last.personId, last.previous);
    if (!result.ok) return latest.current.say({ text: result.message, error: true });
    history.current = history.current.slice(0, -1);
    setHistoryVersion((v) => v + 1);
    latest.current.say({
      text: `Undone: ${latest.current.nameOf(last.personId)} is ${last.previous ? MARK_LABELS[last.previous].toLowerCase() : 'not marked'} again.`,
    });
  }, [doc, meetingId, flush]);

  // Never leave a tap unwritten: write at once when the page is hidden or the register closes.
  useEffect(() => {
    const onHide = () => document.visibilityState === 'hidden' && flush();
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', flush);
    return () => {
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [flush]);

  return { marks, mark, undo, canUndo: history.current.length > 0 || pending.current.size > 0 };
}
