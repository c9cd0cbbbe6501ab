import { plural, t } from '@lingui/core/macro';
import { useState } from 'preact/hooks';
import { setArrangement } from '../../core/commands/meeting-day-arrangements';
import type { Attendance } from '../../core/domain/attendance';
import type { Meeting } from '../../core/domain/meeting';
import { ARRANGEMENT_LABELS, arrangementType } from '../../core/domain/meeting-day/arrangement';
import type { Person } from '../../core/domain/person';
import { arrangementsNeeded, stillToArrange, type ArrangementNeed } from '../../core/meetings/arrangements';
import { likelyAttendees } from '../../core/meetings/expected';
import { marksFor } from '../../core/meetings/papers';
import { useSession } from '../../state/project-context';
import { useRecords } from '../../state/records';
import { CommandError } from '../../ui/form/CommandError';
import { useCommand } from '../../ui/form/use-command';

/**
 * What to arrange before the day, built from the profiles of the people expected: an
 * interpreter, the hearing loop, care cover, travel, food, papers in the right format, a call.
 * Each item is ticked when it is done, with who is doing it, and syncs like everything else.
 */
export function ArrangementsPanel({ meeting, people, attendance }: { meeting: Meeting; people: Person[]; attendance: Attendance[] }) {
  const arrangements = useRecords(arrangementType, { meetingId: meeting.id }, { withArchived: true }) ?? [];
  const command = useCommand();
  const expected = likelyAttendees(people, marksFor(meeting.id, attendance));
  const needs = arrangementsNeeded(meeting.id, expected, arrangements);
  const left = stillToArrange(needs);
  return (
    <section class="card arrangements" aria-labelledby="arrangements-heading">
      <h3 id="arrangements-heading">{t`Arrangements`}</h3>
      <p class="hint">{t`Built from what each expected member asked for in Team. Tick each one when it is sorted, and say who is doing it.`}</p>
      {needs.length === 0 ? (
        <p class="empty">{t`Nobody expected has asked for anything to be arranged.`}</p>
      ) : (
        <>
          <p role="status">
            {left === 0 ? t`Everything is arranged.` : plural(left, { one: '# thing still to arrange.', other: '# things still to arrange.' })}
          </p>
          <ul class="check-list arrangement-list">
            {needs.map((need) => (
              <ArrangementItem key={`${need.kind}:${need.person.id}:${need.arrangement?.by ?? ''}`} meetingId={meeting.id} need={need} run={command.run} />
            ))}
          </ul>
        </>
      )}
      <CommandError error={command.error} />
    </section>
  );
}

function ArrangementItem({ meetingId, need, run }: { meetingId: string; need: ArrangementNeed; run: ReturnType<typeof useCommand>['run'] }) {
  const { doc } = useSession();
  const { person, kind, detail, arrangement } = need;
  const [by, setBy] = useState(arrangement?.by ?? '');
  const what = ARRANGEMENT_LABELS[kind];
  const name = person.name;
  const byId = `arr-by-${meetingId}-${kind}-${person.id}`;
  return (
    <li class="arrangement-item" data-done={arrangement?.done ? 'yes' : 'no'}>
      <label class="choice big-choice">
        <input
          type="checkbox"
          checked={arrangement?.done === true}
          onChange={(e) => {
            const done = (e.currentTarget as HTMLInputElement).checked;
            run(() => setArrangement(doc, meetingId, person.id, kind, { done }));
          }}
        />
        <span>
          <strong>{what}</strong>
          {' · '}
          {detail ? t({ message: `${name} (${detail})`, comment: 'A member and what they asked for in their own words: "Ann (BSL)"' }) : name}
        </span>
      </label>
      <span class="arrangement-by">
        <label for={byId}>{t`Who is doing it`}</label>
        <input
          id={byId}
          value={by}
          maxLength={120}
          autoComplete="off"
          onInput={(e) => setBy((e.currentTarget as HTMLInputElement).value)}
          onChange={() => {
            if (by !== (arrangement?.by ?? '')) run(() => setArrangement(doc, meetingId, person.id, kind, { by }));
          }}
        />
      </span>
    </li>
  );
}
