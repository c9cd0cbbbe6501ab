import { plural, t } from '@lingui/core/macro';
import { formatDay } from '../format/dates';
import { formatLocale } from '../format/intl';
import { escapeHtml, paragraphsHtml } from '../pack/html';
import { meetingWhenWhere, namesLine, type MeetingRecord } from './meeting-record';

/** How an agenda is laid out: as usual, in large print, or easy read (one short line per item, room for a picture). */
export const AGENDA_LAYOUTS = ['standard', 'large-print', 'easy-read'] as const;
export type AgendaLayout = (typeof AGENDA_LAYOUTS)[number];

// The styles of a printed agenda or notes: the same in the app (adopted as a stylesheet, which
// the content policy allows), in print (A4) and inside the one-file copy for email.
export const MEETING_PRINT_CSS = `
.meeting-paper { font-family: system-ui, -apple-system, 'Segoe UI', Roboto, Arial, 'Noto Sans', sans-serif; color: #1c2421; background: #fff;
  line-height: 1.45; max-width: 210mm; margin: 0 auto; padding: 24px 28px 40px; overflow-wrap: anywhere; }
.meeting-paper h1 { font-size: 1.9rem; margin: 0 0 0.3em; line-height: 1.2; }
.meeting-paper h2 { font-size: 1.3rem; margin: 1.4em 0 0.4em; border-bottom: 3px solid #1f5f5b; padding-bottom: 3px; break-after: avoid; page-break-after: avoid; }
.meeting-paper .paper-kicker { text-transform: uppercase; letter-spacing: 0.08em; font-weight: 700; color: #1f5f5b; margin: 0 0 6px; }
.meeting-paper .paper-when { font-size: 1.1em; margin: 0 0 1em; }
.meeting-paper ol, .meeting-paper ul { padding-left: 2.4em; }
.meeting-paper li { margin: 0 0 0.5em; break-inside: avoid; page-break-inside: avoid; }
.meeting-paper .item-meta { color: #45524d; }
.meeting-paper table { width: 100%; border-collapse: collapse; margin: 0 0 1em; }
.meeting-paper th, .meeting-paper td { text-align: left; vertical-align: top; padding: 5px 8px; border-bottom: 1px solid #c9cfc8; }
.meeting-paper th { background: #e3efed; }
.meeting-paper tr { break-inside: avoid; page-break-inside: avoid; }
.meeting-paper thead { display: table-header-group; }
.meeting-paper blockquote { margin: 0 0 0.6em; padding: 4px 12px; border-left: 4px solid #c9cfc8; break-inside: avoid; }
.meeting-paper section { break-inside: auto; }
.meeting-paper.large-print { font-size: 1.45rem; line-height: 1.5; }
.meeting-paper.large-print h1 { font-size: 2.4rem; }
.meeting-paper.large-print h2 { font-size: 1.8rem; }
.meeting-paper.easy-read { font-size: 1.35rem; line-height: 1.5; }
.meeting-paper.easy-read ol { list-style: none; padding: 0; }
.meeting-paper.easy-read li { display: grid; grid-template-columns: 34mm 1fr; gap: 6mm; align-items: center; min-height: 34mm; border-bottom: 1px solid #c9cfc8; padding: 3mm 0; }
.meeting-paper .symbol-box { width: 30mm; height: 30mm; border: 2px dashed #8a958f; border-radius: 4mm; }
.meeting-paper .easy-number { font-weight: 700; }
.meeting-paper .letter { break-after: page; page-break-after: always; padding: 8mm 0; border-bottom: 2px dashed #c9cfc8; }
.meeting-paper .letter.large-print { font-size: 1.45rem; }
.meeting-paper .letter-to { font-weight: 700; font-size: 1.1em; }
.meeting-paper .label-grid { display: grid; grid-template-columns: repeat(2, 1fr); gap: 4mm; }
.meeting-paper .label { border: 1px solid #8a958f; border-radius: 2mm; padding: 4mm; min-height: 36mm; break-inside: avoid; display: flex; flex-direction: column; }
.meeting-paper .label.large-print { font-size: 1.4rem; }
.meeting-paper .label-lines { flex: 1; margin-top: 3mm; background: repeating-linear-gradient(transparent 0 7mm, #c9cfc8 7mm 7.3mm); }
@page { size: A4; margin: 16mm 15mm 18mm; }
@media print {
  .meeting-paper { max-width: none; padding: 0; }
  .meeting-paper h1, .meeting-paper h2 { break-after: avoid; page-break-after: avoid; }
  .meeting-paper .letter { border-bottom: none; }
  .meeting-paper .print-hide-paper { display: none; }
}
`;

const say = escapeHtml;

function heading(record: MeetingRecord, what: string): string {
  return `<p class="paper-kicker">${say(what)}</p><h1>${say(record.meeting.title)}</h1><p class="paper-when">${say(meetingWhenWhere(record))}</p>`;
}

