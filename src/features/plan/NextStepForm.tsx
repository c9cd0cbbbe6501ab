import { select, t } from '@lingui/core/macro';
import { useState } from 'preact/hooks';
import { recordDocumentStep } from '../../core/commands/plan-documents';
import { attendanceType } from '../../core/domain/attendance';
import type { Meeting } from '../../core/domain/meeting';
import type { Person } from '../../core/domain/person';
import type { DocumentStatus } from '../../core/domain/plan/document-version';
import { documentSectionType } from '../../core/domain/plan/document-section';
import type { PlanDocument } from '../../core/domain/plan/plan-document';
import { formatList } from '../../core/format/intl';
import { hasOwnWords } from '../../core/plan/document-templates';
import { today } from '../../core/format/calendar';
import { formatDay } from '../../core/format/dates';
import { NEXT_STEPS } from '../../core/plan/document-status';
import { useSession } from '../../state/project-context';
import { useRecords } from '../../state/records';
import { Button } from '../../ui/Button';
import { Checkbox, RadioGroup, toggle } from '../../ui/form/ChoiceGroup';
import { CommandError } from '../../ui/form/CommandError';
import { Form } from '../../ui/form/Form';
import { personOptions } from '../../ui/form/pickers';
import { useCommand } from '../../ui/form/use-command';
import { TextField } from '../../ui/TextField';
import { stepWords } from './document-words';
import { MeetingDayFields } from './MeetingDayFields';

/** Who the register marked present at a meeting (none when no meeting is chosen); undefined while reading. */
function usePresentAt(meetingId: string): string[] | undefined {
  // An empty list of meetings reads nothing, rather than every mark in the project.
  const marks = useRecords(attendanceType, { meetingId: meetingId || [] });
  return marks?.filter((m) => m.mark === 'present').map((m) => m.personId);
}

/**
 * A choice that starts from a suggestion and follows it until the person changes it: the step
 * follows the document's status, and who was there follows the register of the chosen meeting.
 */
function useSuggested<T>(suggestion: T, basis: string): [T, (value: T) => void] {
  const [chosen, setChosen] = useState<{ basis: string; value: T } | null>(null);
  return [chosen && chosen.basis === basis ? chosen.value : suggestion, (value) => setChosen({ basis, value })];
}

/** Records the next step in a document's life: what happened, when, at which meeting, and who agreed. */
export function NextStepForm(props: {
  document: PlanDocument;
  status: DocumentStatus;
  meetings: Meeting[];
  people: Person[];
  onRecorded: (message: string) => void;
}) {
  const { document, status, meetings, people } = props;
  const { doc } = useSession();
  const steps = NEXT_STEPS[status];
  const [step, setStep] = useSuggested<DocumentStatus>(steps[0]!, status);
  const [meetingId, setMeetingId] = useState('');
  const [date, setDate] = useState(today());
  const [presentNote, setPresentNote] = useState('');
  const [note, setNote] = useState('');
  const command = useCommand();
  const choices = personOptions(people);
  const attended = usePresentAt(meetingId);
  const fromRegister = (attended ?? []).filter((id) => choices.some((c) => c.value === id));
  const [present, setPresent] = useSuggested(fromRegister, `${meetingId}|${fromRegister.join(',')}`);
  const sections = useRecords(documentSectionType, { documentId: document.id });
  const unwritten = (sections ?? []).filter((s) => !hasOwnWords(s.body, document.template)).map((s) => `“${s.heading}”`);
  const unwrittenList = formatList(unwritten);
  const [agreeUnwritten, setAgreeUnwritten] = useState(false);
  return (
    <Form
      class="plan-next-step"
      onSubmit={() => {
        const result = command.run(() =>
          recordDocumentStep(doc, {
            documentId: document.id,
            status: step,
            date,
            ...(meetingId ? { meetingId } : {}),
            ...(step === 'agreed' ? { presentIds: present, presentNote } : {}),
            ...(note.trim() ? { note } : {}),
            ...(step === 'agreed' && agreeUnwritten ? { agreeUnwritten } : {}),
          }),
        );
        if (result.ok) {
          const recorded = result.value.status;
          const day = formatDay(result.value.date, 'weekday');
          const number = result.value.number;
          props.onRecorded(t`Recorded: ${select(recorded, { agreed: 'agreed', discussed: 'discussed', other: 'draft' })} on ${day} (version ${number}).`);
          setNote('');
          setPresentNote('');
          setMeetingId('');
          setAgreeUnwritten(false);
        }
      }}
    >
      <h4>{t`Record the next step`}</h4>
      <RadioGroup legend={t`What happened?`} value={step} options={steps.map((s) => ({ value: s, label: stepWords(s) }))} onChange={setStep} />
      <MeetingDayFields
        meetings={meetings}
        meetingLabel={t`At which meeting?`}
        meetingId={meetingId}
        onMeeting={setMeetingId}
        order="newest"
        upTo={today()}
        dayLabel={t({ message: 'Date', comment: 'The day a step in a document’s life happened' })}
        day={date}
        onDay={setDate}
        dayRequired
      />
      {step === 'agreed' && unwritten.length > 0 && (
        <div class="notice" data-testid="unwritten-warning">
          <p>{t`These sections hold no words of the group’s own yet, only a prompt or nothing: ${unwrittenList}. The pack leaves them out of the agreed terms.`}</p>
          <Checkbox label={t`The group agrees the document without them`} checked={agreeUnwritten} onChange={setAgreeUnwritten} />
        </div>
      )}
      {step === 'agreed' && (
        <fieldset class="plan-present">
          <legend>{t`Who was there when it was agreed?`}</legend>
          {choices.length ? (
            <>
              <p class="hint">{attended?.length ? t`Ticked from the register for that meeting. Change it if needed.` : t`Tick everyone who was there.`}</p>
              <div class="plan-people">
                {choices.map((p) => (
                  <Checkbox key={p.value} label={p.label} checked={present.includes(p.value)} onChange={(on) => setPresent(toggle(present, p.value, on))} />
                ))}
              </div>
            </>
          ) : (
            <p class="hint">{t`No members are listed in Team yet, so write who was there below.`}</p>
          )}
          <TextField
            label={t`Anyone else, or how many were there`}
            value={presentNote}
            onInput={setPresentNote}
            maxLength={300}
            hint={t`For example: “9 members and a guest from the carers’ centre”.`}
          />
        </fieldset>
      )}
      <TextField
        label={t({ message: 'Note', comment: 'A short note on a step in a document’s life' })}
        value={note}
        onInput={setNote}
        maxLength={500}
        hint={t`For example what the group asked to change.`}
      />
      <CommandError error={command.error} />
      <Button type="submit" variant="primary">
        {t`Record this step`}
      </Button>
    </Form>
  );
}
