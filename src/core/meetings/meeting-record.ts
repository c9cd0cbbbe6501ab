import { plural, t } from '@lingui/core/macro';
import type { Attendance } from '../domain/attendance';
import type { Meeting } from '../domain/meeting';
import type { Action } from '../domain/meeting-day/action';
import type { AgendaItem } from '../domain/meeting-day/agenda-item';
import type { ClosingReflection } from '../domain/meeting-day/closing-reflection';
import { LADDER_LABELS, type Decision } from '../domain/meeting-day/decision';
import type { MeetingNotes } from '../domain/meeting-day/meeting-notes';
import type { Person } from '../domain/person';
import { formatDay } from '../format/dates';
import { formatList } from '../format/intl';
import { byName } from './expected';

/** One meeting's record, gathered from its records: what the agenda and the notes print. */
export interface MeetingRecord {
  meeting: Meeting;
  /** Where, in words (the venue's name and address, or the place typed). */
  where?: string;
  agenda: { title: string; lead?: string; minutes?: number }[];
  present: string[];
  apologies: string[];
  notes: string[];
  decisions: { text: string; how: string }[];
  actions: { what: string; owner: string; due?: string; done: boolean }[];
  closing: { wentWell: string[]; couldBeBetter: string[] };
}

export interface MeetingRecordInput {
  meeting: Meeting;
  where?: string | undefined;
  people: readonly Person[];
  agenda: readonly AgendaItem[];
  attendance: readonly Attendance[];
  notes: readonly MeetingNotes[];
  decisions: readonly Decision[];
  actions: readonly Action[];
  reflections: readonly ClosingReflection[];
}

/** How a decision was made, in words: "By consensus · Co-produced", "By vote: 9 for, 2 against, 1 abstention". */
export function decisionHow(decision: Decision): string {
  const how = decision.method === 'consensus' ? t`By consensus` : voteWords(decision.votesFor ?? 0, decision.votesAgainst ?? 0, decision.abstentions ?? 0);
  return decision.ladder ? `${how} · ${LADDER_LABELS[decision.ladder]}` : how;
}

function voteWords(votesFor: number, votesAgainst: number, abstentions: number): string {
  return t`By vote: ${votesFor} for, ${votesAgainst} against, ${plural(abstentions, { one: '# abstention', other: '# abstentions' })}`;
}

const live = <T extends { meetingId: string; archived?: boolean | undefined }>(list: readonly T[], meetingId: string) =>
  list.filter((r) => r.meetingId === meetingId && !r.archived);
const byCreated = (a: { createdAt: string }, b: { createdAt: string }) => a.createdAt.localeCompare(b.createdAt);

/** Gathers one meeting's record; people are named as the facilitator knows them (for the group's own papers). */
export function meetingRecord(input: MeetingRecordInput): MeetingRecord {
  const { meeting } = input;
  const personById = new Map(input.people.map((p) => [p.id, p]));
  const nameOf = (id: string | undefined) => (id ? personById.get(id)?.name : undefined);
  const marked = (mark: Attendance['mark']) =>
    live(input.attendance, meeting.id)
      .filter((a) => a.mark === mark)
      .map((a) => personById.get(a.personId))
      .filter((p): p is Person => p !== undefined)
      .sort(byName)
      .map((p) => p.name);
  const reflections = live(input.reflections, meeting.id).sort(byCreated);
  return {
    meeting,
    ...(input.where ? { where: input.where } : {}),
    agenda: live(input.agenda, meeting.id)
      .sort((a, b) => a.order - b.order || byCreated(a, b))
      .map((item) => {
        const lead = nameOf(item.leadPersonId) ?? item.leadName;
        return { title: item.title, ...(lead ? { lead } : {}), ...(item.minutes ? { minutes: item.minutes } : {}) };
      }),
    present: marked('present'),
    apologies: marked('apologies'),
    notes: live(input.notes, meeting.id)
      .sort(byCreated)
      .map((n) => n.body.trim())
      .filter(Boolean),
    decisions: live(input.decisions, meeting.id)
      .sort(byCreated)
      .map((d) => ({ text: d.text, how: decisionHow(d) })),
    actions: live(input.actions, meeting.id)
      .sort(byCreated)
      .map((a) => ({ what: a.what, owner: nameOf(a.ownerPersonId) ?? t`nobody yet`, ...(a.due ? { due: a.due } : {}), done: a.done })),
    closing: {
      wentWell: reflections.map((r) => r.wentWell.trim()).filter(Boolean),
      couldBeBetter: reflections.map((r) => r.couldBeBetter.trim()).filter(Boolean),
    },
  };
}

/** "Tuesday 3 March 2026, 10:00 to 12:00, Village hall". */
export function meetingWhenWhere(record: Pick<MeetingRecord, 'meeting' | 'where'>): string {
  const { meeting, where } = record;
  const day = formatDay(meeting.date, 'full');
  const start = meeting.startTime;
  const end = meeting.endTime;
  return where ? t`${day}, ${start} to ${end}, ${where}` : t`${day}, ${start} to ${end}`;
}

/** The names present as one line: "Ann, Bob and Cat". */
export const namesLine = (names: readonly string[]) => formatList(names);
