import { t } from '@lingui/core/macro';
import type { PaperFormat, Person } from '../domain/person';
import { wantsSupport } from '../domain/person';
import { byName } from './expected';
import { meetingWhenWhere, type MeetingRecord } from './meeting-record';

/** The ways papers and reminders reach people; none of them goes through our server. */
export const CHANNELS = ['email', 'text', 'post', 'call'] as const;
export type Channel = (typeof CHANNELS)[number];

/** Formats made for one person, so their papers go in a message of their own. */
const PERSONAL_FORMATS: readonly PaperFormat[] = ['easy-read', 'large-print', 'audio'];
const CHANNEL_OF: Partial<Record<PaperFormat, Channel>> = { email: 'email', text: 'text', post: 'post', phone: 'call' };

export interface Recipient {
  person: Person;
  channel: Channel;
  /** Easy read, large print or audio: the format their papers must be in. */
  format?: PaperFormat;
  /** Where it goes: the email address or phone number (absent for post). */
  address?: string;
}

export interface AnotherWay {
  person: Person;
  why: string;
}

export interface SendingPlan {
  /** One email to all of them, in BCC. */
  emailTogether: Recipient[];
  /** One email each, because their papers are in a format of their own. */
  emailEach: Recipient[];
  text: Recipient[];
  /** Letters to print; `format` large-print asks for large print. */
  post: Recipient[];
  call: Recipient[];
  /** People who cannot be reached the way they asked (no email, no phone): listed, never skipped. */
  anotherWay: AnotherWay[];
}

const clean = (value: string | undefined) => value?.trim() || undefined;

/** The way a person asked to get papers: the first channel in their formats, else email or text if we have them. */
export function channelOf(person: Person): Channel | undefined {
  for (const format of person.inclusion?.declined ? [] : (person.inclusion?.formats ?? [])) {
    const channel = CHANNEL_OF[format];
    if (channel) return channel;
  }
  if (clean(person.email)) return 'email';
  if (clean(person.phone)) return 'text';
  return undefined;
}

/** The format made for this person, if they asked for one (easy read first, then large print, then audio). */
export function personalFormat(person: Person): PaperFormat | undefined {
  const formats = person.inclusion?.declined ? [] : (person.inclusion?.formats ?? []);
  return PERSONAL_FORMATS.find((f) => formats.includes(f));
}

/**
 * Sorts the people who should get a meeting's papers by how they asked to get them. Anyone
 * who said no to being contacted, or whose way cannot work (email without an address, a text
 * or call without a phone number), goes under "needs another way" with the reason.
 */
export function sendingPlan(recipients: readonly Person[]): SendingPlan {
  const plan: SendingPlan = { emailTogether: [], emailEach: [], text: [], post: [], call: [], anotherWay: [] };
  for (const person of [...recipients].sort(byName)) {
    if (person.consent?.contact?.given === false) {
      plan.anotherWay.push({ person, why: t`Said no to being contacted: ask the group how they would like to hear.` });
      continue;
    }
    const channel = channelOf(person);
    const format = personalFormat(person);
    const email = clean(person.email);
    const phone = clean(person.phone);
    const withFormat = format ? { format } : {};
    if (channel === undefined) plan.anotherWay.push({ person, why: t`No email, phone or way of sending is recorded.` });
    else if (channel === 'email' && !email) plan.anotherWay.push({ person, why: t`Asked for email, but no email address is recorded.` });
    else if ((channel === 'text' || channel === 'call') && !phone)
      plan.anotherWay.push({ person, why: t`Asked for a text or a call, but no phone number is recorded.` });
    else if (channel === 'email') (format ? plan.emailEach : plan.emailTogether).push({ person, channel, address: email!, ...withFormat });
    else if (channel === 'post') plan.post.push({ person, channel, ...withFormat });
    else plan[channel].push({ person, channel, address: phone!, ...withFormat });
  }
  return plan;
}

/** People to phone before the meeting: those who asked for a call before meetings, with a number to call. */
export function callBeforeList(recipients: readonly Person[]): Recipient[] {
  return [...recipients]
    .sort(byName)
    .filter((p) => wantsSupport(p, 'call-before') && clean(p.phone))
    .map((person) => ({ person, channel: 'call' as const, address: clean(person.phone)! }));
}

const enc = encodeURIComponent;

/** A mailto: link that opens the device's mail app: everyone in BCC (or one person in To), subject and body filled. */
export function mailtoUrl(message: { to?: string; bcc?: readonly string[]; subject: string; body: string }): string {
  const params = [
    ...(message.bcc?.length ? [`bcc=${message.bcc.map(enc).join(',')}`] : []),
    `subject=${enc(message.subject)}`,
    `body=${enc(message.body.replace(/\r?\n/g, '\r\n'))}`,
  ];
  return `mailto:${message.to ? enc(message.to) : ''}?${params.join('&')}`;
}

/** An sms: link with the message filled; several numbers are separated by commas (most phones take them). */
export function smsUrl(numbers: readonly string[], body: string): string {
  return `sms:${numbers.map((n) => n.replace(/[^\d+]/g, '')).join(',')}?body=${enc(body)}`;
}

/** The words of the message: the papers a week before, or a reminder the day before. */
export function sendingWords(record: MeetingRecord, papers: readonly string[], kind: 'papers' | 'reminder'): { subject: string; body: string } {
  const title = record.meeting.title;
  const when = meetingWhenWhere(record);
  const agenda = record.agenda.map((item, i) => `${i + 1}. ${item.title}`).join('\n');
  const paperLines = papers.map((p) => `- ${p}`).join('\n');
  if (kind === 'reminder') {
    return {
      subject: t`Reminder: ${title} tomorrow`,
      body: t`Hello,\n\nA reminder that ${title} is tomorrow: ${when}.\n\nIf you need anything to take part, or cannot come, please let us know.\n\nThank you.`,
    };
  }
  const agendaPart = agenda ? t`What we will talk about:\n${agenda}` : '';
  const papersPart = paperLines ? t`The papers:\n${paperLines}` : '';
  const parts = [agendaPart, papersPart].filter(Boolean).join('\n\n');
  return {
    subject: t`Papers for ${title}`,
    body: t`Hello,\n\nHere are the papers for ${title}: ${when}.\n\n${parts}\n\nIf you would like them in another format, or need anything to take part, please let us know.\n\nThank you.`,
  };
}
