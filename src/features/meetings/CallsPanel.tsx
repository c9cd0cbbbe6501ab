import { markCalled, unmarkCalled } from '../../core/commands/meeting-day-before';
import { attendanceType, type Attendance } from '../../core/domain/attendance';
import { meetingType, type Meeting } from '../../core/domain/meeting';
import { memberCallType, type MemberCall } from '../../core/domain/meeting-day/member-call';
import type { Person } from '../../core/domain/person';
import { todayIso } from '../../core/ids';
import { callsNeeded, NEW_MEMBER_WEEKS } from '../../core/meetings/calls';
import type { ProjectSession } from '../../core/projects/project-session';
import { compactDate } from './format';
import { useRecords } from './use-records';

/** New members to phone before the meeting, so they know what to expect. */
export function CallsPanel({ session, meeting, people }: { session: ProjectSession; meeting: Meeting; people: Person[] }) {
  const meetings = useRecords<Meeting>(session, meetingType);
  const attendance = useRecords<Attendance>(session, attendanceType);
  const calls = useRecords<MemberCall>(session, memberCallType, meeting.id);
  if (!meetings || !attendance || !calls) return null;
  const needed = callsNeeded({ meeting, meetings, people, attendance, calls });
  return (
    <section class="card" aria-labelledby="calls-heading">
      <h3 id="calls-heading">Calls before the meeting</h3>
      <p class="hint">
        A short call to each new member before they come helps them feel expected and ask what they need. This lists anyone who has not been to a meeting yet,
        or who joined in the last {NEW_MEMBER_WEEKS} weeks. Based on West Berkshire Council’s “How to do co-production”.
      </p>
      {needed.length === 0 ? (
        <p class="empty">No new members to call for this meeting.</p>
      ) : (
        <ul class="check-list">
          {needed.map(({ person, reason, call }) => (
            <li key={person.id}>
              <label class="choice big-choice">
                <input
                  type="checkbox"
                  checked={Boolean(call)}
                  onChange={(e) =>
                    (e.currentTarget as HTMLInputElement).checked
                      ? markCalled(session.doc, meeting.id, person.id, todayIso())
                      : unmarkCalled(session.doc, meeting.id, person.id)
                  }
                />
                <span>
                  Called {person.name}
                  <span class="hint-inline">
                    {' '}
                    · {reason === 'first-meeting' ? 'first meeting' : 'joined recently'}
                    {call ? ` · called ${compactDate(call.calledOn)}` : ''}
                  </span>
                </span>
              </label>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
