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
import { SelectField } from '../../ui/form/SelectField';
import { useCommand } from '../../ui/form/use-command';
import { TextField } from '../../ui/TextField';
import { meetingChoices } from './meeting-choices';

/** Starts a document from its template, drafted at a meeting or on a day. */
export function StartDocument({ kind, meetings }: { kind: DocumentKind; meetings: Meeting[] }) {
  const { doc } = useSession();
  const template = DOCUMENT_TEMPLATES[kind];
  const [meetingId, setMeetingId] = useState('');
  const [date, setDate] = useState(today());
  const command = useCommand();
  const byId = new Map(meetings.map((m) => [m.id, m]));
  return (
    <section class="card" aria-labelledby="start-doc">
      <h3 id="start-doc">{t`Start from the template`}</h3>
      <p>{t`The template has these sections. You can change, add, move or remove any of them.`}</p>
      <ul class="plan-template-sections">
        {template.sections.map((s) => (
          <li key={s.key}>{s.heading}</li>
        ))}
      </ul>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          command.run(() => createDocumentFromTemplate(doc, kind, { date, ...(meetingId ? { meetingId } : {}) }));
        }}
      >
        <div class="plan-field-row">
          <SelectField
            label={t`Drafted at meeting`}
            emptyLabel={t`Not at a meeting`}
            value={meetingId}
            options={meetingChoices(meetings, { order: 'newest', upTo: today() })}
            onChange={(v) => {
              setMeetingId(v);
              const m = byId.get(v);
              if (m) setDate(m.date);
            }}
          />
          <TextField label={t`Date drafted`} type="date" value={date} onInput={setDate} required />
        </div>
        <CommandError error={command.error} />
        <Button type="submit" variant="primary">
          {kind === 'terms' ? t`Start the terms of reference` : t`Start the ground rules`}
        </Button>
      </form>
    </section>
  );
}
