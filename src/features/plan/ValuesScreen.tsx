import { t } from '@lingui/core/macro';
import { useEffect, useState } from 'preact/hooks';
import { keepDefinition, recordAgreement, startDefinition } from '../../core/commands/plan-statement';
import { meetingType, type Meeting } from '../../core/domain/meeting';
import { groupValueType } from '../../core/domain/plan/group-value';
import { statementType, type Statement } from '../../core/domain/plan/statement';
import { formatDay } from '../../core/format/dates';
import { byOrder } from '../../core/plan/ordering';
import { DEFINITION_SUGGESTIONS } from '../../core/plan/suggestions';
import { useSession } from '../../state/project-context';
import { useRecords } from '../../state/records';
import { useSharedText } from '../../state/shared-text';
import { Button } from '../../ui/Button';
import { CommandError } from '../../ui/form/CommandError';
import { Form } from '../../ui/form/Form';
import { SharedTextField } from '../../ui/form/SharedTextField';
import { useCommand } from '../../ui/form/use-command';
import { MeetingDayFields } from './MeetingDayFields';
import { PlanLoading, PlanPart } from './PlanPart';
import { ValuesList } from './ValuesList';

const DEFINITION_MAX = 5_000;

export function ValuesScreen() {
  const statements = useRecords(statementType);
  const values = useRecords(groupValueType);
  const meetings = useRecords(meetingType);
  if (!statements || !values || !meetings) return <PlanLoading />;
  const ordered = [...statements].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const statement = ordered[0];
  return (
    <PlanPart
      title={t`Our definition and values`}
      intro={t`Agree together what co-production means for your group, and the values you will work by. Write them in your own words.`}
    >
      <section class="card" aria-labelledby="definition-heading">
        <h3 id="definition-heading">{t`Our definition of co-production`}</h3>
        {statement ? <DefinitionEditor key={statement.id} statement={statement} others={ordered.slice(1)} meetings={meetings} /> : <StartDefinition />}
        <p class="plan-credit">
          {t`Suggestions drawn from the SCIE guide “Co-production in social care” and the Time to Shine co-production toolkit. Use one as a start, or write your own.`}
        </p>
      </section>
      <ValuesList values={byOrder(values)} statement={statement} />
    </PlanPart>
  );
}

function StartDefinition() {
  const { doc } = useSession();
  const command = useCommand();
  return (
    <div>
      <p>{t`Start from one of these, then change it until it sounds like you. Or start with a blank page.`}</p>
      <ul class="plan-suggestions">
        {DEFINITION_SUGGESTIONS.map((s) => {
          const text = s.text;
          const start = text.slice(0, 40);
          return (
            <li key={s.key} class="plan-suggestion">
              <p>{text}</p>
              <Button onClick={() => command.run(() => startDefinition(doc, text))} aria-label={t`Start from this: ${start}…`}>
                {t`Start from this`}
              </Button>
            </li>
          );
        })}
      </ul>
      <Button variant="primary" onClick={() => command.run(() => startDefinition(doc, ''))}>
        {t`Write our own`}
      </Button>
      <CommandError error={command.error} />
    </div>
  );
}

function DefinitionEditor({ statement, others, meetings }: { statement: Statement; others: Statement[]; meetings: Meeting[] }) {
  const { doc } = useSession();
  const [agreedOn, setAgreedOn] = useState(statement.definitionAgreedOn ?? '');
  const [meetingId, setMeetingId] = useState(statement.agreedMeetingId ?? '');
  const command = useCommand();
  const [saved, setSaved] = useState(false);
  const definition = useSharedText(statementType, statement.id, 'definition');
  useEffect(() => setAgreedOn(statement.definitionAgreedOn ?? ''), [statement.definitionAgreedOn]);
  useEffect(() => setMeetingId(statement.agreedMeetingId ?? ''), [statement.agreedMeetingId]);
  const agreedDay = statement.definitionAgreedOn ? formatDay(statement.definitionAgreedOn, 'weekday') : undefined;
  const agreedAt = statement.agreedMeetingId ? meetings.find((m) => m.id === statement.agreedMeetingId)?.title : undefined;
  return (
    <div>
      {others.length > 0 && (
        <div class="notice plan-copies" role="status">
          <p>{t`Another device also started a definition while offline. Both are kept until you choose one.`}</p>
          {[statement, ...others].map((s) => (
            <div key={s.id} class="plan-copy">
              <p>“{s.definition || t`(empty)`}”</p>
              <Button onClick={() => command.run(() => keepDefinition(doc, s.id))}>{t`Keep this one`}</Button>
            </div>
          ))}
        </div>
      )}
      <SharedTextField text={definition} label={t`What co-production means to us`} maxLength={DEFINITION_MAX} />
      <Form
        class="plan-agreed"
        onSubmit={() => {
          const result = command.run(() =>
            recordAgreement(doc, statement.id, { definitionAgreedOn: agreedOn, valuesAgreedOn: statement.valuesAgreedOn ?? '', agreedMeetingId: meetingId }),
          );
          setSaved(result.ok);
        }}
      >
        <MeetingDayFields
          meetings={meetings}
          meetingLabel={t`Agreed at meeting`}
          meetingId={meetingId}
          onMeeting={(id) => (setMeetingId(id), setSaved(false))}
          order="oldest"
          dayLabel={t`Date agreed`}
          day={agreedOn}
          onDay={(day) => (setAgreedOn(day), setSaved(false))}
          dayHint={t`Leave empty if it is not agreed yet.`}
        />
        <div class="row">
          <Button type="submit">{t`Save agreement date`}</Button>
          {saved && (
            <span role="status" class="plan-saved">
              {t({ message: 'Saved', comment: 'Shown after a form was saved' })}
            </span>
          )}
        </div>
        <CommandError error={command.error} />
      </Form>
      {agreedDay && <p class="plan-agreed-line">{agreedAt ? t`Agreed ${agreedDay} at ${agreedAt}.` : t`Agreed ${agreedDay}.`}</p>}
    </div>
  );
}
