import type { MessageDescriptor } from '@lingui/core';
import { msg, plural, t } from '@lingui/core/macro';
import { i18n } from '#i18n';
import type { TextMention } from '../../core/commands/erasure';

/**
 * Records that point at a person and stay, without their name, when the person is erased: how
 * many of each, in words ("12 attendance marks"). Every record type with `personRefs` is here
 * (a test checks), so the erase dialog never falls back to the code's own names.
 */
const REFERENCE_WORDS: Record<string, (n: number) => string> = {
  attendance: (n) => plural(n, { one: '# attendance mark', other: '# attendance marks' }),
  contributions: (n) => plural(n, { one: '# contribution', other: '# contributions' }),
  training: (n) => plural(n, { one: '# training record', other: '# training records' }),
  activities: (n) => plural(n, { one: '# activity', other: '# activities' }),
  documentVersions: (n) => plural(n, { one: '# document version', other: '# document versions' }),
  meetingActions: (n) => plural(n, { one: '# action', other: '# actions' }),
  paperSends: (n) => plural(n, { one: '# record of a paper sent', other: '# records of a paper sent' }),
  memberCalls: (n) => plural(n, { one: '# pre-meeting call', other: '# pre-meeting calls' }),
  agendaItems: (n) => plural(n, { one: '# agenda item', other: '# agenda items' }),
  meetingArrangements: (n) => plural(n, { one: '# meeting arrangement', other: '# meeting arrangements' }),
};

/** "12 attendance marks". */
export function referenceWords(reference: { collection: string; noun: string; count: number }): string {
  const words = REFERENCE_WORDS[reference.collection];
  if (words) return words(reference.count);
  const { noun, count } = reference;
  return t`${noun}: ${count}`;
}

// The fields where names are most often typed, in the words of the screens that hold them.
const FIELD_WORDS: Record<string, MessageDescriptor> = {
  forWhat: msg`what it was for`,
  answers: msg`a written answer`,
  youSaid: msg`“you said”`,
  weDid: msg`“we did”`,
  purpose: msg`what the project is for`,
  body: msg`the text`,
  text: msg`the words`,
  details: msg`what they told us`,
  note: msg`a note`,
  notes: msg`notes`,
  title: msg`the title`,
  what: msg`what needs doing`,
  wentWell: msg`what went well`,
  couldBeBetter: msg`what could be better`,
  definition: msg`the definition`,
  meaning: msg`what it means`,
  involvement: msg`how they are involved`,
  presentNote: msg`who else was there`,
  sections: msg`a section`,
  leadName: msg`who leads it`,
  inclusion: msg`access needs`,
  supportNote: msg`other support`,
};

/** Where a mention is, for the erase dialog: "Contribution: what it was for". */
export function placeWords(mention: TextMention): string {
  const words = FIELD_WORDS[mention.field];
  const field = words ? i18n._(words) : mention.field.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  const place = `${mention.noun.charAt(0).toUpperCase()}${mention.noun.slice(1)}`;
  return t({ message: `${place}: ${field}`, comment: 'Where a person’s name is typed: the kind of record, then which part of it' });
}
