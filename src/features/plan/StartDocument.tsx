import { t } from '@lingui/core/macro';
import { useState } from 'preact/hooks';
import { createDocumentFromTemplate } from '../../core/commands/plan-documents';
import type { Meeting } from '../../core/domain/meeting';
import type { DocumentKind } from '../../core/domain/plan/plan-document';
import { today } from '../../core/format/calendar';
import { DOCUMENT_TEMPLATES } from '../../core/plan/document-templates';
import { useSession } from '../../state/project-context';
import { Button } from '../../ui/Button';
import { CommandError } from '../../ui/form/CommandError';
import { Form } from '../../ui/form/Form';
import { useCommand } from '../../ui/form/use-command';
import { MeetingDayFields } from './MeetingDayFields';

/** Starts a document from its template, drafted at a meeting or on a day. */
export function StartDocument({ kind, meetings }: { kind: DocumentKind; meetings: Meeting[] }) {
  const { doc } = useSession();
  const template = DOCUMENT_TEMPLATES[kind];
  const [meetingId, setMeetingId] = useState('');
  const [date, setDate] = useState(today());
  const command = useCommand();
  return (
    <section class="card" aria-labelledby="start-doc">
      <h3 id="start-doc">{t`Start from the template`}</h3>
      <p>{t`The template has these sections. You can change, add, move or remove any of them.`}</p>
      <ul class="plan-template-sections">
        {template.sections.map((s) => (
          <li key={s.key}>{s.heading}</li>
        ))}
      </ul>
      <Form
        onSubmit={() => {
          command.run(() => createDocumentFromTemplate(doc, kind, { date, ...(meetingId ? { meetingId } : {}) }));
        }}
      >
        <MeetingDayFields
          meetings={meetings}
          meetingLabel={t`Drafted at meeting`}
          meetingId={meetingId}
          onMeeting={setMeetingId}
          order="newest"
          upTo={today()}
          dayLabel={t`Date drafted`}
          day={date}
          onDay={setDate}
          dayRequired
        />
        <CommandError error={command.error} />
        <Button type="submit" variant="primary">
          {kind === 'terms' ? t`Start the terms of reference` : t`Start the ground rules`}
        </Button>
      </Form>
    </section>
  );
}
