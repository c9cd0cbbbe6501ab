import type * as Y from 'yjs';
import { getRecordMap } from '../doc/project-doc';
import { evidenceNoteType, outcomeStatusId, outcomeStatusType, type EvidenceNote, type OutcomeStatus, type OutcomeStatusValue } from '../domain/review/outcome-evidence';
import type { Result } from '../result';
import { archiveRecord, insertRecord, updateRecord } from './records';

export interface OutcomeStatusInput {
  status: OutcomeStatusValue;
  agreedOn?: string;
  note?: string;
}

/** Records the status the group agreed for an outcome, replacing any earlier one. */
export function setOutcomeStatus(doc: Y.Doc, outcomeId: string, input: OutcomeStatusInput): Result<OutcomeStatus> {
  const id = outcomeStatusId(outcomeId);
  if (getRecordMap(doc, outcomeStatusType, id)) return updateRecord(doc, outcomeStatusType, id, input);
  return insertRecord(doc, outcomeStatusType, { id, outcomeId, ...input });
}

export interface EvidenceNoteInput {
  outcomeId: string;
  measureId?: string;
  text: string;
  notedOn: string;
}

/** Attaches a note to an outcome or one of its measures. */
export function addEvidenceNote(doc: Y.Doc, input: EvidenceNoteInput): Result<EvidenceNote> {
  return insertRecord(doc, evidenceNoteType, input);
}

export function updateEvidenceNote(doc: Y.Doc, id: string, changes: Partial<Pick<EvidenceNoteInput, 'text' | 'notedOn'>>): Result<EvidenceNote> {
  return updateRecord(doc, evidenceNoteType, id, changes);
}

export function archiveEvidenceNote(doc: Y.Doc, id: string): Result<void> {
  return archiveRecord(doc, evidenceNoteType, id);
}
