import { plural, t } from '@lingui/core/macro';
import type * as Y from 'yjs';
import { meetingType } from '../domain/meeting';
import { personType } from '../domain/person';
import { documentSectionType, type DocumentSection } from '../domain/plan/document-section';
import { documentVersionType, type DocumentStatus, type DocumentVersion, type SnapshotSection } from '../domain/plan/document-version';
import { planDocumentType, type DocumentKind, type PlanDocument } from '../domain/plan/plan-document';
import { newId, todayIso } from '../ids';
import { isRealDate } from '../format/calendar';
import { formatList } from '../format/intl';
import { canMoveTo, currentVersion, whyNot } from '../plan/document-status';
import { DOCUMENT_TEMPLATES } from '../plan/document-templates';
import { moveWithin, nextOrder } from '../plan/ordering';
import { fail, ok, type Result } from '../result';
import type { TextSplice } from '../text/splice';
import { archiveRecord, insertRecord, transact, updateRecord } from './records';
import { editText } from './text';
import { documentVersions, liveSections, unwrittenSections } from '../read/documents';
import { readRecord } from '../read/records';

const MAX_SECTIONS = 60;

/** The sections as they stand now, for a version's snapshot. */
function snapshotOf(doc: Y.Doc, documentId: string): SnapshotSection[] {
  return liveSections(doc, documentId).map((s) => ({ id: s.id, heading: s.heading, body: s.body }));
}

export interface StepInput {
  documentId: string;
  status: DocumentStatus;
  date: string;
  meetingId?: string;
  presentIds?: string[];
  presentNote?: string;
  note?: string;
  /** The facilitator saw that some sections hold no words of the group's own and agrees it anyway. */
  agreeUnwritten?: boolean;
}

function checkStep(doc: Y.Doc, input: StepInput, today: string): Result<void> {
  if (!isRealDate(input.date)) return fail(t`Choose the date it happened, like 2026-03-24.`);
  if (input.date > today) return fail(t`That date has not come yet. Record each step on or after the day it happened.`);
  if (input.meetingId) {
    const meeting = readRecord(doc, meetingType, input.meetingId);
    if (!meeting || meeting.archived) return fail(t`That meeting is no longer in the project. Choose another.`);
    if (meeting.cancelled) return fail(t`That meeting was cancelled. Choose the meeting where it happened.`);
  }
  for (const personId of input.presentIds ?? []) {
    if (!readRecord(doc, personType, personId)) return fail(t`One of the people ticked is no longer in the project. Untick them and try again.`);
  }
  if (input.status === 'agreed' && !input.presentIds?.length && !input.presentNote?.trim()) {
    return fail(t`Say who was there when it was agreed: tick their names, or write a short note such as “9 members”.`);
  }
  return ok(undefined);
}

function writeStep(doc: Y.Doc, input: StepInput, number: number): Result<DocumentVersion> {
  return insertRecord(doc, documentVersionType, {
    documentId: input.documentId,
    number,
    status: input.status,
    date: input.date,
    ...(input.meetingId ? { meetingId: input.meetingId } : {}),
    ...(input.status === 'agreed' && input.presentIds?.length ? { presentIds: [...new Set(input.presentIds)] } : {}),
    ...(input.status === 'agreed' && input.presentNote?.trim() ? { presentNote: input.presentNote } : {}),
    ...(input.note?.trim() ? { note: input.note } : {}),
    sections: snapshotOf(doc, input.documentId),
  });
}

/**
 * Starts a living document from its template. It begins as a draft (version 1), with the
 * meeting it was drafted at if given.
 */
