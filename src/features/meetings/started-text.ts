import type { RecordType } from '../../core/domain/record-type';
import type { ProjectSession } from '../../core/projects/project-session';
import { ok, type Result } from '../../core/result';
import type { SharedText } from '../../core/text/splice';
import { sharedText } from '../../state/shared-text';

/**
 * The shared text of a record that the first keystroke makes (a meeting's notes, its closing
 * round), so a meeting nobody wrote about holds no empty record. Until then there is nothing to
 * read or hear; the first edit makes the record through `start`, and later edits go into it
 * until the screen swaps to the record's own shared text.
 */
export function textStartedBy(session: ProjectSession, type: RecordType, field: string, start: (typed: string) => Result<{ id: string }>): SharedText {
  let made: SharedText | undefined;
  return {
    read: () => made?.read() ?? '',
    observe: () => () => {},
    splice(splice) {
      if (made) return made.splice(splice);
      const started = start(splice.insert);
      if (!started.ok) return started;
      made = sharedText(session.doc, type, started.value.id, field);
      return ok(made.read());
    },
  };
}

/** The text of a record's field when the record is there, or one that `start` makes on the first keystroke. */
export function recordText(
  session: ProjectSession,
  type: RecordType,
  id: string | undefined,
  field: string,
  start: (typed: string) => Result<{ id: string }>,
): SharedText {
  return id ? sharedText(session.doc, type, id, field) : textStartedBy(session, type, field, start);
}
