import { plural, t } from '@lingui/core/macro';
import { markCalled, unmarkCalled } from '../../core/commands/meeting-day-before';
import { attendanceType } from '../../core/domain/attendance';
import { meetingType, type Meeting } from '../../core/domain/meeting';
import { memberCallType } from '../../core/domain/meeting-day/member-call';
import type { Person } from '../../core/domain/person';
import { today } from '../../core/format/calendar';
import { formatDay } from '../../core/format/dates';
import { callsNeeded, NEW_MEMBER_WEEKS, type CallNeeded } from '../../core/meetings/calls';
import { useSession } from '../../state/project-context';
import { useRecords } from '../../state/records';
import { CommandError } from '../../ui/form/CommandError';
import { useCommand } from '../../ui/form/use-command';

/** Why someone is on the list, and when they were called: "first meeting · called 3 Mar 2026". */
function callWords({ reason, call }: CallNeeded): string {
  const why = reason === 'first-meeting' ? t`first meeting` : t`joined recently`;
  if (!call) return why;
  const day = formatDay(call.calledOn, 'date');
  return t({ message: `${why} · called ${day}`, comment: 'Why a new member should get a call, then the day they were called' });
}

/** New members to phone before the meeting, so they know what to expect. */
export function CallsPanel({ meeting, people }: { meeting: Meeting; people: Person[] }) {
  const { doc } = useSession();
  const meetings = useRecords(meetingType, undefined, { withArchived: true });
  const attendance = useRecords(attendanceType, undefined, { withArchived: true });
  const calls = useRecords(memberCallType, { meetingId: meeting.id }, { withArchived: true });
  const command = useCommand();
  if (!meetings || !attendance || !calls) return null;
  const needed = callsNeeded({ meeting, meetings, people, attendance, calls });
  const weeks = NEW_MEMBER_WEEKS;
  return (
    <section class="card" aria-labelledby="calls-heading">
      <h3 id="calls-heading">{t`Calls before the meeting`}</h3>
      <p class="hint">
        {t`A short call to each new member before they come helps them feel expected and ask what they need. This lists anyone who has not been to a meeting yet, or who joined in the last ${plural(weeks, { one: '# week', other: '# weeks' })}. Based on West Berkshire Council’s “How to do co-production”.`}
      </p>
      {needed.length === 0 ? (
        <p class="empty">{t`No new members to call for this meeting.`}</p>
      ) : (
        <ul class="check-list">
          {needed.map((entry) => {
            const { person, call } = entry;
            const name = person.name;
            return (
              <li key={person.id}>
                <label class="choice big-choice">
                  <input
                    type="checkbox"
                    checked={Boolean(call)}
                    onChange={(e) => {
                      const tick = (e.currentTarget as HTMLInputElement).checked;
                      command.run<unknown>(() => (tick ? markCalled(doc, meeting.id, person.id, today()) : unmarkCalled(doc, meeting.id, person.id)));
                    }}
                  />
                  <span>
                    {t`Called ${name}`}
                    <span class="hint-inline"> · {callWords(entry)}</span>
                  </span>
                </label>
              </li>
            );
          })}
        </ul>
      )}
      <CommandError error={command.error} />
    </section>
  );
}
