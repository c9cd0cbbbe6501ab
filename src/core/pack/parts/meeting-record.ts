import { msg, plural } from '@lingui/core/macro';
import { meetingType, type Meeting } from '../../domain/meeting';
import { actionType } from '../../domain/meeting-day/action';
import { closingReflectionType } from '../../domain/meeting-day/closing-reflection';
import { decisionType } from '../../domain/meeting-day/decision';
import { meetingNotesType } from '../../domain/meeting-day/meeting-notes';
import { personType } from '../../domain/person';
import { nameForPack } from '../../team/naming';
import { toCsv } from '../csv';
import { compareCodes, number, shortDate } from '../format';
import { mayInclude } from '../options';
import type { PackContext, PackPart } from '../part';
import type { ReportBlock } from '../report';

const TITLE = msg`Meeting record`;

interface HeldMeeting {
  meeting: Meeting;
  notes: string[];
  decisions: { text: string; method: 'consensus' | 'vote' }[];
  actions: { what: string; owner: string; due?: string | undefined; done: boolean; doneOn?: string | undefined }[];
  wentWell: string[];
  couldBeBetter: string[];
}

/** Each held meeting with anything written down, oldest first. Owners are named only when they agreed; otherwise "a member". */
function heldMeetings(ctx: PackContext): HeldMeeting[] {
  const { source, i18n } = ctx;
  const aMember = i18n._(msg({ message: 'a member', comment: 'Stands for a person who did not agree to be named in the pack' }));
  const nobody = i18n._(msg({ message: 'nobody yet', comment: 'An action nobody has taken on' }));
  const people = new Map(source.records(personType, { archived: true }).map((p) => [p.id, p]));
  const owner = (id: string | undefined) => {
    if (!id) return nobody;
    const person = people.get(id);
    return (person && nameForPack(person)) ?? aMember;
  };
  const byMeeting = <T extends { meetingId: string; createdAt: string }>(list: readonly T[]) => {
    const out = new Map<string, T[]>();
    for (const r of [...list].sort((a, b) => compareCodes(a.createdAt, b.createdAt))) out.set(r.meetingId, [...(out.get(r.meetingId) ?? []), r]);
    return out;
  };
  const notes = byMeeting(source.records(meetingNotesType));
  const decisions = byMeeting(source.records(decisionType));
  const actions = byMeeting(source.records(actionType));
  const closing = byMeeting(source.records(closingReflectionType));
  return source
    .records(meetingType)
    .filter((m) => !m.cancelled && m.date <= ctx.asOf)
    .sort((a, b) => compareCodes(a.date, b.date) || compareCodes(a.startTime, b.startTime))
    .map((meeting) => ({
      meeting,
      notes: (notes.get(meeting.id) ?? []).map((n) => n.body.trim()).filter(Boolean),
      decisions: (decisions.get(meeting.id) ?? []).map((d) => ({ text: d.text, method: d.method })),
      actions: (actions.get(meeting.id) ?? []).map((a) => ({ what: a.what, owner: owner(a.ownerPersonId), due: a.due, done: a.done, doneOn: a.doneOn })),
      wentWell: (closing.get(meeting.id) ?? []).map((r) => r.wentWell.trim()).filter(Boolean),
      couldBeBetter: (closing.get(meeting.id) ?? []).map((r) => r.couldBeBetter.trim()).filter(Boolean),
    }))
    .filter((h) => h.notes.length || h.decisions.length || h.actions.length || h.wentWell.length || h.couldBeBetter.length);
}

/**
 * What was written at each meeting: notes, decisions and how they were made, actions with who
 * and by when, and the closing round in the group's words; `actions.csv` lists every action.
 * The words are in only when ticked (the group's own pack has them unless unticked); without
 * them the record says how much was written. Names of people who did not agree are "a member".
 */
