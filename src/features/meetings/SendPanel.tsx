import { plural, t } from '@lingui/core/macro';
import { useState } from 'preact/hooks';
import { markPaperSent } from '../../core/commands/meeting-day-before';
import type { Attendance } from '../../core/domain/attendance';
import type { Meeting } from '../../core/domain/meeting';
import { agendaItemType } from '../../core/domain/meeting-day/agenda-item';
import { paperType } from '../../core/domain/meeting-day/paper';
import { venueType } from '../../core/domain/meeting-day/venue';
import { FORMAT_LABELS, type PaperFormat, type Person } from '../../core/domain/person';
import { today } from '../../core/format/calendar';
import { formatList } from '../../core/format/intl';
import { meetingRecord } from '../../core/meetings/meeting-record';
import { paperStatus } from '../../core/meetings/papers';
import { callBeforeList, mailtoUrl, sendingPlan, sendingWords, smsUrl, type Recipient } from '../../core/meetings/send-papers';
import { fail, ok, type Result } from '../../core/result';
import { useProjectId, useSession } from '../../state/project-context';
import { useRecord, useRecords } from '../../state/records';
import { href } from '../../state/router';
import { Button } from '../../ui/Button';
import { RadioGroup } from '../../ui/form/ChoiceGroup';
import { CommandError } from '../../ui/form/CommandError';
import { useCommand } from '../../ui/form/use-command';

type Kind = 'papers' | 'reminder';
const CHANNEL_FORMAT = { email: 'email', text: 'text', post: 'post', call: 'phone' } as const;

/**
 * "Send papers and reminders": the people expected, sorted by how each asked to hear. Each
 * button opens the device's own mail or messages app with everything filled in, or a page to
 * print; nothing is sent by the app or its server. Papers count as sent once the facilitator
 * says the message went.
 */