/** The agenda as an HTML fragment, in the chosen layout. */
export function agendaBodyHtml(record: MeetingRecord, layout: AgendaLayout): string {
  const kicker = t({ message: 'Agenda', comment: 'Printed above a meeting’s title' });
  const items = record.agenda;
  if (layout === 'easy-read') {
    const lines = items
      .map((item, i) => {
        const n = i + 1;
        const leader = item.lead;
        const lead = leader ? `<br>${say(t`${leader} will lead this.`)}` : '';
        return `<li><span class="symbol-box" aria-hidden="true"></span><span><span class="easy-number">${say(t`Part ${n}`)}</span><br>${say(item.title)}${lead}</span></li>`;
      })
      .join('');
    const intro = say(t`This is what we will talk about at the meeting. There is a space by each part for a picture.`);
    return `<article class="meeting-paper easy-read" lang="${say(formatLocale())}">${heading(record, kicker)}<p>${intro}</p><ol>${lines}</ol></article>`;
  }
  const lines = items
    .map((item) => {
      const minutes = item.minutes;
      const meta = [item.lead, minutes ? plural(minutes, { one: '# minute', other: '# minutes' }) : undefined].filter(Boolean).join(' · ');
      return `<li><strong>${say(item.title)}</strong>${meta ? `<br><span class="item-meta">${say(meta)}</span>` : ''}</li>`;
    })
    .join('');
  const empty = `<p>${say(t`No agenda items yet.`)}</p>`;
  return `<article class="meeting-paper ${layout}" lang="${say(formatLocale())}">${heading(record, kicker)}${items.length ? `<ol>${lines}</ol>` : empty}</article>`;
}

/** The notes of a meeting as an HTML fragment: who came, notes, decisions and how, actions, the closing round. */
export function notesBodyHtml(record: MeetingRecord): string {
  const kicker = t({ message: 'Notes of the meeting', comment: 'Printed above a meeting’s title' });
  const parts: string[] = [];
  const present = record.present.length ? namesLine(record.present) : t`Nobody was marked present.`;
  parts.push(`<h2>${say(t`Who came`)}</h2><p>${say(present)}</p>`);
  if (record.apologies.length) parts.push(`<p><strong>${say(t`Apologies:`)}</strong> ${say(namesLine(record.apologies))}</p>`);
  if (record.notes.length) parts.push(`<h2>${say(t`Notes`)}</h2>${record.notes.map(paragraphsHtml).join('')}`);
  if (record.decisions.length) {
    const rows = record.decisions.map((d) => `<tr><td>${say(d.text)}</td><td>${say(d.how)}</td></tr>`).join('');
    parts.push(
      `<h2>${say(t`Decisions`)}</h2><table><thead><tr><th scope="col">${say(t`What was decided`)}</th><th scope="col">${say(t`How it was decided`)}</th></tr></thead><tbody>${rows}</tbody></table>`,
    );
  }
  if (record.actions.length) {
    const rows = record.actions
      .map((a) => {
        const due = a.due ? formatDay(a.due, 'date') : '–';
        const state = a.done ? t({ message: 'Done', comment: 'An action that has been done' }) : t({ message: 'Open', comment: 'An action not yet done' });
        return `<tr><td>${say(a.what)}</td><td>${say(a.owner)}</td><td>${say(due)}</td><td>${say(state)}</td></tr>`;
      })
      .join('');
    parts.push(
      `<h2>${say(t`Actions`)}</h2><table><thead><tr><th scope="col">${say(t`What`)}</th><th scope="col">${say(t`Who`)}</th><th scope="col">${say(t`By when`)}</th><th scope="col">${say(t`Done?`)}</th></tr></thead><tbody>${rows}</tbody></table>`,
    );
  }
  const { wentWell, couldBeBetter } = record.closing;
  if (wentWell.length || couldBeBetter.length) {
    parts.push(`<h2>${say(t`The closing round, in the group’s words`)}</h2>`);
    if (wentWell.length) parts.push(`<h3>${say(t`What went well`)}</h3>${wentWell.map((w) => `<blockquote>${paragraphsHtml(w)}</blockquote>`).join('')}`);
    if (couldBeBetter.length)
      parts.push(`<h3>${say(t`What could be better`)}</h3>${couldBeBetter.map((w) => `<blockquote>${paragraphsHtml(w)}</blockquote>`).join('')}`);
  }
  return `<article class="meeting-paper" lang="${say(formatLocale())}">${heading(record, kicker)}${parts.join('')}</article>`;
}

/** A whole page in one file, to attach to an email: opens offline in any browser and prints to A4. */
export function meetingDocumentHtml(title: string, body: string): string {
  return (
    `<!doctype html><html lang="${say(formatLocale())}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<title>${say(title)}</title><style>${MEETING_PRINT_CSS}</style></head><body>${body}</body></html>`
  );
}

/** A file name from the meeting's title and day: "group-meeting-3-2026-03-10-agenda.html". */
export function meetingFileName(record: MeetingRecord, what: 'agenda' | 'notes' | 'letters'): string {
  const slug =
    record.meeting.title
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'meeting';
  return `${slug}-${record.meeting.date}-${what}.html`;
}

/**
 * Letters for the people who asked for post (one to a page, large print where asked), then a
 * sheet of address labels. The app keeps no postal addresses, so each label has room to write one.
 */
export function lettersBodyHtml(
  record: MeetingRecord,
  letters: readonly { name: string; largePrint: boolean }[],
  words: { subject: string; body: string },
): string {
  const body = paragraphsHtml(words.body);
  const pages = letters
    .map(
      (l) =>
        `<section class="letter${l.largePrint ? ' large-print' : ''}"><p class="letter-to">${say(l.name)}</p><h2>${say(words.subject)}</h2>${body}</section>`,
    )
    .join('');
  const labels = letters
    .map((l) => `<div class="label${l.largePrint ? ' large-print' : ''}"><strong>${say(l.name)}</strong><span class="label-lines"></span></div>`)
    .join('');
  const note = say(t`Write each address on its label: Common Ground does not keep postal addresses.`);
  const kicker = t({ message: 'Letters', comment: 'Printed above a meeting’s title: the letters to post to members' });
  return `<article class="meeting-paper letters" lang="${say(formatLocale())}"><header class="print-hide-paper">${heading(record, kicker)}</header>${pages}<section class="labels"><h2>${say(t`Address labels`)}</h2><p>${note}</p><div class="label-grid">${labels}</div></section></article>`;
}