export function createDocumentFromTemplate(
  doc: Y.Doc,
  kind: DocumentKind,
  drafted: { date?: string; meetingId?: string } = {},
  today = todayIso(),
): Result<PlanDocument> {
  const template = DOCUMENT_TEMPLATES[kind];
  const date = drafted.date ?? today;
  const checked = checkStep(doc, { documentId: '', status: 'draft', date, ...(drafted.meetingId ? { meetingId: drafted.meetingId } : {}) }, today);
  if (!checked.ok) return checked;
  const id = newId('doc-');
  return transact(doc, () => {
    const created = insertRecord(doc, planDocumentType, { id, kind, title: template.title, template: template.key });
    if (!created.ok) return created;
    template.sections.forEach((section, order) => {
      insertRecord(doc, documentSectionType, { documentId: id, heading: section.heading, body: template.promptsOnly ? '' : section.body, order, key: section.key });
    });
    const step = writeStep(doc, { documentId: id, status: 'draft', date, ...(drafted.meetingId ? { meetingId: drafted.meetingId } : {}) }, 1);
    if (!step.ok) return step;
    return created;
  });
}

/** Moves a document on: draft → discussed → agreed (or back to draft), keeping a copy of every section. */
export function recordDocumentStep(doc: Y.Doc, input: StepInput, today = todayIso()): Result<DocumentVersion> {
  const document = readRecord(doc, planDocumentType, input.documentId);
  if (!document || document.archived) return fail(t`That document is no longer here.`);
  const versions = documentVersions(doc, input.documentId);
  const current = currentVersion(versions);
  const from = current?.status ?? 'draft';
  if (current && !canMoveTo(from, input.status)) return fail(whyNot(from, input.status));
  if (!current && input.status === 'agreed') return fail(whyNot('draft', 'agreed'));
  const checked = checkStep(doc, input, today);
  if (!checked.ok) return checked;
  if (current && input.date < current.date) {
    const last = current.date;
    return fail(t`This step cannot be dated before the last one (${last}).`);
  }
  if (input.status === 'agreed' && !input.agreeUnwritten) {
    const unwritten = unwrittenSections(doc, input.documentId).map((s) => `“${s.heading}”`);
    if (unwritten.length) {
      const list = formatList(unwritten);
      return fail(t`These sections hold no words of the group’s own yet: ${list}. Write them, remove them, or say you agree the document without them.`);
    }
  }
  const number = versions.reduce((max, v) => Math.max(max, v.number), 0) + 1;
  return writeStep(doc, input, number);
}

export function addSection(doc: Y.Doc, documentId: string, heading: string): Result<DocumentSection> {
  const document = readRecord(doc, planDocumentType, documentId);
  if (!document || document.archived) return fail(t`That document is no longer here.`);
  const sections = liveSections(doc, documentId);
  if (sections.length >= MAX_SECTIONS)
    return fail(plural(MAX_SECTIONS, { one: 'A document can have up to # section.', other: 'A document can have up to # sections.' }));
  return insertRecord(doc, documentSectionType, { documentId, heading, body: '', order: nextOrder(sections) });
}

export function renameSection(doc: Y.Doc, sectionId: string, heading: string): Result<DocumentSection> {
  return updateRecord(doc, documentSectionType, sectionId, { heading });
}

/** One edit to a section's text as someone types; merges with typing on another device. */
export function editSectionBody(doc: Y.Doc, sectionId: string, splice: TextSplice): Result<string> {
  return editText(doc, documentSectionType, sectionId, 'body', splice);
}

export function moveSection(doc: Y.Doc, sectionId: string, direction: -1 | 1): Result<void> {
  const section = readRecord(doc, documentSectionType, sectionId);
  if (!section || section.archived) return fail(t`That section is no longer here.`);
  const changes = moveWithin(liveSections(doc, section.documentId), sectionId, direction);
  transact(doc, () => {
    for (const change of changes) updateRecord(doc, documentSectionType, change.id, { order: change.order });
  });
  return ok(undefined);
}

/** Takes a section out of the document. Earlier versions still show it. */
export function removeSection(doc: Y.Doc, sectionId: string): Result<void> {
  return archiveRecord(doc, documentSectionType, sectionId);
}

/** Puts a whole document aside (for example a second copy started on another device). */
export function removeDocument(doc: Y.Doc, documentId: string): Result<void> {
  return archiveRecord(doc, planDocumentType, documentId);
}
