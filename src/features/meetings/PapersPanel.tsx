import { plural, t } from '@lingui/core/macro';
import { useState } from 'preact/hooks';
import { addPaper, markPaperSent, removePaper, unmarkPaperSent } from '../../core/commands/meeting-day-before';
import type { Attendance } from '../../core/domain/attendance';
import type { Meeting } from '../../core/domain/meeting';
import { paperSendType, paperType, type Paper } from '../../core/domain/meeting-day/paper';
import { FORMAT_LABELS, type PaperFormat, type Person } from '../../core/domain/person';
import { today as todayOf } from '../../core/format/calendar';
import { formatDay, formatDayFrom } from '../../core/format/dates';
import { clockNow, papersWindowOpen, paperStatus } from '../../core/meetings/papers';
import { fail } from '../../core/result';
import { useSession } from '../../state/project-context';
import { useRecords } from '../../state/records';
import { Button } from '../../ui/Button';
import { CommandError } from '../../ui/form/CommandError';
import { useCommand } from '../../ui/form/use-command';
import { TextField } from '../../ui/TextField';
import { FormatNeeds } from './FormatNeeds';

/** The format a person's papers go in: the first one they asked for, or email. */
function preferredFormat(person: Person): PaperFormat {
  return person.inclusion?.formats?.[0] ?? 'email';
}

/** "This meeting is in 5 days and 3 people have not had every paper." */
function dueWords(today: string, meetingDate: string, papers: number, waiting: number): string {
  const when = formatDayFrom(meetingDate, today);
  if (papers === 0) return t({ message: `This meeting is ${when} and has no papers yet.`, comment: '{when} is "today", "tomorrow" or "in 5 days"' });
  return t({
    message: `This meeting is ${when} and ${plural(waiting, { one: '# person has', other: '# people have' })} not had every paper.`,
    comment: '{when} is "today", "tomorrow" or "in 5 days"',
  });
}

export function PapersPanel({ meeting, people, attendance }: { meeting: Meeting; people: Person[]; attendance: Attendance[] }) {
  const { doc } = useSession();
  const papers = useRecords(paperType, { meetingId: meeting.id }) ?? [];
  const sends = useRecords(paperSendType, { meetingId: meeting.id }) ?? [];
  const [sentOn, setSentOn] = useState(todayOf());
  const command = useCommand();
  const status = paperStatus(meeting, papers, sends, people, attendance);
  const today = todayOf();
  const sent = new Map(sends.map((s) => [`${s.paperId}:${s.personId}`, s]));

  function sendToWaiting(paper: Paper) {
    const waiting = status.recipients.filter((p) => !sent.has(`${paper.id}:${p.id}`));
    command.run(() => {
      const result = markPaperSent(
        doc,
        paper.id,
        waiting.map((p) => ({ personId: p.id, format: preferredFormat(p) })),
        sentOn,
      );
      if (!result.ok || result.value.skipped.length === 0) return result;
      const skipped = result.value.skipped.length;
      return fail(
        plural(skipped, {
          one: '# person was removed on another device, so they were skipped.',
          other: '# people were removed on another device, so they were skipped.',
        }),
      );
    });
  }

  return (
    <section class="card" aria-labelledby="papers-heading">
      <h3 id="papers-heading">{t({ message: 'Papers', comment: 'Heading: documents sent to members before a meeting' })}</h3>
      <p class="hint">
        {t`Send the agenda and papers at least a week before, in the format each person asked for, so everyone has time to read them. Based on West Berkshire Council’s “How to do co-production”.`}
      </p>
      {papersWindowOpen(meeting, today, clockNow()) && (status.papers.length === 0 || status.waiting.length > 0) && (
        <div class="notice" role="note">
          <p>
            <strong>{t`Papers are due.`}</strong> {dueWords(today, meeting.date, status.papers.length, status.waiting.length)}
          </p>
          <FormatNeeds easyRead={status.easyRead} largePrint={status.largePrint} />
        </div>
      )}
      {status.papers.length > 0 && (
        <TextField label={t`Date sent`} type="date" value={sentOn} onInput={setSentOn} required hint={t`Used when you mark papers as sent below.`} />
      )}
      <CommandError error={command.error} />
      <ul class="paper-list">
        {status.papers.map((paper) => {
          const count = status.recipients.filter((p) => sent.has(`${paper.id}:${p.id}`)).length;
          const everyone = status.recipients.length;
          const waiting = everyone - count;
          const title = paper.title;
          return (
            <li key={paper.id} class="paper-item">
              <p class="paper-title">
                <strong>{title}</strong>
                {paper.note && <span class="hint-inline"> · {paper.note}</span>}
              </p>
              <p>{plural(everyone, { one: `Sent to ${count} of # person.`, other: `Sent to ${count} of # people.` })}</p>
              <div class="row">
                {waiting > 0 && (
                  <Button variant="primary" onClick={() => sendToWaiting(paper)}>
                    {plural(waiting, { one: 'Mark sent to the # person waiting', other: 'Mark sent to the # people waiting' })}
                  </Button>
                )}
                <Button variant="quiet" onClick={() => command.run(() => removePaper(doc, paper.id))} aria-label={t`Remove paper “${title}”`}>
                  {t`Remove`}
                </Button>
              </div>
              <details class="paper-people">
                <summary>{t`Who it went to, and in what format`}</summary>
                <ul class="check-list">
                  {status.recipients.map((person) => {
                    const send = sent.get(`${paper.id}:${person.id}`);
                    const format = FORMAT_LABELS[send?.format ?? preferredFormat(person)];
                    const day = send ? formatDay(send.sentOn, 'date') : '';
                    return (
                      <li key={person.id}>
                        <label class="choice big-choice">
                          <input
                            type="checkbox"
                            checked={Boolean(send)}
                            onChange={(e) => {
                              const tick = (e.currentTarget as HTMLInputElement).checked;
                              command.run<unknown>(() =>
                                tick
                                  ? markPaperSent(doc, paper.id, [{ personId: person.id, format: preferredFormat(person) }], sentOn)
                                  : unmarkPaperSent(doc, paper.id, person.id),
                              );
                            }}
                          />
                          <span>
                            {person.name}
                            <span class="hint-inline"> · {send ? t`${format}, sent ${day}` : t`${format}, not sent`}</span>
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
      <AddPaper meetingId={meeting.id} />
    </section>
  );
}

function AddPaper({ meetingId }: { meetingId: string }) {
  const { doc } = useSession();
  const [title, setTitle] = useState('');
  const command = useCommand();
  function add(e: Event) {
    e.preventDefault();
    if (command.run(() => addPaper(doc, meetingId, title)).ok) setTitle('');
  }
  return (
    <form onSubmit={add} noValidate class="subform">
      <TextField
        label={t`Add a paper`}
        value={title}
        onInput={setTitle}
        required
        maxLength={200}
        error={command.error}
        hint={t`For example: Agenda and notes from last time`}
      />
      <Button type="submit">{t`Add paper`}</Button>
    </form>
  );
}
