import type * as Y from 'yjs';
import { editReflection, startReflection, type ReflectionField } from '../../core/commands/meeting-day-during';
import { getRecordMap } from '../../core/doc/project-doc';
import type { Meeting } from '../../core/domain/meeting';
import { actionType, type Action } from '../../core/domain/meeting-day/action';
import { closingReflectionType } from '../../core/domain/meeting-day/closing-reflection';
import { decisionType, type Decision } from '../../core/domain/meeting-day/decision';
import { personType, type Person } from '../../core/domain/person';
import { registerPeople } from '../../core/meetings/expected';
import { registerCounts } from '../../core/meetings/register-counts';
import type { ProjectSession } from '../../core/projects/project-session';
import { useMeetingMarks } from './use-marks';
import { useDocRecordIds, useRecords } from './use-records';
import { YTextArea } from './YTextArea';

const QUESTIONS: { field: ReflectionField; label: string }[] = [
  { field: 'wentWell', label: 'How did today go?' },
  { field: 'couldBeBetter', label: 'What could be better next time?' },
];

/** The last few minutes: what the group says about the meeting, in its own words, and the day in numbers. */
export function ClosingScreen({ session, meeting }: { session: ProjectSession; meeting: Meeting }) {
  const ids = useDocRecordIds(session, closingReflectionType, (r) => r.get('meetingId') === meeting.id, [meeting.id]);
  const blocks: (string | undefined)[] = ids.length ? ids : [undefined];
  return (
    <div class="closing">
      <DaySummary session={session} meeting={meeting} />
      <section class="card" aria-labelledby="reflection-heading">
        <h3 id="reflection-heading">Closing round</h3>
        <p class="hint">
          Take five or ten minutes at the end for people to say how the meeting went for them. Write down the group’s words, not who said what: no names here.
          Based on West Berkshire Council’s “How to do co-production”.
        </p>
        {blocks.map((id, i) => (
          <div key={i === 0 ? 'first' : id} class="reflection-block">
            {i > 0 && <p class="hint">Also written on another device before the two had shared changes:</p>}
            {QUESTIONS.map((q) => {
              const text = id ? (getRecordMap(session.doc, closingReflectionType, id)?.get(q.field) as Y.Text | undefined) : undefined;
              return (
                <YTextArea
                  key={q.field}
                  id={`reflection-${i}-${q.field}`}
                  label={q.label}
                  text={text}
                  rows={4}
                  write={(value) => (id ? editReflection(session.doc, id, q.field, value) : startReflection(session.doc, meeting.id, q.field, value))}
                />
              );
            })}
          </div>
        ))}
      </section>
    </div>
  );
}

function DaySummary({ session, meeting }: { session: ProjectSession; meeting: Meeting }) {
  const people = useRecords<Person>(session, personType);
  const marks = useMeetingMarks(session.doc, meeting.id);
  const decisions = (useRecords<Decision>(session, decisionType, meeting.id) ?? []).filter((d) => !d.archived);
  const actions = (useRecords<Action>(session, actionType, meeting.id) ?? []).filter((a) => !a.archived);
  const counts = registerCounts(registerPeople(people ?? [], marks), marks);
  return (
    <section class="card" aria-labelledby="summary-heading">
      <h3 id="summary-heading">Today in numbers</h3>
      <dl class="facts day-facts">
        <dt>Present</dt>
        <dd data-testid="summary-present">
          {counts.byMark.present}
          {counts.guestsPresent ? ` (including ${counts.guestsPresent} walk-in${counts.guestsPresent === 1 ? '' : 's'})` : ''}
        </dd>
        <dt>Apologies</dt>
        <dd data-testid="summary-apologies">{counts.byMark.apologies}</dd>
        <dt>Absent</dt>
        <dd data-testid="summary-absent">{counts.byMark.absent}</dd>
        <dt>Decisions</dt>
        <dd data-testid="summary-decisions">{decisions.length}</dd>
        <dt>Actions</dt>
        <dd data-testid="summary-actions">{actions.length}</dd>
      </dl>
    </section>
  );
}
