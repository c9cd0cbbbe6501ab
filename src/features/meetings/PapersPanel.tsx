import { useState } from 'preact/hooks';
import { addPaper, markPaperSent, removePaper, unmarkPaperSent } from '../../core/commands/meeting-day-before';
import type { Attendance } from '../../core/domain/attendance';
import type { Meeting } from '../../core/domain/meeting';
import { paperSendType, paperType, type Paper, type PaperSend } from '../../core/domain/meeting-day/paper';
import { FORMAT_LABELS, type PaperFormat, type Person } from '../../core/domain/person';
import { todayIso } from '../../core/ids';
import { daysBetween } from '../../core/meetings/dates';
import { PAPERS_DUE_DAYS, paperStatus } from '../../core/meetings/papers';
import type { ProjectSession } from '../../core/projects/project-session';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/TextField';
import { compactDate, listNames } from './format';
import { useRecords } from './use-records';

/** The format a person's papers go in: the first one they asked for, or email. */
function preferredFormat(person: Person): PaperFormat {
  return person.inclusion?.formats?.[0] ?? 'email';
}

export function PapersPanel({
  session,
  meeting,
  people,
  attendance,
}: {
  session: ProjectSession;
  meeting: Meeting;
  people: Person[];
  attendance: Attendance[];
}) {
  const papers = useRecords<Paper>(session, paperType, meeting.id) ?? [];
  const sends = useRecords<PaperSend>(session, paperSendType, meeting.id) ?? [];
  const [sentOn, setSentOn] = useState(todayIso());
  const [error, setError] = useState<string | null>(null);
  const status = paperStatus(meeting, papers, sends, people, attendance);
  const today = todayIso();
  const daysAway = daysBetween(today, meeting.date);
  const sent = new Map(sends.filter((s) => !s.archived).map((s) => [`${s.paperId}:${s.personId}`, s]));

  function sendToWaiting(paper: Paper) {
    const waiting = status.recipients.filter((p) => !sent.has(`${paper.id}:${p.id}`));
    const result = markPaperSent(
      session.doc,
      paper.id,
      waiting.map((p) => ({ personId: p.id, format: preferredFormat(p) })),
      sentOn,
    );
    setError(
      result.ok
        ? result.value.skipped.length
          ? `${result.value.skipped.length} people were removed on another device, so they were skipped.`
          : null
        : result.message,
    );
  }

  return (
    <section class="card" aria-labelledby="papers-heading">
      <h3 id="papers-heading">Papers</h3>
      <p class="hint">
        Send the agenda and papers at least a week before, in the format each person asked for, so everyone has time to read them. Based on West Berkshire
        Council’s “How to do co-production”.
      </p>
      {!meeting.cancelled && daysAway >= 0 && daysAway <= PAPERS_DUE_DAYS && (status.papers.length === 0 || status.waiting.length > 0) && (
        <div class="notice" role="note">
          <p>
            <strong>Papers are due.</strong> This meeting is {daysAway === 0 ? 'today' : daysAway === 1 ? 'tomorrow' : `in ${daysAway} days`}
            {status.papers.length === 0
              ? ' and has no papers yet.'
              : ` and ${status.waiting.length === 1 ? '1 person has' : `${status.waiting.length} people have`} not had every paper.`}
          </p>
          {status.easyRead.length > 0 && <p>Easy read for: {listNames(status.easyRead.map((p) => p.name))}.</p>}
          {status.largePrint.length > 0 && <p>Large print for: {listNames(status.largePrint.map((p) => p.name))}.</p>}
        </div>
      )}
      {papers.filter((p) => !p.archived).length > 0 && (
        <TextField label="Date sent" type="date" value={sentOn} onInput={setSentOn} required hint="Used when you mark papers as sent below." />
      )}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <ul class="paper-list">
        {status.papers.map((paper) => {
          const count = status.recipients.filter((p) => sent.has(`${paper.id}:${p.id}`)).length;
          const waiting = status.recipients.length - count;
          return (
            <li key={paper.id} class="paper-item">
              <p class="paper-title">
                <strong>{paper.title}</strong>
                {paper.note && <span class="hint-inline"> · {paper.note}</span>}
              </p>
              <p>
                Sent to {count} of {status.recipients.length} {status.recipients.length === 1 ? 'person' : 'people'}.
              </p>
              <div class="row">
                {waiting > 0 && (
                  <Button variant="primary" onClick={() => sendToWaiting(paper)}>
                    Mark sent to the {waiting === 1 ? '1 person' : `${waiting} people`} waiting
                  </Button>
                )}
                <Button variant="quiet" onClick={() => removePaper(session.doc, paper.id)} aria-label={`Remove paper “${paper.title}”`}>
                  Remove
                </Button>
              </div>
              <details class="paper-people">
                <summary>Who it went to, and in what format</summary>
                <ul class="check-list">
                  {status.recipients.map((person) => {
                    const send = sent.get(`${paper.id}:${person.id}`);
                    return (
                      <li key={person.id}>
                        <label class="choice big-choice">
                          <input
                            type="checkbox"
                            checked={Boolean(send)}
                            onChange={(e) => {
                              const result = (e.currentTarget as HTMLInputElement).checked
                                ? markPaperSent(session.doc, paper.id, [{ personId: person.id, format: preferredFormat(person) }], sentOn)
                                : unmarkPaperSent(session.doc, paper.id, person.id);
                              setError(result.ok ? null : result.message);
                            }}
                          />
                          <span>
                            {person.name}
                            <span class="hint-inline">
                              {' '}
                              · {FORMAT_LABELS[send?.format ?? preferredFormat(person)]}
                              {send ? `, sent ${compactDate(send.sentOn)}` : ', not sent'}
                            </span>
                          </span>
                        </label>
                      </li>
                    );
                  })}
                </ul>
              </details>
            </li>
          );
        })}
      </ul>
      <AddPaper session={session} meetingId={meeting.id} />
    </section>
  );
}

function AddPaper({ session, meetingId }: { session: ProjectSession; meetingId: string }) {
  const [title, setTitle] = useState('');
  const [error, setError] = useState<string | null>(null);
  function add(e: Event) {
    e.preventDefault();
    const result = addPaper(session.doc, meetingId, title);
    if (!result.ok) return setError(result.message);
    setTitle('');
    setError(null);
  }
  return (
    <form onSubmit={add} noValidate class="subform">
      <TextField
        label="Add a paper"
        value={title}
        onInput={setTitle}
        required
        maxLength={200}
        error={error}
        hint="For example: Agenda and notes from last time"
      />
      <Button type="submit">Add paper</Button>
    </form>
  );
}
