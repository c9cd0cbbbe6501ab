import { t } from '@lingui/core/macro';
import type * as Y from 'yjs';
import { meetingType } from '../domain/meeting';
import { agendaItemType, type AgendaItem } from '../domain/meeting-day/agenda-item';
import { memberCallId, memberCallType, type MemberCall } from '../domain/meeting-day/member-call';
import { paperSendId, paperSendType, paperType, type Paper, type PaperSend } from '../domain/meeting-day/paper';
import { explain, isoDate } from '../domain/fields';
import { FORMATS, personType, type PaperFormat } from '../domain/person';
import { fail, ok, type Result } from '../result';
import { archiveRecord, insertRecord, transact, updateRecord } from './records';
import { getRecordMap } from '../doc/project-doc';
import { readAll, readRecord } from '../read/records';

function meetingExists(doc: Y.Doc, meetingId: string): boolean {
  return readRecord(doc, meetingType, meetingId) !== undefined;
}

// ── Agenda ────────────────────────────────────────────────────────────────

export interface AgendaInput {
  title: string;
  leadPersonId?: string;
  leadName?: string;
  minutes?: number;
}

function agendaFor(doc: Y.Doc, meetingId: string): AgendaItem[] {
  return readAll(doc, agendaItemType)
    .filter((a) => a.meetingId === meetingId && !a.archived)
    .sort((a, b) => a.order - b.order || a.createdAt.localeCompare(b.createdAt));
}

function cleanLead(doc: Y.Doc, input: Partial<AgendaInput>): Result<Partial<AgendaInput>> {
  const patch: Partial<AgendaInput> = { ...input };
  if ('leadPersonId' in input) {
    if (input.leadPersonId && !readRecord(doc, personType, input.leadPersonId))
      return fail(t`That person is no longer in the project. Choose someone else to lead.`);
    if (!input.leadPersonId) patch.leadPersonId = undefined;
  }
  if ('leadName' in input && !input.leadName?.trim()) patch.leadName = undefined;
  return ok(patch);
}

/** Adds an item to the end of a meeting's agenda. */
export function addAgendaItem(doc: Y.Doc, meetingId: string, input: AgendaInput): Result<AgendaItem> {
  if (!meetingExists(doc, meetingId)) return fail(t`That meeting is no longer here.`);
  const lead = cleanLead(doc, input);
  if (!lead.ok) return lead;
  const last = agendaFor(doc, meetingId).at(-1);
  const fields = Object.fromEntries(Object.entries(lead.value).filter(([, v]) => v !== undefined)) as unknown as AgendaInput;
  return insertRecord(doc, agendaItemType, { ...fields, meetingId, order: (last?.order ?? 0) + 1 });
}

/** Moves an item one place up (-1) or down (+1). Only the moved item changes, so reorders on two devices merge. */
export function moveAgendaItem(doc: Y.Doc, itemId: string, direction: -1 | 1): Result<AgendaItem> {
  const item = readRecord(doc, agendaItemType, itemId);
  if (!item) return fail(t`That agenda item is no longer here.`);
  const items = agendaFor(doc, item.meetingId);
  const at = items.findIndex((a) => a.id === itemId);
  const target = at + direction;
  if (at < 0 || target < 0 || target >= items.length) return ok(item);
  const beyond = items[target + direction];
  const neighbour = items[target]!.order;
  // Land halfway between the neighbour and the one past it (or one step past the end).
  const order = beyond ? (neighbour + beyond.order) / 2 : neighbour + direction;
  return updateRecord(doc, agendaItemType, itemId, { order });
}

/**
 * Changes an item's wording, who leads it or its minutes. A lead is a member or a name in
 * words, never both: choosing one clears the other. Empty minutes clears them.
 */
