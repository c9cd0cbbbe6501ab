import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { markRegister, restoreAttendance, type MarkChange } from '../../core/commands/attendance';
import type { Mark } from '../../core/domain/attendance';
import { fail } from '../../core/result';
import { useSession } from '../../state/project-context';
import { useMeetingMarks } from '../../state/use-meeting-marks';
import type { CommandRunner } from '../../ui/form/use-command';
import { markedMessage, undoneMessage } from './mark-words';

const NONE: ReadonlyMap<string, Mark> = new Map();

/**
 * The register's marks, with taps shown at once. A tap changes what the row shows straight
 * away; the mark is written to the doc just after the next frame is drawn (or at once if the
 * page is hidden or the facilitator taps Undo), so the button responds before any saving work.
 * What each tap did is said through `say`; a refusal goes to `command`'s error.
 */
export function useRegister(meetingId: string, nameOf: (personId: string) => string, say: (status: string) => void, command: CommandRunner) {
  const { doc } = useSession();
  const saved = useMeetingMarks(meetingId);
  const [optimistic, setOptimistic] = useState(NONE);
  const marks = useMemo(() => (optimistic.size ? new Map([...saved, ...optimistic]) : saved), [saved, optimistic]);
  const pending = useRef(new Map<string, Mark>());
  const scheduled = useRef(false);
  const history = useRef<MarkChange[]>([]);
  const [, setHistoryVersion] = useState(0);
  const latest = useRef({ marks, nameOf, say, command });
  latest.current = { marks, nameOf, say, command };

  const flush = useCallback(() => {
    scheduled.current = false;
    const writes = [...pending.current];
    pending.current.clear();
    if (writes.length === 0) return;
    const { changes, refused } = markRegister(doc, meetingId, writes);
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
    if (refused) latest.current.command.run(() => fail(refused));
  }, [doc, meetingId]);

  const mark = useCallback(
    (personId: string, next: Mark) => {
      if (latest.current.marks.get(personId) === next) return;
      pending.current.set(personId, next);
      setOptimistic((shown) => new Map(shown).set(personId, next));
      latest.current.command.clear();
      latest.current.say(markedMessage(latest.current.nameOf(personId), next));
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
    const result = latest.current.command.run(() => restoreAttendance(doc, meetingId, last.personId, last.previous));
    if (!result.ok) return;
    history.current = history.current.slice(0, -1);
    setHistoryVersion((v) => v + 1);
    latest.current.say(undoneMessage(latest.current.nameOf(last.personId), last.previous));
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
