import { t } from '@lingui/core/macro';
import { useEffect, useState } from 'preact/hooks';
import { attendanceType } from '../../core/domain/attendance';
import type { Meeting } from '../../core/domain/meeting';
import { actionType } from '../../core/domain/meeting-day/action';
import { agendaItemType } from '../../core/domain/meeting-day/agenda-item';
import { closingReflectionType } from '../../core/domain/meeting-day/closing-reflection';
import { decisionType } from '../../core/domain/meeting-day/decision';
import { meetingNotesType } from '../../core/domain/meeting-day/meeting-notes';
import { venueType } from '../../core/domain/meeting-day/venue';
import { personType } from '../../core/domain/person';
import {
  AGENDA_LAYOUTS,
  lettersBodyHtml,
  agendaBodyHtml,
  MEETING_PRINT_CSS,
  meetingDocumentHtml,
  meetingFileName,
  notesBodyHtml,
  type AgendaLayout,
} from '../../core/meetings/meeting-print';
import { meetingRecord } from '../../core/meetings/meeting-record';
import { paperStatus } from '../../core/meetings/papers';
import { sendingPlan, sendingWords } from '../../core/meetings/send-papers';
import { paperType } from '../../core/domain/meeting-day/paper';
import { useProjectId } from '../../state/project-context';
import { useRecord, useRecords } from '../../state/records';
import { href } from '../../state/router';
import { Button } from '../../ui/Button';
import { RadioGroup } from '../../ui/form/ChoiceGroup';
import { downloadFile, makeFile } from '../../ui/save-file';

export type PrintWhat = 'agenda' | 'notes' | 'letters' | 'reminders';

const LAYOUT_WORDS = (): Record<AgendaLayout, string> => ({
  standard: t({ message: 'Standard', comment: 'A layout for a printed agenda' }),
  'large-print': t({ message: 'Large print', comment: 'A layout for a printed agenda' }),
  'easy-read': t({ message: 'Easy read', comment: 'A layout for a printed agenda: short sentences with room for a picture' }),
});

/**
 * A meeting's agenda or notes as a page to print (A4, or saved as PDF from the print dialog)
 * and as one HTML file to attach to an email. Nothing leaves the device unless the
 * facilitator sends the file on.
 */
export function MeetingPrintScreen({ meeting, what }: { meeting: Meeting; what: PrintWhat }) {
  const projectId = useProjectId();
  const [layout, setLayout] = useState<AgendaLayout>('standard');
  const people = useRecords(personType, undefined, { withArchived: true });
  const agenda = useRecords(agendaItemType, { meetingId: meeting.id });
  const attendance = useRecords(attendanceType, { meetingId: meeting.id });
  const notes = useRecords(meetingNotesType, { meetingId: meeting.id });
  const decisions = useRecords(decisionType, { meetingId: meeting.id });
  const actions = useRecords(actionType, { meetingId: meeting.id });
  const reflections = useRecords(closingReflectionType, { meetingId: meeting.id });
  const papers = useRecords(paperType, { meetingId: meeting.id });
  const venue = useRecord(venueType, meeting.venueId ?? '', { withArchived: true });
  usePrintStyles();
  if (!people || !agenda || !attendance || !notes || !decisions || !actions || !reflections || !papers)
    return <p role="status">{t`Getting the meeting ready to print…`}</p>;
  const where = venue ? [venue.name, venue.address].filter(Boolean).join(', ') : meeting.place;
  const record = meetingRecord({ meeting, where, people, agenda, attendance, notes, decisions, actions, reflections });
  const title = meeting.title;
  let body: string;
  let fileTitle: string;
  if (what === 'agenda') {
    body = agendaBodyHtml(record, layout);
    fileTitle = t`Agenda: ${title}`;
  } else if (what === 'notes') {
    body = notesBodyHtml(record);
    fileTitle = t`Notes: ${title}`;
  } else {
    const status = paperStatus(meeting, papers, [], people, attendance);
    const post = sendingPlan(status.recipients).post.map((r) => ({ name: r.person.name, largePrint: r.format === 'large-print' }));
    const kind = what === 'letters' ? 'papers' : 'reminder';
    body = lettersBodyHtml(
      record,
      post,
      sendingWords(
        record,
        status.papers.map((p) => p.title),
        kind,
      ),
    );
    fileTitle = t`Letters: ${title}`;
  }
  const back = href('p', projectId, 'meetings', 'm', meeting.id, what === 'notes' ? 'closing' : 'before');
  return (
    <div class="meeting-print">
      <div class="meeting-print-toolbar print-hide">
        <a class="back-link" href={back}>
          <span aria-hidden="true">←</span> {t`Back to the meeting`}
        </a>
        {what === 'agenda' && (
          <RadioGroup
            legend={t`Layout`}
            inline
            options={AGENDA_LAYOUTS.map((l) => ({ value: l, label: LAYOUT_WORDS()[l] }))}
            value={layout}
            onChange={setLayout}
          />
        )}
        <div class="row">
          <Button variant="primary" onClick={() => window.print()}>
            {t`Print or save as PDF`}
          </Button>
          <Button
            onClick={() =>
              downloadFile(makeFile(meetingDocumentHtml(fileTitle, body), meetingFileName(record, what === 'reminders' ? 'letters' : what), 'text/html'))
            }
          >
            {t`Save a copy to attach to an email`}
          </Button>
        </div>
      </div>
      <div class="meeting-print-paper" dangerouslySetInnerHTML={{ __html: body }} />
    </div>
  );
}

/** The printed page's styles, as a constructed stylesheet (the content policy allows it), while the page shows. */
function usePrintStyles() {
  useEffect(() => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(MEETING_PRINT_CSS);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  }, []);
}

/** "Print agenda" or "Print notes": opens the page ready to print or save for email. */
export function PrintLink({ meetingId, what }: { meetingId: string; what: PrintWhat }) {
  const projectId = useProjectId();
  return (
    <p class="print-link">
      <a class="btn btn-secondary" href={href('p', projectId, 'meetings', 'm', meetingId, what === 'agenda' ? 'print-agenda' : 'print-notes')}>
        {what === 'agenda' ? t`Print agenda` : t`Print notes`}
      </a>
    </p>
  );
}