export function updateAgendaItem(doc: Y.Doc, itemId: string, input: AgendaInput): Result<AgendaItem> {
  if (!readRecord(doc, agendaItemType, itemId)) return fail(t`That agenda item is no longer here.`);
  const lead = cleanLead(doc, { leadPersonId: input.leadPersonId ?? '', leadName: input.leadPersonId ? '' : (input.leadName ?? '') });
  if (!lead.ok) return lead;
  return updateRecord(doc, agendaItemType, itemId, { title: input.title, ...lead.value, minutes: input.minutes });
}

export function removeAgendaItem(doc: Y.Doc, itemId: string): Result<void> {
  return archiveRecord(doc, agendaItemType, itemId);
}

// ── Papers ────────────────────────────────────────────────────────────────

export function addPaper(doc: Y.Doc, meetingId: string, title: string, note?: string): Result<Paper> {
  if (!meetingExists(doc, meetingId)) return fail(t`That meeting is no longer here.`);
  return insertRecord(doc, paperType, { meetingId, title, ...(note?.trim() ? { note } : {}) });
}

export function removePaper(doc: Y.Doc, paperId: string): Result<void> {
  return archiveRecord(doc, paperType, paperId);
}

export interface Sending {
  personId: string;
  format: PaperFormat;
}

/**
 * Records that a paper went to these people, each in their format, on a date. People erased
 * meanwhile are skipped and named in the result, so nothing is half-written.
 */
export function markPaperSent(doc: Y.Doc, paperId: string, sendings: readonly Sending[], sentOn: string): Result<{ sent: PaperSend[]; skipped: string[] }> {
  const paper = readRecord(doc, paperType, paperId);
  if (!paper || paper.archived) return fail(t`That paper is no longer here.`);
  if (sendings.length === 0) return fail(t`Choose at least one person the paper went to.`);
  // Check the date and formats first: a doc transaction cannot be rolled back half-way.
  const date = isoDate('Date sent').safeParse(sentOn);
  if (!date.success) return fail(explain(date.error));
  if (sendings.some((s) => !(FORMATS as readonly string[]).includes(s.format))) return fail(t`Choose a format from the list for everyone.`);
  const sent: PaperSend[] = [];
  const skipped: string[] = [];
  transact(doc, () => {
    for (const { personId, format } of sendings) {
      if (!getRecordMap(doc, personType, personId)) {
        skipped.push(personId);
        continue;
      }
      const id = paperSendId(paperId, personId);
      const result = readRecord(doc, paperSendType, id)
        ? updateRecord(doc, paperSendType, id, { format, sentOn, archived: undefined })
        : insertRecord(doc, paperSendType, { id, paperId, meetingId: paper.meetingId, personId, format, sentOn });
      if (result.ok) sent.push(result.value);
    }
  });
  return ok({ sent, skipped });
}

/** Takes back "sent" for one person (it was ticked by mistake). */
export function unmarkPaperSent(doc: Y.Doc, paperId: string, personId: string): Result<void> {
  const id = paperSendId(paperId, personId);
  if (!readRecord(doc, paperSendType, id)) return ok(undefined);
  return archiveRecord(doc, paperSendType, id);
}

// ── Pre-meeting calls ────────────────────────────────────────────────────

export function markCalled(doc: Y.Doc, meetingId: string, personId: string, calledOn: string, note?: string): Result<MemberCall> {
  if (!meetingExists(doc, meetingId)) return fail(t`That meeting is no longer here.`);
  if (!readRecord(doc, personType, personId)) return fail(t`That person is no longer in the project.`);
  const id = memberCallId(meetingId, personId);
  const fields = { calledOn, ...(note?.trim() ? { note } : {}) };
  return readRecord(doc, memberCallType, id)
    ? updateRecord(doc, memberCallType, id, { ...fields, archived: undefined })
    : insertRecord(doc, memberCallType, { id, meetingId, personId, ...fields });
}

export function unmarkCalled(doc: Y.Doc, meetingId: string, personId: string): Result<void> {
  const id = memberCallId(meetingId, personId);
  if (!readRecord(doc, memberCallType, id)) return ok(undefined);
  return archiveRecord(doc, memberCallType, id);
}