export const meetingRecordPart: PackPart = {
  id: 'meeting-record',
  title: TITLE,
  sensitive: ['wordsMeetingRecord'],
  section(ctx) {
    const { i18n } = ctx;
    const held = heldMeetings(ctx);
    if (held.length === 0) return null;
    const words = mayInclude(ctx.options, 'wordsMeetingRecord');
    const blocks: ReportBlock[] = [];
    if (!words) {
      blocks.push({
        kind: 'note',
        text: i18n._(
          msg`The notes, actions and closing words of each meeting are left out of this pack, because they are in the words written at the meeting.`,
        ),
      });
      blocks.push({
        kind: 'table',
        caption: i18n._(msg`What was written at each meeting`),
        columns: [
          { label: i18n._(msg`Date`), short: true },
          { label: i18n._(msg`Meeting`) },
          { label: i18n._(msg`Decisions`), numeric: true },
          { label: i18n._(msg`Actions`), numeric: true },
          { label: i18n._(msg`Actions done`), numeric: true },
        ],
        rows: held.map((h) => [
          shortDate(h.meeting.date),
          h.meeting.title,
          number(h.decisions.length),
          number(h.actions.length),
          number(h.actions.filter((a) => a.done).length),
        ]),
      });
      return { id: 'meeting-record', title: i18n._(TITLE), blocks };
    }
    for (const h of held) {
      const day = shortDate(h.meeting.date);
      const title = h.meeting.title;
      blocks.push({ kind: 'heading', text: i18n._(msg({ message: `${day}: ${title}`, comment: 'A meeting in the pack: its day and title' })) });
      if (h.notes.length) blocks.push({ kind: 'words', label: i18n._(msg`Notes`), text: h.notes.join('\n\n') });
      if (h.decisions.length)
        blocks.push({
          kind: 'list',
          items: h.decisions.map((d) => {
            const how = i18n._(d.method === 'consensus' ? msg`by consensus` : msg`by a vote`);
            const text = d.text;
            return i18n._(msg({ message: `${text} (${how})`, comment: 'A decision and how it was made' }));
          }),
        });
      if (h.actions.length)
        blocks.push({
          kind: 'table',
          caption: i18n._(msg`Actions`),
          columns: [
            { label: i18n._(msg`What`) },
            { label: i18n._(msg`Who`) },
            { label: i18n._(msg`By when`), short: true },
            { label: i18n._(msg`Done?`), short: true },
          ],
          rows: h.actions.map((a) => [a.what, a.owner, a.due ? shortDate(a.due) : '–', i18n._(a.done ? msg`Done` : msg`Open`)]),
        });
      if (h.wentWell.length || h.couldBeBetter.length) {
        blocks.push({ kind: 'subheading', text: i18n._(msg`The closing round, in the group’s words`) });
        blocks.push({ kind: 'quotes', items: [...h.wentWell, ...h.couldBeBetter] });
      }
    }
    const count = held.length;
    blocks.unshift({ kind: 'paragraph', text: i18n._(msg`What was written at ${plural(count, { one: '# meeting', other: '# meetings' })}.`) });
    return { id: 'meeting-record', title: i18n._(TITLE), blocks };
  },
  files(ctx) {
    const { i18n } = ctx;
    if (!mayInclude(ctx.options, 'wordsMeetingRecord')) return [];
    const rows = heldMeetings(ctx).flatMap((h) =>
      h.actions.map((a) => [h.meeting.date, h.meeting.title, a.what, a.owner, a.due ?? '', a.done, a.doneOn ?? '']),
    );
    if (rows.length === 0) return [];
    return [
      {
        name: 'actions.csv',
        about: i18n._(msg`One row for each action agreed at a meeting: the meeting, what, who (named only if they agreed), by when, and whether it is done.`),
        data: toCsv(
          [
            i18n._(msg`Meeting date`),
            i18n._(msg`Meeting`),
            i18n._(msg`What`),
            i18n._(msg`Who`),
            i18n._(msg`By when`),
            i18n._(msg`Done`),
            i18n._(msg`Date done`),
          ],
          rows,
          i18n,
        ),
      },
    ];
  },
  holds(ctx) {
    return heldMeetings(ctx).length > 0;
  },
};