export function SendPanel({ meeting, people, attendance }: { meeting: Meeting; people: Person[]; attendance: Attendance[] }) {
  const { doc } = useSession();
  const projectId = useProjectId();
  const [kind, setKind] = useState<Kind>('papers');
  const [said, setSaid] = useState('');
  const papers = useRecords(paperType, { meetingId: meeting.id }) ?? [];
  const agenda = useRecords(agendaItemType, { meetingId: meeting.id }) ?? [];
  const venue = useRecord(venueType, meeting.venueId ?? '', { withArchived: true });
  const command = useCommand();
  const status = paperStatus(meeting, papers, [], people, attendance);
  const plan = sendingPlan(status.recipients);
  const where = venue ? [venue.name, venue.address].filter(Boolean).join(', ') : meeting.place;
  const record = meetingRecord({ meeting, where, people, agenda, attendance: [], notes: [], decisions: [], actions: [], reflections: [] });
  const words = sendingWords(
    record,
    status.papers.map((p) => p.title),
    kind,
  );
  const canMark = kind === 'papers' && status.papers.length > 0;

  function markSent(recipients: readonly Recipient[]) {
    setSaid('');
    const result = command.run(() => {
      let sent = 0;
      for (const paper of status.papers) {
        const marked: Result<unknown> = markPaperSent(
          doc,
          paper.id,
          recipients.map((r) => ({ personId: r.person.id, format: (r.format ?? CHANNEL_FORMAT[r.channel]) as PaperFormat })),
          today(),
        );
        if (!marked.ok) return fail(marked.message);
        sent++;
      }
      return ok(sent);
    });
    if (result.ok) setSaid(plural(recipients.length, { one: 'Marked as sent to # person.', other: 'Marked as sent to # people.' }));
  }

  const names = (list: readonly Recipient[]) => formatList(list.map((r) => r.person.name));
  const markButton = (recipients: readonly Recipient[], who: string) =>
    canMark ? (
      <Button onClick={() => markSent(recipients)} aria-label={t`It went: mark the papers as sent to ${who}`}>
        {t`It went: mark as sent`}
      </Button>
    ) : null;

  return (
    <section class="card send-papers" aria-labelledby="send-heading">
      <h3 id="send-heading">{t`Send papers and reminders`}</h3>
      <p class="hint">{t`Each button opens this device’s own email or messages app, or a page to print. Nothing is sent by Common Ground. When a message has gone, mark it as sent.`}</p>
      <RadioGroup
        legend={t`What to send`}
        inline
        options={[
          { value: 'papers', label: t`The papers (a week before)` },
          { value: 'reminder', label: t`A reminder (the day before)` },
        ]}
        value={kind}
        onChange={setKind}
      />
      {kind === 'papers' && status.papers.length === 0 && (
        <p class="hint">{t`Add the papers above first to keep a record of who has had them. The message lists the agenda.`}</p>
      )}
      <CommandError error={command.error} />
      {said && <p role="status">{said}</p>}

      {plan.emailTogether.length > 0 && (
        <div class="send-group">
          <h4>{plural(plan.emailTogether.length, { one: 'Email (# person)', other: 'Email together (# people)' })}</h4>
          <p class="names">{names(plan.emailTogether)}</p>
          <div class="row">
            <a class="btn btn-primary" data-testid="mailto-together" href={mailtoUrl({ bcc: plan.emailTogether.map((r) => r.address!), ...words })}>
              {t`Open one email to all of them (in BCC)`}
            </a>
            {markButton(plan.emailTogether, names(plan.emailTogether))}
          </div>
        </div>
      )}

      {plan.emailEach.length > 0 && (
        <div class="send-group">
          <h4>{plural(plan.emailEach.length, { one: 'Email on its own (# person)', other: 'Email one by one (# people)' })}</h4>
          <p class="hint">{t`Their papers are in a format of their own: attach that version to each email.`}</p>
          <ul class="send-list">
            {plan.emailEach.map((r) => {
              const name = r.person.name;
              const format = r.format ? FORMAT_LABELS[r.format] : '';
              return (
                <li key={r.person.id}>
                  <span>
                    <strong>{name}</strong> · {format}
                  </span>
                  <a class="btn btn-secondary" href={mailtoUrl({ to: r.address!, ...words })}>
                    {t`Email ${name}`}
                  </a>
                  {markButton([r], name)}
                </li>
              );
            })}
          </ul>
        </div>
      )}

      {plan.text.length > 0 && (
        <div class="send-group">
          <h4>{plural(plan.text.length, { one: 'Text message (# person)', other: 'Text message (# people)' })}</h4>
          <p class="names">{names(plan.text)}</p>
          <div class="row">
            <a
              class="btn btn-primary"
              href={smsUrl(
                plan.text.map((r) => r.address!),
                words.body,
              )}
            >
              {t`Open a text message to them`}
            </a>
            {markButton(plan.text, names(plan.text))}
          </div>
          <details class="send-copy">
            <summary>{t`If this device cannot send texts: the numbers and the message to copy`}</summary>
            <label for={`sms-copy-${meeting.id}`}>{t`Numbers, then the message`}</label>
            <textarea
              id={`sms-copy-${meeting.id}`}
              readOnly
              rows={8}
              value={`${plan.text.map((r) => `${r.person.name}: ${r.address}`).join('\n')}\n\n${words.body}`}
            />
          </details>
        </div>
      )}

      {plan.post.length > 0 && (
        <div class="send-group">
          <h4>{plural(plan.post.length, { one: 'Post (# person)', other: 'Post (# people)' })}</h4>
          <p class="names">
            {formatList(
              plan.post.map((r) => {
                const name = r.person.name;
                return r.format === 'large-print' ? t`${name} (large print)` : name;
              }),
            )}
          </p>
          <div class="row">
            <a class="btn btn-primary" href={href('p', projectId, 'meetings', 'm', meeting.id, kind === 'papers' ? 'print-letters' : 'print-reminders')}>
              {t`Print letters and address labels`}
            </a>
            {markButton(plan.post, names(plan.post))}
          </div>
        </div>
      )}

      <CallList
        recipients={
          kind === 'papers'
            ? plan.call
            : [...plan.call, ...callBeforeList(status.recipients).filter((c) => !plan.call.some((p) => p.person.id === c.person.id))]
        }
      />
      {kind === 'papers' && callBeforeList(status.recipients).length > 0 && (
        <p class="hint">{t`People who asked for a call before meetings are on the Arrangements checklist below, and on the reminder list.`}</p>
      )}

      {plan.anotherWay.length > 0 && (
        <div class="send-group notice" role="note">
          <h4>{plural(plan.anotherWay.length, { one: 'Needs another way (# person)', other: 'Needs another way (# people)' })}</h4>
          <ul data-testid="needs-another-way">
            {plan.anotherWay.map(({ person, why }) => (
              <li key={person.id}>
                <strong>{person.name}</strong>: {why}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

function CallList({ recipients }: { recipients: readonly Recipient[] }) {
  if (recipients.length === 0) return null;
  return (
    <div class="send-group">
      <h4>{plural(recipients.length, { one: 'Phone call (# person)', other: 'Phone calls (# people)' })}</h4>
      <ul class="send-list">
        {recipients.map((r) => {
          const name = r.person.name;
          const phone = r.address!;
          return (
            <li key={r.person.id}>
              <strong>{name}</strong>
              <a class="btn btn-secondary" href={`tel:${phone.replace(/[^\d+]/g, '')}`}>
                {t`Call ${name} on ${phone}`}
              </a>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
