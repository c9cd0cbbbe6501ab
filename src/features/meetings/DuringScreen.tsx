import { t } from '@lingui/core/macro';
import { useMemo } from 'preact/hooks';
import { startNotes } from '../../core/commands/meeting-day-during';
import type { Meeting } from '../../core/domain/meeting';
import { meetingNotesType, NOTES_MAX } from '../../core/domain/meeting-day/meeting-notes';
import { personType } from '../../core/domain/person';
import { useDocRecords } from '../../state/doc-records';
import { useSession } from '../../state/project-context';
import { useRecords } from '../../state/records';
import { SharedTextField } from '../../ui/form/SharedTextField';
import { ActionsPanel } from './ActionsPanel';
import { DecisionsPanel } from './DecisionsPanel';
import { recordText } from './started-text';

/** During the meeting: notes, decisions and actions. */
export function DuringScreen({ meeting }: { meeting: Meeting }) {
  const people = useRecords(personType, undefined, { withArchived: true }) ?? [];
  return (
    <div class="during">
      <NotesPanel meeting={meeting} />
      <DecisionsPanel meeting={meeting} />
      <ActionsPanel meeting={meeting} people={people} />
    </div>
  );
}

/** Records made on this device or another, oldest first (so the first block stays first). */
const byCreation = (a: { createdAt: string; id: string }, b: { createdAt: string; id: string }) =>
  a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);

function NotesPanel({ meeting }: { meeting: Meeting }) {
  const notes = useDocRecords(meetingNotesType, (n) => n.meetingId === meeting.id);
  const ids = [...notes].sort(byCreation).map((n) => n.id);
  const blocks: (string | undefined)[] = ids.length ? ids : [undefined];
  return (
    <section class="card" aria-labelledby="notes-heading">
      <h3 id="notes-heading">{t({ message: 'Notes', comment: 'Heading: what was said at a meeting' })}</h3>
      {blocks.map((id, i) => (
        <NotesField key={i === 0 ? 'first' : id} meetingId={meeting.id} id={id} place={i + 1} />
      ))}
    </section>
  );
}

/** One block of notes; the first is made by the first keystroke. */
function NotesField({ meetingId, id, place }: { meetingId: string; id: string | undefined; place: number }) {
  const session = useSession();
  const text = useMemo(() => recordText(session, meetingNotesType, id, 'body', (typed) => startNotes(session.doc, meetingId, typed)), [session, id, meetingId]);
  return place === 1 ? (
    <SharedTextField
      text={text}
      label={t`Meeting notes`}
      hint={t`If another facilitator types here too, both sets of words are kept.`}
      maxLength={NOTES_MAX}
      rows={10}
    />
  ) : (
    <SharedTextField
      text={text}
      label={t`More notes, started on another device (${place})`}
      hint={t`These were started on another device before the two had shared changes. Nothing has been lost.`}
      maxLength={NOTES_MAX}
      rows={5}
    />
  );
}
