import { useMemo } from 'preact/hooks';
import * as Y from 'yjs';
import { LOCAL_ORIGIN } from '../core/commands/records';
import { editText } from '../core/commands/text';
import { getRecordMap } from '../core/doc/project-doc';
import type { RecordType } from '../core/domain/record-type';
import type { SharedText, TextDelta } from '../core/text/splice';
import { useSession } from './project-context';

/**
 * A record's long text field as the shared text field edits it: reads the Y.Text, hears
 * other devices' typing (not this device's own, which the field already shows), and writes
 * through the one text-edit command. Follows the field when it is first created or replaced.
 */
export function sharedText<T extends RecordType>(doc: Y.Doc, type: T, id: string, field: string): SharedText {
  const current = () => getRecordMap(doc, type, id)?.get(field);
  const read = () => {
    const value = current();
    return value instanceof Y.Text ? value.toString() : typeof value === 'string' ? value : '';
  };
  return {
    read,
    splice: (splice) => editText(doc, type, id, field as never, splice),
    observe(listener) {
      let text: Y.Text | undefined;
      let shown = read();
      const onText = (event: Y.YTextEvent) => {
        shown = read();
        if (event.transaction.origin !== LOCAL_ORIGIN) listener(event.delta as TextDelta);
      };
      const follow = () => {
        const value = current();
        const next = value instanceof Y.Text ? value : undefined;
        if (next === text) return;
        text?.unobserve(onText);
        text = next;
        text?.observe(onText);
        const now = read();
        if (now !== shown) listener([{ delete: shown.length }, { insert: now }]);
        shown = now;
      };
      const onRecord = (events: Y.YEvent<any>[]) => {
        if (events.some((e) => e.target !== text)) follow();
      };
      const collection = doc.getMap(type.collection);
      follow();
      collection.observeDeep(onRecord);
      return () => {
        collection.unobserveDeep(onRecord);
        text?.unobserve(onText);
      };
    },
  };
}

/** The shared text of a field of a record in the open project, for `SharedTextField`. */
export function useSharedText<T extends RecordType>(type: T, id: string, field: string): SharedText {
  const session = useSession();
  return useMemo(() => sharedText(session.doc, type, id, field), [session.doc, type, id, field]);
}
