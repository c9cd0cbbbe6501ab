import { plural, t } from '@lingui/core/macro';
import { useMemo } from 'preact/hooks';
import { startReflection, type ReflectionField } from '../../core/commands/meeting-day-during';
import type { Meeting } from '../../core/domain/meeting';
import { actionType } from '../../core/domain/meeting-day/action';
import { closingReflectionType, REFLECTION_MAX } from '../../core/domain/meeting-day/closing-reflection';
import { decisionType } from '../../core/domain/meeting-day/decision';
import { personType } from '../../core/domain/person';
import { registerPeople } from '../../core/meetings/expected';
import { registerCounts } from '../../core/meetings/register-counts';
import { useDocRecords } from '../../state/doc-records';
import { useSession } from '../../state/project-context';
import { PrintLink } from './MeetingPrintScreen';
import { useRecords } from '../../state/records';
import { useMeetingMarks } from '../../state/use-meeting-marks';
import { SharedTextField } from '../../ui/form/SharedTextField';
import { markLabel } from './mark-words';
import { recordText } from './started-text';

const FIELDS: readonly ReflectionField[] = ['wentWell', 'couldBeBetter'];

function question(field: ReflectionField): string {
  return field === 'wentWell' ? t`How did today go?` : t`What could be better next time?`;
}

/** The last few minutes: what the group says about the meeting, in its own words, and the day in numbers. */
export function ClosingScreen({ meeting }: { meeting: Meeting }) {
  const reflections = useDocRecords(closingReflectionType, (r) => r.meetingId === meeting.id);
  const ids = [...reflections].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id)).map((r) => r.id);
  const blocks: (string | undefined)[] = ids.length ? ids : [undefined];
  return (
    <div class="closing">
      <PrintLink meetingId={meeting.id} what="notes" />
      <DaySummary meeting={meeting} />
      <section class="card" aria-labelledby="reflection-heading">
        <h3 id="reflection-heading">{t`Closing round`}</h3>
        <p class="hint">
          {t`Take five or ten minutes at the end for people to say how the meeting went for them. Write down the group’s words, not who said what: no names here. Based on West Berkshire Council’s “How to do co-production”.`}
        </p>
        {blocks.map((id, i) => (
          <div key={i === 0 ? 'first' : id} class="reflection-block">
            {i > 0 && <p class="hint">{t`Also written on another device before the two had shared changes:`}</p>}
            {FIELDS.map((field) => (
              <ReflectionText key={field} meetingId={meeting.id} id={id} field={field} />
            ))}
          </div>
        ))}
      </section>
    </div>
  );
}

/** One question of the closing round; the first words typed make the record. */
function ReflectionText({ meetingId, id, field }: { meetingId: string; id: string | undefined; field: ReflectionField }) {
  const session = useSession();
  const text = useMemo(
    () => recordText(session, closingReflectionType, id, field, (typed) => startReflection(session.doc, meetingId, field, typed)),
    [session, id, meetingId, field],
  );
  return <SharedTextField text={text} label={question(field)} maxLength={REFLECTION_MAX} rows={4} />;
}

function DaySummary({ meeting }: { meeting: Meeting }) {
  const people = useRecords(personType, undefined, { withArchived: true });
  const marks = useMeetingMarks(meeting.id);
  const decisions = useRecords(decisionType, { meetingId: meeting.id }) ?? [];
  const actions = useRecords(actionType, { meetingId: meeting.id }) ?? [];
  const counts = registerCounts(registerPeople(people ?? [], marks), marks);
  const present = counts.byMark.present;
  const walkIns = counts.guestsPresent;
  return (
    <section class="card" aria-labelledby="summary-heading">
      <h3 id="summary-heading">{t`Today in numbers`}</h3>
      <dl class="facts day-facts">
        <dt>{markLabel('present')}</dt>
        <dd data-testid="summary-present">
          {walkIns ? plural(walkIns, { one: `${present} (including # walk-in)`, other: `${present} (including # walk-ins)` }) : present}
        </dd>
        <dt>{markLabel('apologies')}</dt>
        <dd data-testid="summary-apologies">{counts.byMark.apologies}</dd>
        <dt>{markLabel('absent')}</dt>
        <dd data-testid="summary-absent">{counts.byMark.absent}</dd>
        <dt>{t`Decisions`}</dt>
        <dd data-testid="summary-decisions">{decisions.length}</dd>
        <dt>{t`Actions`}</dt>
        <dd data-testid="summary-actions">{actions.length}</dd>
      </dl>
    </section>
  );
}
